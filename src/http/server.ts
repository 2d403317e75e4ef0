import restify, { type Request, type Response, type Server } from 'restify';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { AdminAccess } from '../admin/admin-auth';
import type { AdminAuditTrail } from '../admin/admin-audit-trail';
import { AppError } from '../domain/app-error';
import { mountAdminAuditRoutes } from './admin-audit-routes';
import { mountReportRoutes } from './report-routes';
import type { ReportsApi } from '../admin/reports-api';
import { adminImportPath, mountAdminRoutes, type AdminEndpoints } from './admin-routes';
import { mountDirectoryRoutes, type DirectoryEndpoints } from './directory-routes';
import { ClientAddresses } from './client-address';
import { InFlightTracker } from './in-flight-tracker';
import { mountJobsRoutes, type JobsStatus } from './jobs-routes';
import { jsonRoute, sendError } from './json-route';
import { mountMyDataRoutes, type MyDataDownloads } from './my-data-routes';
import { mountOpenReferralRoutes, type OpenReferralEndpoints } from './open-referral-routes';
import { jsonBody } from './request-parts';
import { mountSiteTokenRoutes, type SiteTokenEndpoints } from './site-token-routes';
import { mountSmsRoutes, type SmsEndpoints } from './sms-routes';
import { mountStaffAuthRoutes, type StaffSignInEndpoints } from './staff-auth-routes';
import { mountStaffPage, type StaffPageOptions } from './staff-page-routes';
import { mountTeamAdminRoutes, type TeamAdminEndpoints } from './team-admin-routes';
import { mountCallbackAdminRoutes, type CallbackAdminEndpoints } from './callback-admin-routes';
import { mountTeamsAdminRoutes, type TeamsAdminEndpoints } from './teams-admin-routes';
import { mountWebChatPage, type WebChatPageOptions } from './webchat-page-routes';
import { mountWebChatRoutes, type DirectLineEndpoints } from './webchat-routes';
import { mountWebPushRoutes, type WebPushEndpoints } from './web-push-routes';

export interface HttpServerDependencies {
  readonly logger: Logger;
  readonly maxBodyBytes: number;
  /** Proxies whose X-Forwarded-For is believed (addresses and CIDR blocks). */
  readonly trustedProxies: readonly string[];
  /** Time a client has to send a request's headers, and the whole request (Node's default is 300 s). */
  readonly headersTimeoutSeconds: number;
  readonly requestTimeoutSeconds: number;
  /** Open connections beyond which new ones are refused (closed at once). */
  readonly maxConnections: number;
  /** How often web chat streams are pinged; one that has not answered the previous ping is closed. */
  readonly streamPingSeconds: number;
  /** Resolves when the store answers; rejects otherwise. */
  readonly checkReadiness: () => Promise<void>;
  /** What the store is, reported by /readyz. */
  readonly storeKind: string;
  /** Bot Connector messages (Teams, Emulator): gets the parsed JSON body on `req.body`. */
  readonly handleBotMessage: (req: Request, res: Response) => Promise<void>;
  /** The local Direct Line channel for web chat. */
  readonly webChat: DirectLineEndpoints;
  /** `https://host` the service is reached at, if configured. */
  readonly publicUrl: string | undefined;
  /** Where the chat page's files are. */
  readonly webChatPage: WebChatPageOptions;
  /** Where the built staff app is (`/staff`, `/staff/tab`). */
  readonly staffPage: StaffPageOptions;
  /** "Export my data" downloads (`/my-data/<token>`). */
  readonly myData: MyDataDownloads;
  /** Who may call the admin API (tokens, staff sessions, Teams SSO): checked before every admin route's handler, and by the staff app's sign-in routes. */
  readonly adminAccess: AdminAccess;
  /** The staff app's sign-in (sessions, OpenID Connect): `/staff/auth/*`, `/staff/api/me`. */
  readonly staffSignIn: StaffSignInEndpoints;
  /** The admin API's listings. */
  readonly admin: AdminEndpoints;
  /** Each site's audit trail, for its admins. */
  readonly auditTrail: Pick<AdminAuditTrail, 'list'>;
  /** Each site's outcome reports, for its admins (issue 19). */
  readonly reports: Pick<ReportsApi, 'report'>;
  /** Site tokens: issued (super admin, site admins), listed, revoked. */
  readonly siteTokens: SiteTokenEndpoints;
  /** The admin API's team routes (a site's team details, its callback work list). */
  readonly teamAdmin: TeamAdminEndpoints;
  /** The callback work list, details and steps (practitioners and site admins). */
  readonly callbackAdmin: CallbackAdminEndpoints;
  /** The admin API's Teams routes (a site's link codes and practitioners). */
  readonly teamsAdmin: TeamsAdminEndpoints;
  /** A site's taxonomy mapping table and Open Referral directory pulls. */
  readonly directory: DirectoryEndpoints;
  /** The jobs layer's mode and counts (`GET /api/admin/jobs`). */
  readonly jobs: JobsStatus;
  /** Body limit of the listings import route (every other route has `maxBodyBytes`). */
  readonly maxImportBytes: number;
  /** The public Open Referral feed (`/openreferral/services`); not mounted when absent. */
  readonly openReferral?: OpenReferralEndpoints;
  /** The SMS channel's Twilio webhooks (`/api/sms`, `/api/sms/status`); not mounted (404) when SMS is off. */
  readonly sms?: SmsEndpoints;
  /** Web push for the chat page (`/api/webchat/push/*`); not mounted (404) when web push is off. */
  readonly webPush?: WebPushEndpoints;
}

