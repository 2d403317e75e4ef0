import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';

/** What a request to the fake did, in the Bot Connector REST API's terms. */
export type ConnectorOperation = 'create' | 'send' | 'reply' | 'update' | 'delete' | 'members' | 'member';

/** One request the fake answered (with success or a scripted failure). */
export interface ConnectorRequest {
  readonly operation: ConnectorOperation;
  /** The conversation in the path (`undefined` for create). */
  readonly conversationId: string | undefined;
  /** The activity in the path (reply, update, delete) or the member (member). */
  readonly pathId: string | undefined;
  /** The JSON body (an activity, or the conversation parameters for create). */
  readonly body: Record<string, unknown> | undefined;
  /** The `Authorization` header as sent (`undefined` when anonymous). */
  readonly authorization: string | undefined;
  /** The HTTP status the fake answered. */
  readonly status: number;
  /** `Date.now()` when it arrived. */
  readonly at: number;
}

/** An activity the fake accepted (send, reply or update), with the id it has in the conversation. */
export interface RecordedActivity {
  readonly operation: 'send' | 'reply' | 'update';
  readonly conversationId: string;
  readonly activityId: string;
  readonly activity: Record<string, unknown>;
}

/** A conversation the bot created (`POST /v3/conversations`), as the fake answered it. */
export interface CreatedConversation {
  readonly id: string;
  readonly parameters: Record<string, unknown>;
}

/**
 * A failure the fake plays instead of succeeding. `code` goes in the Bot Framework error body
 * (`{ error: { code, message } }`), e.g. `ConversationBlockedByUser` with 403 or
 * `ConversationNotFound` with 404; `retryAfterSeconds` sets `Retry-After` (429).
 */
export interface ScriptedFailure {
  readonly status: number;
  readonly code?: string;
  readonly retryAfterSeconds?: number;
  /** How many requests in a row get it (default 1). Note: botbuilder's client retries 429 and 5xx itself. */
  readonly times?: number;
  /** Only requests for this conversation (default: any). */
  readonly conversationId?: string;
  /** Only these operations (default: any). */
  readonly operations?: readonly ConnectorOperation[];
}

/** A member of a conversation's roster, as Teams answers `pagedmembers` (a `29:` id, the Entra object id). */
export interface RosterMember {
  readonly id: string;
  readonly name: string;
  readonly aadObjectId: string;
  readonly email?: string;
  readonly userPrincipalName?: string;
  readonly tenantId?: string;
}

export interface FakeBotConnector {
  /** The `serviceUrl` to put on inbound activities: the bot sends its replies here. */
  readonly serviceUrl: string;
  /** Every request, in order of arrival. */
  readonly requests: ConnectorRequest[];
  /** Accepted sends, replies and updates, in order. */
  readonly activities: RecordedActivity[];
  /** Conversations created by the bot. */
  readonly created: CreatedConversation[];
  /** Plays `failure` for the next matching requests. */
  failNext(failure: ScriptedFailure): void;
  /** Sets the roster `pagedmembers` and `members/{id}` answer for a conversation. */
  setRoster(conversationId: string, members: readonly RosterMember[]): void;
  /** The current content of an activity (after updates), or `undefined`. */
  activity(conversationId: string, activityId: string): Record<string, unknown> | undefined;
  /** Resolves with the accepted activities once `predicate` holds for at least `count` of them. */
  waitForActivities(predicate: (activity: RecordedActivity) => boolean, count?: number, timeoutMs?: number): Promise<RecordedActivity[]>;
  close(): Promise<void>;
}

const jsonObject = z.record(z.string(), z.unknown());

/**
 * Writes a JSON answer. Separate writeHead and end calls: restify (loaded in the same process)
 * patches ServerResponse.writeHead, and its version does not return the response for chaining.
 */
function reply(res: ServerResponse, status: number, headers: Record<string, string>, body: unknown): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(body === undefined ? '' : JSON.stringify(body));
}

interface Route {
  readonly operation: ConnectorOperation;
  readonly conversationId: string | undefined;
  readonly pathId: string | undefined;
}

/** The Bot Connector v3 routes the fake knows (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference). */
function route(method: string, path: string): Route | undefined {
  const parts = path.split('/').filter((part) => part !== '').map((part) => decodeURIComponent(part));
  if (parts[0] !== 'v3' || parts[1] !== 'conversations') return undefined;
  const [, , conversationId, collection, pathId, extra] = parts;
  if (conversationId === undefined) return method === 'POST' ? { operation: 'create', conversationId: undefined, pathId: undefined } : undefined;
  if (extra !== undefined) return undefined;
  if (collection === 'activities' && pathId === undefined && method === 'POST') return { operation: 'send', conversationId, pathId };
  if (collection === 'activities' && pathId !== undefined) {
    if (method === 'POST') return { operation: 'reply', conversationId, pathId };
    if (method === 'PUT') return { operation: 'update', conversationId, pathId };
    if (method === 'DELETE') return { operation: 'delete', conversationId, pathId };
  }
  if (collection === 'pagedmembers' && method === 'GET') return { operation: 'members', conversationId, pathId: undefined };
  if (collection === 'members' && pathId !== undefined && method === 'GET') return { operation: 'member', conversationId, pathId };
  return undefined;
}

