import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import { WebSocketServer, type WebSocket } from 'ws';
import { z } from 'zod';
import { isAppError } from '../domain/app-error';
import type { ClientAddresses } from './client-address';
import { httpStatusForCode } from './error-status';
import { jsonRoute } from './json-route';
import { bearerToken, bearerTokenOf, jsonBody, pathParams, queryParams, rawBody } from './request-parts';

/** What `POST /api/webchat/token` answers: a token bound to a user and a conversation (and Azure's domain, when there). */
export interface WebChatTokenGrant {
  readonly token: string;
  readonly conversationId: string;
  readonly userId: string;
  readonly expires_in: number;
  readonly domain?: string;
}

/** Direct Line 3.0's Conversation: what starting, reconnecting and refreshing answer. */
export interface DirectLineConversation {
  readonly conversationId: string;
  readonly token: string;
  readonly expires_in: number;
  readonly streamUrl?: string;
}

/** Direct Line 3.0's ActivitySet: a page of activities and the watermark to ask from next. */
export interface DirectLineActivitySet {
  readonly activities: readonly Record<string, unknown>[];
  readonly watermark: string;
}

/**
 * The Direct Line protocol as the HTTP layer needs it (implemented by adapters/webchat). Tokens
 * are checked there first; a posted activity goes over as JSON and is checked there after the token.
 */
export interface DirectLineEndpoints {
  issueToken(previousUserId: string | undefined, clientAddress: string): Promise<WebChatTokenGrant>;
  startConversation(token: string | undefined, streamBase: string): Promise<DirectLineConversation>;
  reconnect(token: string | undefined, conversationId: string, watermark: number | undefined, streamBase: string): Promise<DirectLineConversation>;
  refreshToken(token: string | undefined): Promise<DirectLineConversation>;
  activities(token: string | undefined, conversationId: string, watermark: number): Promise<DirectLineActivitySet>;
  postActivity(token: string | undefined, conversationId: string, body: unknown): Promise<{ readonly id: string }>;
  openStream(token: string | undefined, conversationId: string, watermark: number | undefined, send: (message: string) => void): Promise<() => void>;
}

export interface WebChatRoutesOptions {
  readonly endpoints: DirectLineEndpoints;
  readonly logger: Logger;
  /** `https://host` this service is reached at, if configured; otherwise taken from each request. */
  readonly publicUrl: string | undefined;
  /** Client addresses for the new-chat rate limit (X-Forwarded-For only from trusted proxies). */
  readonly clientAddresses: ClientAddresses;
  /** How often streams are pinged; one that has not answered the previous ping is closed. */
  readonly streamPingSeconds: number;
}

const streamPath = /^\/v3\/directline\/conversations\/([^/?]+)\/stream$/;

/** A returning visitor's earlier user id, if the body has one; a body without one (or with anything else) starts a new visitor. */
const tokenRequest = {
  schema: z.object({ userId: z.string().optional().catch(undefined) }).catch({}),
  hint: 'Send { "userId"?: "<earlier user id>" }.',
};
const conversationParam = { schema: z.object({ conversationId: z.string().min(1) }), hint: 'The path names no conversation.' };
/** `?watermark=`: a whole number; absent or blank means none. */
const watermarkQuery = {
  schema: z.object({
    watermark: z
      .string()
      .optional()
      .transform((raw) => (raw === undefined || raw === '' ? undefined : Number(raw)))
      .pipe(z.number({ error: 'a whole number' }).int({ error: 'a whole number' }).nonnegative({ error: 'a whole number' }).optional()),
  }),
  hint: 'The watermark must be a whole number.',
};
/** Any JSON: the channel checks the activity once the token is checked. */
const postedJson = { schema: z.unknown(), hint: 'Send the activity as JSON.' };