export interface HttpServer {
  readonly server: Server;
  /** Listens on `port` (0: any free port) and resolves with the port in use. */
  listen(port: number, host?: string): Promise<number>;
  /** Requests being handled right now. */
  inFlightRequests(): number;
  /** Stops accepting, waits up to `graceMs` for requests in flight, then drops the rest. */
  shutdown(graceMs: number): Promise<void>;
}

const anyJson = { schema: z.unknown(), hint: 'Send a JSON body.' };

/** The restify server and its routes. No business logic lives here. */
export function createHttpServer(deps: HttpServerDependencies): HttpServer {
  const server = restify.createServer({ name: 'living-well-companion', handleUncaughtExceptions: false });
  const inFlight = new InFlightTracker();
  let draining = false;
  limitConnections(server, deps);

  server.pre((_req: Request, res: Response, next: restify.Next) => {
    if (draining) {
      res.header('Connection', 'close');
      sendError(res, new AppError('SHUTTING_DOWN', 'The service is restarting; please retry.'));
      return next(false);
    }
    const finished = inFlight.start();
    res.once('finish', finished);
    res.once('close', finished);
    return next();
  });

  // HEAD (health checks, link checkers) is answered by the GET route. Node itself drops the body of
  // a response to a HEAD request, so headers (Content-Length too) are exactly what GET would send.
  server.pre((req: Request, _res: Response, next: restify.Next) => {
    if (req.method === 'HEAD') req.method = 'GET';
    return next();
  });

  // restify's own errors (unknown route, body too large) get the same shape as ours.
  server.on('restifyError', (_req: Request, _res: Response, error: RestifyErrorLike, callback: () => void) => {
    const code = screamingSnake(error.body?.code ?? error.name);
    error.toJSON = () => ({ error: { code, message: error.message } });
    return callback();
  });

  // Bodies are read raw with a size cap, then parsed per route, so every failure has a clear answer.
  // `use` runs once the route is known, so the listings import gets its own, larger cap.
  const readBody = restify.plugins.bodyReader({ maxBodySize: deps.maxBodyBytes });
  const readImport = restify.plugins.bodyReader({ maxBodySize: deps.maxImportBytes });
  server.use((req: Request, res: Response, next: restify.Next) =>
    req.getRoute()?.path === adminImportPath ? readImport(req, res, next) : readBody(req, res, next),
  );

  server.get('/healthz', async (_req: Request, res: Response) => {
    res.send(200, { status: 'ok' });
  });

  server.get('/readyz', async (_req: Request, res: Response) => {
    try {
      await deps.checkReadiness();
      res.send(200, { status: 'ready', store: deps.storeKind });
    } catch {
      res.send(503, { status: 'not ready', store: deps.storeKind });
    }
  });

  server.post(
    '/api/messages',
    jsonRoute(deps.logger, async (req, res) => {
      // Any JSON here: the Bot Connector adapter checks it is an activity (NOT_AN_ACTIVITY otherwise).
      req.body = jsonBody(req, anyJson);
      await deps.handleBotMessage(req, res);
    }),
  );

  mountAdminRoutes(server, { endpoints: deps.admin, access: deps.adminAccess, logger: deps.logger });
  mountTeamAdminRoutes(server, { endpoints: deps.teamAdmin, access: deps.adminAccess, logger: deps.logger });
  mountCallbackAdminRoutes(server, { endpoints: deps.callbackAdmin, access: deps.adminAccess, logger: deps.logger });
  mountTeamsAdminRoutes(server, { endpoints: deps.teamsAdmin, access: deps.adminAccess, logger: deps.logger });
  mountJobsRoutes(server, { jobs: deps.jobs, access: deps.adminAccess, logger: deps.logger });
  mountAdminAuditRoutes(server, { trail: deps.auditTrail, access: deps.adminAccess, logger: deps.logger });
  mountReportRoutes(server, { reports: deps.reports, access: deps.adminAccess, logger: deps.logger });
  mountSiteTokenRoutes(server, { endpoints: deps.siteTokens, access: deps.adminAccess, logger: deps.logger });
  mountStaffAuthRoutes(server, { access: deps.adminAccess, endpoints: deps.staffSignIn, logger: deps.logger });
  mountDirectoryRoutes(server, { endpoints: deps.directory, access: deps.adminAccess, logger: deps.logger });
  if (deps.openReferral !== undefined) mountOpenReferralRoutes(server, { endpoints: deps.openReferral, logger: deps.logger });
  if (deps.sms !== undefined) mountSmsRoutes(server, { endpoints: deps.sms, logger: deps.logger });
  mountWebChatPage(server, deps.webChatPage);
  mountStaffPage(server, deps.staffPage);
  if (deps.webPush !== undefined) mountWebPushRoutes(server, { endpoints: deps.webPush, logger: deps.logger });
  mountMyDataRoutes(server, { downloads: deps.myData, logger: deps.logger });
  const webChat = mountWebChatRoutes(server, {
    endpoints: deps.webChat,
    logger: deps.logger,
    publicUrl: deps.publicUrl,
    clientAddresses: new ClientAddresses(deps.trustedProxies),
    streamPingSeconds: deps.streamPingSeconds,
  });

  return {
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve(server.address().port);
        });
      }),
    inFlightRequests: () => inFlight.size,
    shutdown: async (graceMs) => {
      draining = true;
      webChat.closeStreams();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.server.closeIdleConnections();
      const finished = await inFlight.idle(graceMs);
      if (!finished) deps.logger.warn({ event: 'http.shutdown_timeout', inFlight: inFlight.size }, 'requests cut off at shutdown');
      server.server.closeAllConnections();
      await closed;
    },
  };
}

/**
 * A slow or idle client must not hold a connection for Node's default 300 s, nor many clients
 * exhaust the process. Upgraded connections (web chat streams) are past these timeouts: they are
 * kept honest by pings instead.
 */
function limitConnections(server: Server, limits: Pick<HttpServerDependencies, 'headersTimeoutSeconds' | 'requestTimeoutSeconds' | 'maxConnections'>): void {
  server.server.headersTimeout = limits.headersTimeoutSeconds * 1000;
  server.server.requestTimeout = limits.requestTimeoutSeconds * 1000;
  server.server.maxConnections = limits.maxConnections;
  // Node checks those timeouts every `connectionsCheckingInterval` (30 s unless set; read when it
  // starts listening), so a second-level timeout needs a check every second.
  Object.assign(server.server, { connectionsCheckingInterval: 1000 });
}

interface RestifyErrorLike {
  name: string;
  message: string;
  body?: { code?: string };
  toJSON?: () => unknown;
}

/** `PayloadTooLarge` → `PAYLOAD_TOO_LARGE`. */
function screamingSnake(name: string): string {
  return name
    .replace(/Error$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toUpperCase();
}