/**
 * A local stand-in for the Bot Connector service (Teams' and the Emulator's) on 127.0.0.1: it
 * records what the bot sends, updates and creates, keeps each activity's latest content, answers
 * roster lookups, and plays scripted failures (429 with Retry-After, 403 with Teams' codes, 404
 * `ConversationNotFound`, 412, 502, ...) in the REST API's own shapes.
 */
export async function startFakeBotConnector(): Promise<FakeBotConnector> {
  const requests: ConnectorRequest[] = [];
  const activities: RecordedActivity[] = [];
  const created: CreatedConversation[] = [];
  const failures: Array<ScriptedFailure & { left: number }> = [];
  const rosters = new Map<string, readonly RosterMember[]>();
  const latest = new Map<string, Record<string, unknown>>();
  const waiters: Array<() => void> = [];

  const scriptedFailure = (found: Route): ScriptedFailure | undefined => {
    const index = failures.findIndex(
      (failure) =>
        (failure.conversationId === undefined || failure.conversationId === found.conversationId) &&
        (failure.operations === undefined || failure.operations.includes(found.operation)),
    );
    const failure = failures[index];
    if (failure === undefined) return undefined;
    failure.left -= 1;
    if (failure.left <= 0) failures.splice(index, 1);
    return failure;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const found = route(req.method ?? 'GET', url.pathname);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (found === undefined) {
      reply(res, 404, {}, { error: { code: 'NotFound', message: `no route ${req.method} ${url.pathname}` } });
      return;
    }
    const raw = Buffer.concat(chunks).toString('utf8');
    const parsed = raw === '' ? undefined : jsonObject.safeParse(JSON.parse(raw));
    const body = parsed?.success === true ? parsed.data : undefined;
    const record = (status: number) =>
      requests.push({ ...found, body, authorization: req.headers.authorization, status, at: Date.now() });

    const failure = scriptedFailure(found);
    if (failure !== undefined) {
      record(failure.status);
      const headers: Record<string, string> = failure.retryAfterSeconds === undefined ? {} : { 'retry-after': String(failure.retryAfterSeconds) };
      reply(res, failure.status, headers, { error: { code: failure.code ?? `Status${failure.status}`, message: 'refused by the fake Bot Connector' } });
      return;
    }

    const { operation, conversationId, pathId } = found;
    if (operation === 'create') {
      const id = `a:${randomUUID()}`;
      created.push({ id, parameters: body ?? {} });
      record(201);
      reply(res, 201, {}, { id });
    } else if (operation === 'members' || operation === 'member') {
      const roster = rosters.get(conversationId ?? '') ?? [];
      const member = roster.find((candidate) => candidate.id === pathId || candidate.aadObjectId === pathId);
      if (operation === 'member' && member === undefined) {
        record(404);
        reply(res, 404, {}, { error: { code: 'MemberNotFoundInConversation', message: 'not in the roster' } });
        return;
      }
      record(200);
      reply(res, 200, {}, operation === 'members' ? { members: roster } : member);
    } else if (operation === 'delete') {
      latest.delete(`${conversationId}\n${pathId}`);
      record(200);
      reply(res, 200, {}, undefined);
    } else if (conversationId !== undefined && body !== undefined) {
      const activityId = operation === 'update' && pathId !== undefined ? pathId : randomUUID();
      activities.push({ operation, conversationId, activityId, activity: body });
      latest.set(`${conversationId}\n${activityId}`, body);
      record(operation === 'update' ? 200 : 201);
      reply(res, operation === 'update' ? 200 : 201, {}, { id: activityId });
      for (const wake of waiters.splice(0)) wake();
    } else {
      record(400);
      reply(res, 400, {}, { error: { code: 'BadArgument', message: 'an activity body is required' } });
    }
  };

  const server: Server = createServer((req, res) => {
    void handle(req, res).catch(() => reply(res, 500, {}, { error: { code: 'ServiceError', message: 'the fake failed' } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the fake Bot Connector has no port');
  const { port }: AddressInfo = address;

  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    requests,
    activities,
    created,
    failNext: (failure) => {
      failures.push({ ...failure, left: failure.times ?? 1 });
    },
    setRoster: (conversationId, members) => {
      rosters.set(conversationId, members);
    },
    activity: (conversationId, activityId) => latest.get(`${conversationId}\n${activityId}`),
    waitForActivities: async (predicate, count = 1, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const matching = activities.filter(predicate);
        if (matching.length >= count) return matching;
        if (Date.now() > deadline) throw new Error(`expected ${count} matching activities at the fake Bot Connector, got ${matching.length}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
