import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import { queryOf } from './query-string';
import { WebSocketServer, type WebSocket } from 'ws';
import { AppError, isAppError } from '../domain/app-error';
import type { ClientAddresses } from './client-address';
import { httpStatusForCode } from './error-status';
import { jsonRoute, parseJsonBody } from './json-route';

/** The Direct Line protocol as the HTTP layer needs it (implemented by adapters/webchat). */
export interface DirectLineEndpoints {
  issueToken(previousUserId: unknown, clientAddress: string): Promise<unknown>;
  startConversation(token: string | undefined, streamBase: string): Promise<unknown>;
  reconnect(token: string | undefined, conversationId: string, watermark: number | undefined, streamBase: string): Promise<unknown>;
  refreshToken(token: string | undefined): Promise<unknown>;
  activities(token: string | undefined, conversationId: string, watermark: number): Promise<unknown>;
  postActivity(token: string | undefined, conversationId: string, body: unknown): Promise<unknown>;
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

/** Mounts `/api/webchat/token`, `/v3/directline/*` and the Direct Line WebSocket stream. */
export function mountWebChatRoutes(server: Server, options: WebChatRoutesOptions): { closeStreams: () => void } {
  const { endpoints, logger } = options;
  const route = (handler: (req: Request, res: Response) => Promise<void>) => jsonRoute(logger, handler);
  const base = (req: IncomingMessage) => streamBase(req, options.publicUrl);

  server.post(
    '/api/webchat/token',
    route(async (req, res) => {
      const body = req.body === undefined || String(req.body).trim() === '' ? {} : parseJsonBody(req);
      const previous = typeof body === 'object' && body !== null && 'userId' in body ? body.userId : undefined;
      res.header('Cache-Control', 'no-store');
      res.send(200, await endpoints.issueToken(previous, options.clientAddresses.of(req.socket.remoteAddress, req.header('x-forwarded-for'))));
    }),
  );
  server.post(
    '/v3/directline/conversations',
    route(async (req, res) => {
      res.send(201, await endpoints.startConversation(bearer(req), base(req)));
    }),
  );
  server.get(
    '/v3/directline/conversations/:conversationId',
    route(async (req, res) => {
      res.send(200, await endpoints.reconnect(bearer(req), param(req, 'conversationId'), watermarkOf(queryOf(req)), base(req)));
    }),
  );
  server.post(
    '/v3/directline/tokens/refresh',
    route(async (req, res) => {
      res.send(200, await endpoints.refreshToken(bearer(req)));
    }),
  );
  server.get(
    '/v3/directline/conversations/:conversationId/activities',
    route(async (req, res) => {
      res.send(200, await endpoints.activities(bearer(req), param(req, 'conversationId'), watermarkOf(queryOf(req)) ?? 0));
    }),
  );
  server.post(
    '/v3/directline/conversations/:conversationId/activities',
    route(async (req, res) => {
      res.send(200, await endpoints.postActivity(bearer(req), param(req, 'conversationId'), parseJsonBody(req)));
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
    const conversationId = decodeURIComponent(match[1]);
    const token = url.searchParams.get('t') ?? bearerOf(req.headers.authorization);
    const watermark = watermarkOf({ watermark: url.searchParams.get('watermark') ?? undefined });
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

function bearer(req: Request): string | undefined {
  return bearerOf(req.header('authorization'));
}

function bearerOf(header: string | undefined): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
}

function param(req: Request, name: string): string {
  const value: unknown = req.params?.[name];
  if (typeof value !== 'string' || value === '') throw new AppError('BAD_REQUEST', `Missing ${name}.`);
  return value;
}

/** A watermark from the query string: a whole number, or undefined when absent or blank. */
function watermarkOf(query: unknown): number | undefined {
  const raw = typeof query === 'object' && query !== null && 'watermark' in query ? query.watermark : undefined;
  if (raw === undefined || raw === null || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new AppError('BAD_REQUEST', 'The watermark must be a whole number.');
  return value;
}

/** ws:// or wss:// base for stream URLs: PUBLIC_URL if set, else the request's own host. */
function streamBase(req: IncomingMessage, publicUrl: string | undefined): string {
  if (publicUrl !== undefined) return publicUrl.replace(/^http/, 'ws').replace(/\/$/, '');
  const forwarded = req.headers['x-forwarded-proto'];
  const secure = (Array.isArray(forwarded) ? forwarded[0] : forwarded) === 'https';
  return `${secure ? 'wss' : 'ws'}://${req.headers.host ?? 'localhost'}`;
}
