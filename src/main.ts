import cluster from 'node:cluster';
import { randomBytes } from 'node:crypto';
import type { Agent } from 'node:https';
import { availableParallelism } from 'node:os';
import type { Logger } from 'pino';
import { createBotConnectorChannel } from '../adapters/bot-connector';
import { TeamsPractitionerBot, TeamsSendPipeline, teamsCallbackCards, teamsChannelId } from '../adapters/teams';
import { createCallbackCards } from './services/create-callback-cards';
import { staffReportsPath } from './domain/teams/monthly-digest';
import { TeamsPassWake } from './services/teams-pass-wake';
import type { Channel } from '../adapters/channel';
import { createSmsChannel, smsChannelId, type SmsChannel } from '../adapters/sms';
import { createWebChatChannel } from '../adapters/webchat';
import { AdminApi } from './admin/admin-api';
import { DirectoryPulls } from './admin/directory-pulls';
import { ListingImporter } from './admin/listing-importer';
import { TaxonomyMappingsApi } from './admin/taxonomy-mappings-api';
import { CallbackTimers } from './admin/callback-timers';
import { createAdminAccess } from './admin/admin-auth';
import { StaffOidcSignIn } from './admin/staff-oidc';
import { SiteTokensApi } from './admin/site-tokens-api';
import { createAdminAuditRecorder } from './admin/admin-audit';
import { AdminAuditTrail } from './admin/admin-audit-trail';
import { ReportsApi } from './admin/reports-api';
import { ReportingOutbox } from './services/reporting-outbox';
import { ReportRecorder } from './services/report-recorder';
import { createStaffSsoVerifier } from './admin/staff-sso';
import { StaffSessions } from './admin/staff-sessions';
import { TeamAdminApi } from './admin/team-admin-api';
import { CallbackAdminApi } from './admin/callback-admin-api';
import { TeamsAdminApi } from './admin/teams-admin-api';
import { StoreTeamsDirectory } from './teams/store-teams-directory';
import { StoreTeamsReachability } from './teams/store-teams-reachability';
import type { TeamsDirectory } from './teams/teams-directory';
import { TeamsLinking } from './teams/teams-linking';
import { createCompanionBot } from './services/create-companion-bot';
import { ExportLinks } from './services/export-links';
import { ActivityReminders } from './services/activity-reminders';
import { channelMessenger, type ProactiveSend } from './services/person-messenger';
import { errorCode } from './bot/error-code';
import { exchangeStateTtlSeconds } from './bot/companion-bot';
import { ConfigError, loadConfig, type Config } from './config';
import { AppError } from './domain/app-error';
import type { Clock } from './domain/clock';
import { myDataDownloadPath } from './http/my-data-routes';
import { CheckInReminders } from './services/check-in-reminders';
import { BullMqJobs } from './jobs/bullmq-jobs';
import { InProcessJobs } from './jobs/in-process-jobs';
import type { Jobs } from './jobs/jobs';
import { createHttpServer, type HttpServer } from './http/server';
import { defaultWebChatPagePaths } from './http/webchat-page-routes';
import { defaultStaffPagePaths } from './http/staff-page-routes';
import { createLogger } from './runtime/logger';
import { OpenReferralFeed } from './listings/open-referral-feed';
import { StoreActivityFinder } from './listings/store-activity-finder';
import { loadOutcodeCentroids } from './data/reference-data';
import { createMemoryStores } from './store/memory/memory-stores';
import type { Stores } from './store/ports';
import { createJobsRedisClient } from './store/redis/redis-connection';
import { createRedisStores } from './store/redis/redis-stores';
import { loadSampleActivities, loadSampleTeams } from './data/sample-data';
import { systemClock } from './runtime/system-clock';
import { superviseWorkers } from './runtime/worker-supervisor';
import { createWebPush, newVapidKeys, type WebPush } from './web-push/create-web-push';
import { handlePushJobs } from './web-push/push-jobs';
import { checkinWaitingMessage } from './web-push/push-notifier';

/** A running service: what tests and the CLI need to reach and stop it. */
export interface RunningService {
  readonly port: number;
  readonly stores: Stores;
  /** The jobs layer (BullMQ with Redis, in-process without). */
  readonly jobs: Jobs;
  readonly http: HttpServer;
  /** The SMS channel, when TWILIO_* is configured (proactive sends go through it). */
  readonly sms: SmsChannel | undefined;
  /** Web push for web chat, unless it is off. */
  readonly webPush: WebPush | undefined;
  /** Where Teams nudges go and practitioners' roles. */
  readonly teamsDirectory: TeamsDirectory;
  /** Graceful stop: no new requests, running jobs and turns in flight finish, job and store connections close. */
  stop(): Promise<void>;
}