/** Mounts `/api/webchat/token`, `/v3/directline/*` and the Direct Line WebSocket stream. */
export function mountWebChatRoutes(server: Server, options: WebChatRoutesOptions): { closeStreams: () => void } {
  const { endpoints, logger } = options;
  const route = (handler: (req: Request, res: Response) => Promise<void>) => jsonRoute(logger, handler);
  const base = (req: IncomingMessage) => streamBase(req, options.publicUrl);

  server.post(
    '/api/webchat/token',
    route(async (req, res) => {
      // The body is optional: a first visit sends none.
      const previous = rawBody(req).trim() === '' ? undefined : jsonBody(req, tokenRequest).userId;
      res.header('Cache-Control', 'no-store');
      res.send(200, await endpoints.issueToken(previous, options.clientAddresses.of(req.socket.remoteAddress, req.header('x-forwarded-for'))));
    }),
  );
  server.post(
    '/v3/directline/conversations',
    route(async (req, res) => {
      res.send(201, await endpoints.startConversation(bearerToken(req), base(req)));
    }),
  );
  server.get(
    '/v3/directline/conversations/:conversationId',
    route(async (req, res) => {
      res.send(200, await endpoints.reconnect(bearerToken(req), conversationOf(req), queryParams(req, watermarkQuery).watermark, base(req)));
    }),
  );
  server.post(
    '/v3/directline/tokens/refresh',
    route(async (req, res) => {
      res.send(200, await endpoints.refreshToken(bearerToken(req)));
    }),
  );
  server.get(
    '/v3/directline/conversations/:conversationId/activities',
    route(async (req, res) => {
      res.send(200, await endpoints.activities(bearerToken(req), conversationOf(req), queryParams(req, watermarkQuery).watermark ?? 0));
    }),
  );
  server.post(
    '/v3/directline/conversations/:conversationId/activities',
    route(async (req, res) => {
      res.send(200, await endpoints.postActivity(bearerToken(req), conversationOf(req), jsonBody(req, postedJson)));
    }),
  );

  const sockets = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  // A client that vanished (sleeping phone, dropped network) sends no close: without pings its
  // stream, and its place under the per-conversation cap, would stay until the TCP stack gave up.
  const answered = new WeakSet<WebSocket>();
  const pinger = setInterval(() => {
    for (const client of sockets.clients) {
      if (!answered.has(client)) {
        client.terminate();
        continue;
      }
      answered.delete(client);
      client.ping();
    }
  }, options.streamPingSeconds * 1000);
  pinger.unref();
  server.server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = streamPath.exec(url.pathname);
    if (match?.[1] === undefined) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    const conversationId = decodedOrUndefined(match[1]);
    const token = url.searchParams.get('t') ?? bearerTokenOf(req.headers.authorization);
    const query = watermarkQuery.schema.safeParse({ watermark: url.searchParams.get('watermark') ?? undefined });
    // A throw here would be outside any request handler: a bad stream URL is answered 400 instead.
    if (conversationId === undefined || !query.success) {
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
      return;
    }
    const { watermark } = query.data;
    sockets.handleUpgrade(req, socket, head, (ws: WebSocket) => {
      answered.add(ws);
      ws.on('pong', () => answered.add(ws));
      void attachStream(ws, () => endpoints.openStream(token, conversationId, watermark, (message) => ws.send(message)), logger);
    });
  });
  return {
    closeStreams: () => {
      clearInterval(pinger);
      for (const client of sockets.clients) client.close(1001, 'server shutting down');
      sockets.close();
    },
  };
}

async function attachStream(ws: WebSocket, open: () => Promise<() => void>, logger: Logger): Promise<void> {
  let unsubscribe: (() => void) | undefined;
  let closed = false;
  ws.on('close', () => {
    closed = true;
    unsubscribe?.();
  });
  // Clients ping with empty messages; nothing else is expected on the stream.
  ws.on('message', () => undefined);
  try {
    unsubscribe = await open();
    if (closed) unsubscribe();
  } catch (error) {
    const status = isAppError(error) ? httpStatusForCode[error.code] : 500;
    if (!isAppError(error)) logger.error({ event: 'webchat.stream_failed', errorName: error instanceof Error ? error.name : 'unknown' }, 'stream failed');
    // 4000 + HTTP status: the reason a client can act on (403 token, 404 conversation).
    ws.close(4000 + status, isAppError(error) ? error.code : 'INTERNAL');
  }
}

/** A path segment decoded; undefined when it is not valid percent-encoding. */
function decodedOrUndefined(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function conversationOf(req: Request): string {
  return pathParams(req, conversationParam).conversationId;
}

/** ws:// or wss:// base for stream URLs: PUBLIC_URL if set, else the request's own host. */
function streamBase(req: IncomingMessage, publicUrl: string | undefined): string {
  if (publicUrl !== undefined) return publicUrl.replace(/^http/, 'ws').replace(/\/$/, '');
  const forwarded = req.headers['x-forwarded-proto'];
  const secure = (Array.isArray(forwarded) ? forwarded[0] : forwarded) === 'https';
  return `${secure ? 'wss' : 'ws'}://${req.headers.host ?? 'localhost'}`;
}
