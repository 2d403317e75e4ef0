import type { CloudAdapter, Request, Response, TurnContext } from 'botbuilder';
import { AppError } from '../../src/domain/app-error';
import { anonymousMayReplyTo } from './anonymous-service-url';
import type { BotConnectorSettings } from './bot-connector-settings';
import { describeActivityProblems, inboundActivitySchema } from './bot-connector-protocol';

/** Runs one turn for a parsed activity. */
export type TurnLogic = (context: TurnContext) => Promise<void>;

/**
 * What the endpoint reads of a request: botbuilder's `Request`, with `method` possibly undefined
 * as Node's `IncomingMessage` types it, so the HTTP server's request fits as it is.
 */
export interface MessagesRequest extends Omit<Request, 'method'> {
  readonly method?: string | undefined;
}

/**
 * Handler for `POST /api/messages`: checks the body is an activity (zod), then hands it to
 * CloudAdapter, which authenticates it (JWT unless anonymous) and runs the turn.
 * @param settings with an app id, CloudAdapter checks the caller's token, which names the service
 *   URL it may use; without one, replies go only to loopback and `anonymousServiceOrigins`
 *   (see `anonymousMayReplyTo`).
 * @throws AppError NOT_AN_ACTIVITY for a body that is not an activity; FORBIDDEN for a `serviceUrl`
 *   replies may not go to.
 */
export function createMessagesEndpoint(adapter: CloudAdapter, logic: TurnLogic, settings: BotConnectorSettings) {
  const mayReplyTo = (serviceUrl: string) => settings.appId !== undefined || anonymousMayReplyTo(serviceUrl, settings.anonymousServiceOrigins);
  return async (req: MessagesRequest, res: Response): Promise<void> => {
    const parsed = inboundActivitySchema.safeParse(req.body);
    if (!parsed.success) {
      throw new AppError('NOT_AN_ACTIVITY', `The body is not a Bot Framework activity: ${describeActivityProblems(parsed.error)}`);
    }
    if (!mayReplyTo(parsed.data.serviceUrl)) {
      throw new AppError('FORBIDDEN', 'Without MicrosoftAppId, replies go only to loopback service URLs and ANONYMOUS_SERVICE_URLS.');
    }
    await adapter.process({ headers: req.headers, ...(req.method === undefined ? {} : { method: req.method }), body: parsed.data }, res, logic);
  };
}