export interface ServiceOverrides {
  readonly logger?: Logger;
  readonly clock?: Clock;
  readonly host?: string;
  /** An https agent for push services (tests: one that trusts the local fake push service). */
  readonly pushAgent?: Agent;
}

/**
 * How often the Teams pass reads the outbox (card updates, nudges, and any new request's card a
 * wake missed) and sends the morning and monthly digests due. A new request's card does not wait
 * for it: the request wakes the reader at once (`TeamsPassWake`).
 */
const teamsPassEveryMs = 5_000;

/** Builds the stores the configuration asks for. */
async function openStores(config: Config, clock: Clock): Promise<Stores> {
  if (config.redis === undefined) return createMemoryStores({
      lockWaitMs: config.turnLock.waitMs,
      referenceSecret: config.referenceSecret,
      clock,
      conversationStateTtlSeconds: config.conversationStateTtlSeconds,
    });
  return createRedisStores({
    connection: config.redis,
    keyPrefix: config.redis.keyPrefix,
    lockTtlMs: config.turnLock.ttlMs,
    lockWaitMs: config.turnLock.waitMs,
    directLineTtlSeconds: config.webChat.historyTtlSeconds,
    referenceSecret: config.referenceSecret,
    conversationStateTtlSeconds: config.conversationStateTtlSeconds,
    clock,
  });
}

/** The jobs layer the configuration asks for: BullMQ on its own connection to the stores' Redis, else in-process. */
function openJobs(config: Config, clock: Clock, logger: Logger): Jobs {
  if (config.redis === undefined) return new InProcessJobs({ clock, logger });
  return new BullMqJobs({ redis: createJobsRedisClient(config.redis), keyPrefix: config.redis.keyPrefix, clock, logger, lockMs: config.jobs.lockMs, concurrency: config.jobs.concurrency });
}

