import type { Logger } from 'pino';
import type { Server } from 'restify';
import { z } from 'zod';
import { pushSubscriptionSchema, type PushSubscriptionRecord } from '../domain/web-push/push-subscription';
import { jsonRoute } from './json-route';
import { bearerToken, jsonBody } from './request-parts';

/**
 * Web push for the chat page, each call authorised by the person's web chat token (checked there
 * first, as the Direct Line routes check it).
 */
export interface WebPushEndpoints {
  /**
   * The VAPID public key the page subscribes with.
   * @throws AppError FORBIDDEN for a bad token; NOT_FOUND when its conversation is gone.
   */
  publicKey(token: string | undefined): Promise<string>;
  /**
   * Keeps the browser's subscription for the token's person.
   * @throws AppError FORBIDDEN, NOT_FOUND as above; CONFLICT when the person has as many browsers as allowed.
   */
  subscribe(token: string | undefined, subscription: PushSubscriptionRecord): Promise<void>;
  /** Forgets the browser for the token's person. @throws AppError FORBIDDEN, NOT_FOUND as above. */
  unsubscribe(token: string | undefined, endpoint: string): Promise<void>;
}

/** Paths of the web push routes (the page's script and the fuzz list use the same). */
export const webPushPaths = {
  key: '/api/webchat/push/key',
  subscribe: '/api/webchat/push/subscribe',
  unsubscribe: '/api/webchat/push/unsubscribe',
} as const;

const subscriptionBody = { schema: pushSubscriptionSchema, hint: 'Send the PushSubscription as JSON: { endpoint, expirationTime, keys: { p256dh, auth } }.' };
const unsubscribeBody = { schema: z.object({ endpoint: pushSubscriptionSchema.shape.endpoint }), hint: 'Send { "endpoint": "<the subscription endpoint>" }.' };

/** Mounts the key, subscribe and unsubscribe routes. Answers are never cached. */
export function mountWebPushRoutes(server: Server, options: { readonly endpoints: WebPushEndpoints; readonly logger: Logger }): void {
  const { endpoints, logger } = options;
  server.get(
    webPushPaths.key,
    jsonRoute(logger, async (req, res) => {
      res.header('Cache-Control', 'no-store');
      res.send(200, { publicKey: await endpoints.publicKey(bearerToken(req)) });
    }),
  );
  server.post(
    webPushPaths.subscribe,
    jsonRoute(logger, async (req, res) => {
      await endpoints.subscribe(bearerToken(req), jsonBody(req, subscriptionBody));
      res.send(201, { subscribed: true });
    }),
  );
  server.post(
    webPushPaths.unsubscribe,
    jsonRoute(logger, async (req, res) => {
      await endpoints.unsubscribe(bearerToken(req), jsonBody(req, unsubscribeBody).endpoint);
      res.send(200, { subscribed: false });
    }),
  );
}