/** The composition root: wires every part from a parsed configuration and starts listening. */
export async function startService(config: Config, overrides: ServiceOverrides = {}): Promise<RunningService> {
  const logger = overrides.logger ?? createLogger({ level: config.logLevel });
  const clock = overrides.clock ?? systemClock;
  const stores = await openStores(config, clock);
  if (stores.kind === 'memory') {
    logger.warn(
      { event: 'startup.embedded_mode' },
      'EMBEDDED MODE: no Redis configured (REDIS_URL, REDIS_CLUSTER_NODES or REDIS_SENTINELS), so everything is kept in memory and lost on restart. Fine for trying it out; never for real people.',
    );
    // Embedded mode starts with the fictional sample listings and team details; on Redis they are
    // loaded only on request (`npm run samples:load`), so real data never gets samples mixed in.
    const samples = await stores.activities.putMany(await loadSampleActivities());
    logger.info({ event: 'startup.sample_activities_loaded', count: samples.created }, 'sample activity listings loaded');
    const teams = await loadSampleTeams();
    for (const entry of teams) await stores.teams.put(entry);
    logger.info({ event: 'startup.sample_teams_loaded', count: teams.length }, 'sample team details loaded');
  }
  if (config.admin.superToken === undefined) {
    logger.info({ event: 'startup.admin_disabled' }, 'admin API disabled: no ADMIN_TOKEN');
  }
  if (config.botConnector.appId === undefined) {
    logger.warn({ event: 'startup.anonymous_bot_connector' }, 'No MicrosoftAppId: /api/messages accepts unauthenticated requests (Emulator and local use only).');
  }

  const jobs = openJobs(config, clock, logger);
  const activityFinder = new StoreActivityFinder({ activities: stores.activities, centroids: loadOutcodeCentroids(), clock });
  if (config.webChat.tokenSecret === undefined) {
    logger.warn({ event: 'startup.webchat_random_secret' }, 'No WEBCHAT_TOKEN_SECRET: web chat tokens and data export links are signed with a random secret and stop working on restart.');
  }
  // One signing secret for web chat tokens and export links (each derives its own key from it).
  const signingSecret = config.webChat.tokenSecret ?? randomBytes(48).toString('base64');
  const exportLinks = new ExportLinks({ store: stores.exports, secret: signingSecret, clock, linkBase: `${config.publicUrl ?? ''}${myDataDownloadPath}` });
  // The outcome reports' counts, kept as things happen (reminders, callback requests).
  const reportRecorder = new ReportRecorder({ aggregates: stores.reports, references: stores.references, logger });
  const checkInReminders = new CheckInReminders({ jobs, storage: stores.botStorage, people: stores.people, wellbeing: stores.wellbeing, references: stores.references, reports: reportRecorder, clock, logger });
  // Filled in once the channels exist (they need the bot): reminders only send from jobs, after start.
  const proactiveSends: Record<string, ProactiveSend> = {};
  const activityReminders = new ActivityReminders({
    jobs,
    people: stores.people,
    wellbeing: stores.wellbeing,
    activities: stores.activities,
    addresses: stores.botStorage,
    references: stores.references,
    messenger: channelMessenger(proactiveSends),
    reports: reportRecorder,
    clock,
    logger,
  });
  activityReminders.handleJobs();
  const events = new CallbackTimers({ events: stores.events, jobs, callbacks: stores.callbacks, teams: stores.teams, references: stores.references, clock, logger, settings: config.callbackTimers });
  events.handleJobs();
  // Without a served tenant no channel can be linked, so there is nothing to post to: no Teams pass then.
  const teamsOn = config.teams.allowedTenants.length > 0;
  // With Teams on, a new request wakes the outbox reader at once (its card is not left for the next pass).
  // Callback requests and first contacts are counted for the outcome reports as they are appended.
  const reported = new ReportingOutbox({ events, callbacks: stores.callbacks, teams: stores.teams, reports: reportRecorder, logger });
  const outbox = teamsOn ? new TeamsPassWake({ events: reported, jobs, references: stores.references, clock, logger }) : reported;
  const bot = createCompanionBot(stores, logger, clock, { activities: activityFinder, exportLinks, checkInReminders, activityReminders, events: outbox });
  const teamsLinking = new TeamsLinking({ links: stores.teamsSiteLinks, practitioners: stores.practitioners, clock });
  const teamsDirectory = new StoreTeamsDirectory({ conversations: stores.teamsConversations, links: stores.teamsSiteLinks, practitioners: stores.practitioners });
  const teamsSender = new TeamsSendPipeline({
    settings: config.teamsSend,
    botConnector: config.botConnector,
    store: stores.teamsSend,
    reachability: new StoreTeamsReachability(stores.teamsConversations, clock),
    clock,
    logger,
  });
  const reports = new ReportsApi({ aggregates: stores.reports, clock });
  const reportsUrl = config.staff.publicUrl === undefined ? undefined : `${config.staff.publicUrl}${staffReportsPath}`;
  const callbackCards = createCallbackCards({ stores, events: outbox, claimTimer: events, reviewTimer: events, sender: teamsSender, directory: teamsDirectory, render: teamsCallbackCards, reports, reportsUrl, clock, logger });
  const teamsBot = new TeamsPractitionerBot({
    settings: config.teams,
    conversations: stores.teamsConversations,
    linking: teamsLinking,
    cardActions: callbackCards.actions,
    cards: teamsCallbackCards,
    clock,
    logger,
  });
  const scheduleTeamsPass = teamsOn ? callbackCards.handleJobs(jobs, teamsPassEveryMs) : undefined;
  logger.info({ event: 'startup.teams', tenants: config.teams.allowedTenants.length }, teamsOn ? 'Teams on for the allowed tenants' : 'Teams off: no TEAMS_ALLOWED_TENANTS, every Teams activity is refused');
  // Teams activities are the practitioners'; every other Bot Connector channel (the Emulator) is people's.
  const botConnector = createBotConnectorChannel(config.botConnector, (context) => (context.activity.channelId === teamsChannelId ? teamsBot.run(context) : bot.run(context)), logger, stores.references);
  const webChat = createWebChatChannel({ ...config.webChat, tokenSecret: signingSecret }, stores, (context) => bot.run(context), logger, clock, (key, text) => bot.offlineSafetyReply(key, text));
  const sms = config.sms === undefined ? undefined : createSmsChannel(config.sms, stores, (context) => bot.run(context), logger, clock, (key, text) => bot.offlineSafetyReply(key, text), (phone) => checkInReminders.stop(`${smsChannelId}:${phone}`));
  proactiveSends[webChat.name] = (userId, text) => webChat.sendProactive(userId, text);
  if (sms !== undefined) proactiveSends[sms.name] = (phoneE164, text) => sms.endpoints.sendProactive(phoneE164, text);
  logger.info({ event: sms === undefined ? 'startup.sms_disabled' : 'startup.sms_enabled' }, sms === undefined ? 'SMS off: no TWILIO_* settings' : 'SMS on at /api/sms');
  const webPush =
    config.webPush === undefined
      ? undefined
      : createWebPush({
          settings: config.webPush,
          store: stores.pushSubscriptions,
          references: stores.references,
          personKeyOf: (token) => webChat.endpoints.personKeyOf(token),
          ttlSeconds: config.webChat.historyTtlSeconds,
          hasConsent: async (personKey) => (await stores.people.get(personKey))?.consent !== undefined,
          withoutConsentTtlSeconds: exchangeStateTtlSeconds,
          logger,
          ...(overrides.pushAgent === undefined ? {} : { agent: overrides.pushAgent }),
        });
  if (webPush === undefined) logger.info({ event: 'startup.web_push_off' }, 'web push off (WEB_PUSH=off, or production without VAPID keys)');
  else handlePushJobs(jobs, webPush.notifier);
  const adminAudit = createAdminAuditRecorder({ log: stores.adminAudit, clock });
  const staffSessions = new StaffSessions({ store: stores.staffSessions, clock, timeouts: config.staff.sessionTimeouts });
  const channels: readonly Channel[] = [botConnector, webChat, ...(sms === undefined ? [] : [sms])];
  // Imports and Open Referral directory pulls: one planner for uploads, previews and scheduled pulls.
  const importer = new ListingImporter({ activities: stores.activities, taxonomyMappings: stores.taxonomyMappings, audit: adminAudit, clock, logger });
  const directoryPulls = new DirectoryPulls({ directories: stores.directories, importer, audit: adminAudit, jobs, references: stores.references, limits: config.directoryFetch, clock, logger });
  directoryPulls.handleJobs();
  const taxonomyMappings = new TaxonomyMappingsApi({ taxonomyMappings: stores.taxonomyMappings, activities: stores.activities, importer, audit: adminAudit });
  const http = createHttpServer({
    logger,
    maxBodyBytes: config.http.maxBodyBytes,
    trustedProxies: config.http.trustedProxies,
    headersTimeoutSeconds: config.http.headersTimeoutSeconds,
    requestTimeoutSeconds: config.http.requestTimeoutSeconds,
    maxConnections: config.http.maxConnections,
    streamPingSeconds: config.webChat.streamPingSeconds,
    checkReadiness: () => stores.health.ping(),
    storeKind: stores.kind,
    handleBotMessage: botConnector.endpoints,
    webChat: webChat.endpoints,
    ...(sms === undefined ? {} : { sms: sms.endpoints }),
    ...(webPush === undefined ? {} : { webPush: webPush.subscriptions }),
    adminAccess: createAdminAccess({
      superToken: config.admin.superToken,
      tokens: stores.adminTokens,
      clock,
      sessions: staffSessions,
      practitioners: stores.practitioners,
      ...(config.staff.sso === undefined ? {} : { sso: createStaffSsoVerifier({ settings: config.staff.sso, clock }) }),
    }),
    staffSignIn: {
      sessions: staffSessions,
      oidc: config.staff.oidc === undefined ? undefined : new StaffOidcSignIn({ settings: config.staff.oidc, logins: stores.staffLogins }),
      cookieSecure: config.staff.cookieSecure,
    },
    admin: new AdminApi({ activities: stores.activities, clock, audit: adminAudit, auditTrail: stores.adminAudit, logger, importer }),
    directory: { pulls: directoryPulls, mappings: taxonomyMappings },
    auditTrail: new AdminAuditTrail(stores.adminAudit),
    reports,
    siteTokens: new SiteTokensApi({ tokens: stores.adminTokens, audit: adminAudit, clock, logger }),
    teamAdmin: new TeamAdminApi({ teams: stores.teams, clock, audit: adminAudit, logger }),
    callbackAdmin: new CallbackAdminApi({
      callbacks: stores.callbacks,
      events: outbox,
      outcomes: stores.callbackOutcomes,
      recording: callbackCards.outcomes,
      teams: stores.teams,
      audit: adminAudit,
      claimOpenHours: config.callbackTimers.claimOpenHours,
      clock,
      logger,
    }),
    teamsAdmin: new TeamsAdminApi({ linking: teamsLinking, practitioners: stores.practitioners, conversations: stores.teamsConversations, allowedTenants: config.teams.allowedTenants, clock, audit: adminAudit, logger }),
    maxImportBytes: config.admin.maxImportBytes,
    jobs,
    openReferral: new OpenReferralFeed({ finder: activityFinder, activities: stores.activities, clock }),
    publicUrl: config.publicUrl,
    myData: exportLinks,
    staffPage: defaultStaffPagePaths(),
    webChatPage: {
      ...defaultWebChatPagePaths(),
      ...(config.webChat.azure === undefined ? {} : { externalDirectLine: new URL(config.webChat.azure.baseUrl).origin }),
    },
  });
  // Handlers are registered on `jobs` before this (activity reminders, callback timers). Check-in reminders go out as each channel sends unasked.
  checkInReminders.register(async (address, text) => {
    if (address.channelId === 'webchat') {
      await webChat.endpoints.sendProactive(address.conversationId, address.userId, text);
      // The reminder is in the chat whatever happens next; a browser the person asked to be told on
      // gets the fixed notice too (no words of theirs). A failed push is logged, not retried: retrying
      // the job would put the reminder in the chat twice.
      await webPush?.notifier.notify(stores.references('person', `${address.channelId}:${address.userId}`), checkinWaitingMessage).catch((error: unknown) => {
        logger.warn({ event: 'push.checkin_reminder_failed', code: errorCode(error) }, 'web push for a check-in reminder failed');
      });
    } else if (sms !== undefined) await sms.endpoints.sendProactive(address.userId, text);
    else throw new AppError('UPSTREAM_UNAVAILABLE', 'SMS is not configured: the reminder waits for a retry');
  });
  await jobs.start();
  await scheduleTeamsPass?.();
  await directoryPulls.scheduleAll();
  logger.info(
    { event: 'startup.jobs', mode: jobs.mode },
    jobs.mode === 'bullmq' ? 'jobs on BullMQ (Redis)' : 'jobs in-process: kept in memory, lost on restart',
  );
  const port = await http.listen(config.port, overrides.host);
  logger.info({ event: 'startup.listening', port, store: stores.kind }, `listening on http://localhost:${port}`);

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await http.shutdown(config.http.shutdownGraceMs);
      // Running jobs finish first: what they hand the channels (an SMS to send) is then drained too.
      await jobs.close();
      // Work that outlives its request (web chat turns, SMS replies by REST) finishes before the stores close.
      for (const channel of channels) await channel.drain();
      await stores.close();
      logger.info({ event: 'shutdown.complete' }, 'stopped');
    })();
    return stopping;
  };
  return { port, stores, jobs, http, sms: sms?.endpoints, webPush, teamsDirectory, stop };
}

/** CLI entry: parse the environment, start, and stop cleanly on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Cannot start: the configuration has problems:\n${error.problems.map((p) => `  ${p}`).join('\n')}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger({ level: config.logLevel });
  const workers = config.workers === 'auto' ? availableParallelism() : config.workers;
  if (workers > 1 && cluster.isPrimary) {
    // Workers must sign web chat tokens alike: without a configured secret, the primary makes one for all.
    const workerEnv: Record<string, string> = {
      ...(config.webChat.tokenSecret === undefined ? { WEBCHAT_TOKEN_SECRET: randomBytes(48).toString('base64') } : {}),
      // Likewise one VAPID pair: a browser subscribes on one worker and is pushed to from any.
      ...(config.webPush !== undefined && config.webPush.keys === undefined ? vapidEnv(newVapidKeys()) : {}),
    };
    superviseWorkers({ workers, logger, shutdownGraceMs: config.http.shutdownGraceMs, workerEnv });
    return;
  }
  const service = await startService(config, { logger }).catch((error: unknown) => {
    // Start-up errors (Redis unreachable, port in use) carry no personal data: say what failed.
    logger.fatal({ event: 'startup.failed', code: errorCode(error), reason: error instanceof Error ? error.message : 'unknown' }, 'cannot start');
    process.exit(1);
  });
  const onSignal = (signal: NodeJS.Signals) => {
    logger.info({ event: 'shutdown.requested', signal }, 'shutting down');
    service.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}

function vapidEnv(keys: { publicKey: string; privateKey: string }): Record<string, string> {
  return { VAPID_PUBLIC_KEY: keys.publicKey, VAPID_PRIVATE_KEY: keys.privateKey };
}

// Cluster workers run this file as their entry point too, so they start here as well.
if (require.main === module) {
  void main();
}
