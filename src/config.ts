import { isIP } from 'node:net';
import { z } from 'zod';
import type { BotConnectorSettings } from '../adapters/bot-connector';
import type { SmsSettings } from '../adapters/sms';
import type { TeamsSettings } from '../adapters/teams';
import type { TeamsSendSettings } from '../adapters/teams';
import { documentedTeamsLimits, limitsExceeded } from './teams/teams-send-limits';
import type { RedisConnection, RedisNode } from './store/redis/redis-connection';

/** Log levels accepted by pino. */
const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** A whole number in [min, max]; unset is left to the caller (`.default`, `.optional`). */
const wholeNumberIn = (min: number, max: number) => {
  const error = `must be a whole number from ${min} to ${max}`;
  return z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error });
};

const wholeNumber = (min: number, max: number, fallback: number) => wholeNumberIn(min, max).default(fallback);

/** Days, given in whole days, as seconds. */
const daysAsSeconds = (days: number) => days * 86_400;

/** An http(s) URL without its trailing slashes, so paths can be appended (`<PUBLIC_URL>/api/sms`). */
const baseUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
  .transform((url) => url.replace(/\/+$/, ''));

/** VAPID_SUBJECT unless set: a placeholder contact, which production must replace when web push is on. */
const developmentVapidSubject = 'mailto:living-well@example.org';

/** A secret others must not guess. */
const secret = z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -base64 48`)');

/** A comma-separated list (`a, b`), each entry checked by `item`; unset means none. */
const commaList = <T>(item: z.ZodType<T, string>) =>
  z
    .string()
    .transform((raw) => raw.split(',').map((entry) => entry.trim()).filter((entry) => entry !== ''))
    .pipe(z.array(item))
    .default([]);

/** A `host:port` of a Redis Cluster node or a sentinel. */
const redisNode = z
  .string()
  .regex(/^[A-Za-z0-9.-]+:\d{1,5}$/, 'must be host:port entries separated by commas, e.g. 10.0.0.1:6379, 10.0.0.2:6379')
  .transform((entry): RedisNode => {
    const at = entry.lastIndexOf(':');
    return { host: entry.slice(0, at), port: Number(entry.slice(at + 1)) };
  });

/** An IP address or a CIDR block (`10.0.0.0/8`, `fd00::/8`). */
const addressOrCidr = z.string().refine(
  (entry) => {
    const [address = '', bits, ...rest] = entry.split('/');
    const family = isIP(address);
    if (family === 0 || rest.length > 0) return false;
    if (bits === undefined) return true;
    return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
  },
  { error: 'must be IP addresses or CIDR blocks separated by commas, e.g. 10.0.0.0/8, ::1' },
);

/** An https URL, as Teams requires of every link in its app manifest. */
const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https:// URL' });

/** A host a Teams tab may load from: `staff.example.org`, `*.example.org`, `host:8443` (no scheme, no path). */
const tabDomain = z
  .string()
  .regex(/^(\*\.)?([A-Za-z0-9-]+\.)*[A-Za-z0-9-]+(:\d{1,5})?$/, 'must be host names separated by commas, e.g. staff.example.org, *.example.org (no https://, no path)');

/** The origin of an http(s) URL, e.g. `http://10.1.2.3:9000`. */
const httpOrigin = z
  .url({ protocol: /^https?$/, error: 'must be http:// or https:// URLs separated by commas' })
  .transform((url) => new URL(url).origin);
/** An Entra tenant id (a GUID), kept in lower case. */
const tenantId = z
  .string()
  .regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, 'must be Entra tenant ids (GUIDs) separated by commas')
  .transform((id) => id.toLowerCase());

/**
 * The reference secret outside production: fixed, so references in logs stay comparable across
 * restarts on a developer's machine. Public, so it protects nothing: production must set its own.
 */
const developmentReferenceSecret = 'living-well-companion development reference secret';

const environmentSchema = z.object({
  PORT: wholeNumber(0, 65_535, 3978),
  PUBLIC_URL: baseUrl.optional(),
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).optional(),
  REDIS_CLUSTER_NODES: commaList(redisNode),
  REDIS_SENTINELS: commaList(redisNode),
  REDIS_SENTINEL_MASTER: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'must be the master name the sentinels monitor').optional(),
  REDIS_USERNAME: z.string().optional(),
  REDIS_PASSWORD: z.string().optional(),
  REDIS_TLS: z.enum(['true', 'false'], { error: 'must be true or false' }).default('false'),
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_-]{1,64}$/, 'use letters, digits, ":", "_" or "-" (at most 64)')
    .default('lwc:'),
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(logLevels).default('info'),
  MicrosoftAppId: z.string().optional(),
  MicrosoftAppPassword: z.string().optional(),
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  MicrosoftAppTenantId: z.string().optional(),
  // Teams: the Entra tenants whose Teams activities are served; none: every Teams activity is refused.
  TEAMS_ALLOWED_TENANTS: commaList(tenantId),
  // Tests only: where the keys of the channels' tokens are published (a local stand-in); never in production.
  BOT_OPENID_METADATA_URL: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
  MAX_BODY_BYTES: wholeNumber(1024, 10_485_760, 262_144),
  MAX_IMPORT_BYTES: wholeNumber(1024, 104_857_600, 5_242_880),
  // Open Referral directory pulls: per-request time limit, per-answer size cap, pages read at most.
  DIRECTORY_FETCH_TIMEOUT_MS: wholeNumber(100, 120_000, 15_000),
  DIRECTORY_MAX_PAGE_BYTES: wholeNumber(1024, 104_857_600, 5_242_880),
  DIRECTORY_MAX_PAGES: wholeNumber(1, 10_000, 200),
  ADMIN_TOKEN: secret.optional(),
  TRUSTED_PROXIES: commaList(addressOrCidr),
  HTTP_HEADERS_TIMEOUT_SECONDS: wholeNumber(1, 300, 10),
  HTTP_REQUEST_TIMEOUT_SECONDS: wholeNumber(1, 3_600, 60),
  MAX_CONNECTIONS: wholeNumber(1, 1_000_000, 2_000),
  ANONYMOUS_SERVICE_URLS: commaList(httpOrigin),
  TURN_LOCK_TTL_MS: wholeNumber(1000, 600_000, 30_000),
  TURN_LOCK_WAIT_MS: wholeNumber(100, 600_000, 15_000),
  SHUTDOWN_GRACE_MS: wholeNumber(0, 600_000, 10_000),
  JOBS_LOCK_MS: wholeNumber(1000, 600_000, 30_000),
  CALLBACK_CLAIM_OPEN_HOURS: wholeNumber(1, 200, 4),
  CALLBACK_OUTCOME_DAYS: wholeNumber(1, 60, 3),
  // Unset: the BullMQ jobs layer's default (`defaultJobConcurrency`, 50).
  JOBS_CONCURRENCY: wholeNumberIn(1, 1_000).optional(),
  WEBCHAT_TOKEN_SECRET: secret.optional(),
  WEBCHAT_TOKEN_TTL_SECONDS: wholeNumber(60, 86_400, 1_800),
  WEBCHAT_HISTORY_TTL_DAYS: wholeNumber(1, 365, 7).transform(daysAsSeconds),
  // Unset: as long as web chat history (WEBCHAT_HISTORY_TTL_DAYS).
  CONVERSATION_STATE_TTL_DAYS: wholeNumberIn(1, 365).transform(daysAsSeconds).optional(),
  // Unset: the development secret, outside production only (a cross-field rule).
  REFERENCE_HASH_SECRET: secret.optional(),
  WEBCHAT_POSTS_PER_MINUTE: wholeNumber(1, 10_000, 40),
  WEBCHAT_TOKENS_PER_MINUTE: wholeNumber(1, 100_000, 60),
  WEBCHAT_STREAMS_PER_CONVERSATION: wholeNumber(1, 100, 3),
  WEBCHAT_STREAM_PING_SECONDS: wholeNumber(1, 3_600, 30),
  // Unset: on, except in production without VAPID keys (a cross-field rule).
  WEB_PUSH: z.enum(['on', 'off'], { error: 'must be on or off' }).optional(),
  // P-256 key pair, base64url (`npx web-push generate-vapid-keys`); unset outside production: a pair made at start.
  VAPID_PUBLIC_KEY: z.string().regex(/^[A-Za-z0-9_-]{87}$/, 'must be a base64url P-256 public key (87 characters)').optional(),
  VAPID_PRIVATE_KEY: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'must be a base64url P-256 private key (43 characters)').optional(),
  VAPID_SUBJECT: z.string().regex(/^(mailto:\S+@\S+|https:\/\/\S+)$/, 'must be a mailto: address or an https:// URL').default(developmentVapidSubject),
  DIRECT_LINE_SECRET: z.string().min(20, 'must be the Direct Line channel secret from the Azure Bot resource').optional(),
  DIRECT_LINE_BASE_URL: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).default('https://directline.botframework.com'),
  TWILIO_ACCOUNT_SID: z.string().regex(/^AC[0-9a-fA-F]{32}$/, 'must be a Twilio Account SID (AC followed by 32 hex digits)').optional(),
  TWILIO_AUTH_TOKEN: z.string().min(16, "must be the account's Auth Token from the Twilio console").optional(),
  TWILIO_FROM_NUMBER: z.string().regex(/^\+[1-9]\d{6,14}$/, 'must be an E.164 number, e.g. +447700900123').optional(),
  TWILIO_MESSAGING_SERVICE_SID: z.string().regex(/^MG[0-9a-fA-F]{32}$/, 'must be a Messaging Service SID (MG followed by 32 hex digits)').optional(),
  TWILIO_API_BASE_URL: baseUrl.default('https://api.twilio.com'),
  // Twilio waits 15 s for an answer; the budget leaves room for the network.
  SMS_TWIML_BUDGET_MS: wholeNumber(0, 14_000, 10_000),
  // The Teams app package (`npm run teams:package`); the service does not read these.
  TEAMS_APP_ID: z.guid({ error: 'must be a GUID (e.g. from `uuidgen`), kept for the life of the app: Teams matches updates on it' }).optional(),
  TEAMS_APP_VERSION: z.string().regex(/^\d{1,5}\.\d{1,5}\.\d{1,5}$/, 'must be a version like 1.0.0 (raise it for each package you upload again)').default('1.0.0'),
  TEAMS_APP_NAME: z.string().max(30, 'must be at most 30 characters (Teams shows it under the icon)').default('Living Well'),
  TEAMS_APP_SHORT_DESCRIPTION: z.string().max(80, 'must be at most 80 characters').default("Your Living Well team's callback requests, reminders and follow-ups"),
  TEAMS_DEVELOPER_NAME: z.string().max(32, 'must be at most 32 characters').default('Living Well'),
  TEAMS_DEVELOPER_URL: httpsUrl.optional(),
  TEAMS_PRIVACY_URL: httpsUrl.optional(),
  TEAMS_TERMS_URL: httpsUrl.optional(),
  TEAMS_VALID_DOMAINS: commaList(tabDomain),
  // The Teams send pipeline: token buckets per conversation and per tenant, well under Teams' documented limits.
  TEAMS_SEND_CONVERSATION_BURST: wholeNumber(1, 7, 3),
  TEAMS_SEND_CONVERSATION_PER_MINUTE: wholeNumber(1, 420, 20),
  TEAMS_SEND_TENANT_BURST: wholeNumber(1, 50, 10),
  TEAMS_SEND_TENANT_PER_SECOND: wholeNumber(1, 50, 20),
  TEAMS_SEND_ATTEMPTS: wholeNumber(1, 10, 4),
  TEAMS_SEND_BACKOFF_MS: wholeNumber(10, 60_000, 1_000),
  TEAMS_SEND_THROTTLE_PAUSE_SECONDS: wholeNumber(1, 3_600, 10),
  TEAMS_SEND_AUTH_PAUSE_SECONDS: wholeNumber(1, 86_400, 300),
  TEAMS_SEND_DUPLICATE_WINDOW_HOURS: wholeNumber(1, 720, 168),
  TEAMS_SEND_TIMEOUT_SECONDS: wholeNumber(5, 3_600, 120),
  // The staff app's browser sessions: idle and absolute timeouts; the cookie without Secure (local http only).
  STAFF_SESSION_IDLE_MINUTES: wholeNumber(1, 1_440, 30),
  STAFF_SESSION_MAX_HOURS: wholeNumber(1, 168, 8),
  STAFF_COOKIE_INSECURE: z.enum(['true', 'false'], { error: 'must be true or false' }).default('false'),
  // Staff sign-in with Entra ID: the app registration (README "Staff sign-in"). Unset: no staff sign-in.
  STAFF_OIDC_CLIENT_ID: z.string().regex(/^[A-Za-z0-9._-]{1,200}$/, "must be the Entra app registration's Application (client) ID").optional(),
  STAFF_OIDC_CLIENT_SECRET: z.string().min(8, "must be a client secret of the Entra app registration").optional(),
  // Unset: https://login.microsoftonline.com/<MicrosoftAppTenantId>/v2.0.
  STAFF_OIDC_ISSUER: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
  // Where staff reach the app (the redirect URI is <STAFF_PUBLIC_URL>/staff/auth/callback, and Teams cards link to it); unset: PUBLIC_URL.
  STAFF_PUBLIC_URL: baseUrl.optional(),
  // Teams SSO: the key set and issuer of each tenant ({tenant} is replaced), and the v1 audience (unset: api://<STAFF_PUBLIC_URL host>/<client id>).
  STAFF_SSO_JWKS_URL: z.string().regex(/^https?:\/\/\S+$/, 'must be an http(s) URL, {tenant} standing for the tenant id').default('https://login.microsoftonline.com/{tenant}/discovery/v2.0/keys'),
  STAFF_SSO_ISSUER: z.string().regex(/^https?:\/\/\S+$/, 'must be an http(s) URL, {tenant} standing for the tenant id').default('https://login.microsoftonline.com/{tenant}/v2.0'),
  STAFF_SSO_APP_ID_URI: z.string().regex(/^api:\/\/\S+$/, 'must be the Application ID URI, api://<domain>/<client id>').optional(),
  WORKERS: z.union([z.literal('auto'), wholeNumber(1, 64, 1)], { error: 'must be "auto" or a whole number from 1 to 64' }).default(1),
});

type Environment = z.output<typeof environmentSchema>;

/** One problem between variables, reported as `NAME: message` like the others. */
type Problem = readonly [name: keyof Environment, message: string];

/**
 * Rules between variables. They run even when single variables are wrong (a set but invalid
 * variable still counts as set), so every problem is reported at once.
 */
function crossFieldProblems(e: Environment): Problem[] {
  const problems: Problem[] = [];
  const production = e.NODE_ENV === 'production';
  const redisWays = redisWaysSet(e);
  if (production && redisWays.length === 0) {
    problems.push(['REDIS_URL', 'is required when NODE_ENV=production (the in-memory store loses data and is not shared), or REDIS_CLUSTER_NODES or REDIS_SENTINELS']);
  }
  const second = redisWays[1];
  if (second !== undefined) problems.push([second, 'set only one of REDIS_URL, REDIS_CLUSTER_NODES and REDIS_SENTINELS']);
  if ((e.REDIS_SENTINELS.length === 0) !== (e.REDIS_SENTINEL_MASTER === undefined)) {
    problems.push(['REDIS_SENTINEL_MASTER', 'REDIS_SENTINELS and REDIS_SENTINEL_MASTER go together (the sentinels, and the name of the master they monitor)']);
  }
  if (production && e.MicrosoftAppId === undefined) {
    problems.push(['MicrosoftAppId', 'is required when NODE_ENV=production (without it Bot Connector traffic is not authenticated)']);
  }
  if (production && e.WEBCHAT_TOKEN_SECRET === undefined) {
    problems.push(['WEBCHAT_TOKEN_SECRET', 'is required when NODE_ENV=production (every instance must sign web chat tokens with the same secret)']);
  }
  if ((e.VAPID_PUBLIC_KEY === undefined) !== (e.VAPID_PRIVATE_KEY === undefined)) {
    problems.push(['VAPID_PRIVATE_KEY', 'VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY go together (one key pair)']);
  }
  const webPushOn = e.WEB_PUSH === 'on' || (e.WEB_PUSH === undefined && e.VAPID_PUBLIC_KEY !== undefined);
  if (production && webPushOn && (e.VAPID_PUBLIC_KEY === undefined || e.VAPID_SUBJECT === developmentVapidSubject)) {
    problems.push(['VAPID_PUBLIC_KEY', 'VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY and VAPID_SUBJECT are required when NODE_ENV=production and WEB_PUSH=on (browsers subscribed with one key pair stop working with another)']);
  }
  if (production && e.REFERENCE_HASH_SECRET === undefined) {
    problems.push(['REFERENCE_HASH_SECRET', 'is required when NODE_ENV=production (references to people in logs and keys are keyed with it)']);
  }
  if (e.MicrosoftAppId !== undefined && e.MicrosoftAppType !== 'UserAssignedMSI' && e.MicrosoftAppPassword === undefined) {
    problems.push(['MicrosoftAppPassword', 'is required when MicrosoftAppId is set']);
  }
  if (e.WORKERS !== 1 && redisWays.length === 0) {
    problems.push(['WORKERS', 'more than one worker needs REDIS_URL (in-memory stores are not shared between processes)']);
  }
  if (e.HTTP_HEADERS_TIMEOUT_SECONDS > e.HTTP_REQUEST_TIMEOUT_SECONDS) {
    problems.push(['HTTP_HEADERS_TIMEOUT_SECONDS', 'must not be more than HTTP_REQUEST_TIMEOUT_SECONDS (the headers are part of the request)']);
  }
  if (e.MicrosoftAppType === 'SingleTenant' && e.MicrosoftAppTenantId === undefined) {
    problems.push(['MicrosoftAppTenantId', 'is required when MicrosoftAppType=SingleTenant']);
  }
  if (production && e.TEAMS_ALLOWED_TENANTS.length > 0 && e.MicrosoftAppTenantId === undefined) {
    problems.push(['MicrosoftAppTenantId', 'is required for Teams when NODE_ENV=production (the bot is registered single tenant)']);
  }
  if (production && e.BOT_OPENID_METADATA_URL !== undefined) {
    problems.push(['BOT_OPENID_METADATA_URL', 'must not be set when NODE_ENV=production (it replaces the keys Bot Framework tokens are checked against)']);
  }
  if (production && e.STAFF_COOKIE_INSECURE === 'true') {
    problems.push(['STAFF_COOKIE_INSECURE', 'must not be true when NODE_ENV=production (the staff session cookie would be sent over plain http)']);
  }
  return [...problems, ...smsProblems(e), ...teamsSendProblems(e), ...staffSignInProblems(e)];
}

/** Staff sign-in: browser sign-in needs the client, its secret, an issuer and the public URL; either way an allowed tenant. */
function staffSignInProblems(e: Environment): Problem[] {
  const problems: Problem[] = [];
  if (e.STAFF_OIDC_CLIENT_SECRET !== undefined && e.STAFF_OIDC_CLIENT_ID === undefined) problems.push(['STAFF_OIDC_CLIENT_ID', 'is required when STAFF_OIDC_CLIENT_SECRET is set']);
  if (e.STAFF_OIDC_CLIENT_ID !== undefined && e.TEAMS_ALLOWED_TENANTS.length === 0) {
    problems.push(['TEAMS_ALLOWED_TENANTS', 'staff sign-in (STAFF_OIDC_CLIENT_ID) needs the tenants whose staff may sign in']);
  }
  if (e.STAFF_OIDC_CLIENT_SECRET !== undefined && e.STAFF_OIDC_CLIENT_ID !== undefined) {
    if (e.STAFF_OIDC_ISSUER === undefined && e.MicrosoftAppTenantId === undefined) problems.push(['STAFF_OIDC_ISSUER', 'is required for browser sign-in (or MicrosoftAppTenantId, for the Entra issuer of that tenant)']);
    if (e.STAFF_PUBLIC_URL === undefined && e.PUBLIC_URL === undefined) problems.push(['STAFF_PUBLIC_URL', 'is required for browser sign-in (the redirect URI is built from it), or PUBLIC_URL']);
  }
  if (e.NODE_ENV === 'production') {
    const plainHttp = (['STAFF_OIDC_ISSUER', 'STAFF_PUBLIC_URL', 'STAFF_SSO_JWKS_URL', 'STAFF_SSO_ISSUER'] as const).filter((name) => e[name]?.startsWith('http:') === true);
    for (const name of plainHttp) problems.push([name, 'must be an https:// URL when NODE_ENV=production']);
  }
  return problems;
}

/** Staff sign-in settings: browser sign-in (OpenID Connect) and Teams SSO, each undefined when not configured. */
function staffSignInSettingsOf(e: Environment) {
  const clientId = e.STAFF_OIDC_CLIENT_ID;
  const publicUrl = e.STAFF_PUBLIC_URL ?? e.PUBLIC_URL;
  const issuer = e.STAFF_OIDC_ISSUER ?? (e.MicrosoftAppTenantId === undefined ? undefined : `https://login.microsoftonline.com/${e.MicrosoftAppTenantId}/v2.0`);
  const allowedTenants = e.TEAMS_ALLOWED_TENANTS;
  const on = clientId !== undefined && allowedTenants.length > 0;
  return {
    oidc:
      on && e.STAFF_OIDC_CLIENT_SECRET !== undefined && issuer !== undefined && publicUrl !== undefined
        ? { issuer, clientId, clientSecret: e.STAFF_OIDC_CLIENT_SECRET, redirectUri: `${publicUrl}/staff/auth/callback`, allowedTenants }
        : undefined,
    sso: on
      ? {
          clientId,
          appIdUri: e.STAFF_SSO_APP_ID_URI ?? (publicUrl === undefined ? undefined : `api://${new URL(publicUrl).host}/${clientId}`),
          jwksUrlTemplate: e.STAFF_SSO_JWKS_URL,
          issuerTemplate: e.STAFF_SSO_ISSUER,
          allowedTenants,
        }
      : undefined,
  };
}

/** Configured Teams send rates that could go over a documented Teams limit in some window. */
function teamsSendProblems(e: Environment): Problem[] {
  const { rates } = teamsSendSettingsOf(e);
  const over = (limits: ReturnType<typeof limitsExceeded>) => limits.map((limit) => `${limit.sends} in ${limit.seconds} s`).join(', ');
  const problems: Problem[] = [];
  const conversation = limitsExceeded(rates.conversation, documentedTeamsLimits.conversation);
  if (conversation.length > 0) {
    problems.push(['TEAMS_SEND_CONVERSATION_PER_MINUTE', `with TEAMS_SEND_CONVERSATION_BURST this could go over Teams' limit per conversation (${over(conversation)})`]);
  }
  const tenant = limitsExceeded(rates.tenant, documentedTeamsLimits.tenant);
  if (tenant.length > 0) problems.push(['TEAMS_SEND_TENANT_PER_SECOND', `with TEAMS_SEND_TENANT_BURST this could go over Teams' limit per tenant (${over(tenant)})`]);
  return problems;
}

/** The ways of reaching Redis that are set, in order; at most one may be. */
function redisWaysSet(e: Environment): Array<'REDIS_URL' | 'REDIS_CLUSTER_NODES' | 'REDIS_SENTINELS'> {
  return [
    ...(e.REDIS_URL === undefined ? [] : (['REDIS_URL'] as const)),
    ...(e.REDIS_CLUSTER_NODES.length === 0 ? [] : (['REDIS_CLUSTER_NODES'] as const)),
    ...(e.REDIS_SENTINELS.length === 0 ? [] : (['REDIS_SENTINELS'] as const)),
  ];
}

/** The variables that turn the SMS channel on: none set, SMS is off; some set, all are needed. */
const smsSwitches = ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_FROM_NUMBER', 'TWILIO_MESSAGING_SERVICE_SID'] as const;

function smsProblems(e: Environment): Problem[] {
  if (smsSwitches.every((name) => e[name] === undefined)) return [];
  const problems: Problem[] = [];
  for (const name of ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN'] as const) {
    if (e[name] === undefined) problems.push([name, 'is required for SMS (some TWILIO_* variables are set)']);
  }
  if (e.TWILIO_FROM_NUMBER === undefined && e.TWILIO_MESSAGING_SERVICE_SID === undefined) {
    problems.push(['TWILIO_FROM_NUMBER', 'SMS needs TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID to send from']);
  }
  if (e.PUBLIC_URL === undefined) {
    problems.push(['PUBLIC_URL', "is required for SMS (Twilio's signatures cover the exact webhook URL)"]);
  }
  return problems;
}

/** Blank variables (`PORT=` in a .env file) mean "not set". */
function withoutBlanks(env: Readonly<Record<string, string | undefined>>): Record<string, string | undefined> {
  const cleaned: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(env)) {
    const trimmed = value?.trim();
    cleaned[name] = trimmed === '' ? undefined : trimmed;
  }
  return cleaned;
}

/**
 * The environment as the service's configuration: each variable checked, then the rules between
 * them, then the settings built, one slice per part (each channel's slice typed by the channel).
 */
const configSchema = environmentSchema
  .superRefine(
    (e, context) => {
      for (const [name, message] of crossFieldProblems(e)) context.addIssue({ code: 'custom', path: [name], message });
    },
    { when: () => true },
  )
  .transform(
    (e) =>
      ({
        port: e.PORT,
        /** `https://host` without a trailing slash, if configured. */
        publicUrl: e.PUBLIC_URL,
        nodeEnv: e.NODE_ENV,
        logLevel: e.LOG_LEVEL,
        /** Undefined: embedded mode (in-memory stores). */
        redis: redisConnectionOf(e),
        keyPrefix: e.REDIS_KEY_PREFIX,
        botConnector: botConnectorSettingsOf(e),
        /** Teams for practitioners: the tenants served (lower-case GUIDs); empty refuses every Teams activity. */
        teams: { allowedTenants: e.TEAMS_ALLOWED_TENANTS } satisfies TeamsSettings,
        http: {
          maxBodyBytes: e.MAX_BODY_BYTES,
          shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
          /** Time a client has to send a request's headers, and the whole request. */
          headersTimeoutSeconds: e.HTTP_HEADERS_TIMEOUT_SECONDS,
          requestTimeoutSeconds: e.HTTP_REQUEST_TIMEOUT_SECONDS,
          /** Open connections (web chat streams included) beyond which new ones are refused. */
          maxConnections: e.MAX_CONNECTIONS,
          /** Proxies whose X-Forwarded-For is believed (addresses and CIDR blocks); empty: none. */
          trustedProxies: e.TRUSTED_PROXIES,
        },
        admin: {
          /** The super-admin token (ADMIN_TOKEN); undefined: the admin API answers 401 to everything. */
          superToken: e.ADMIN_TOKEN,
          /** Body limit of the listings import route (other routes keep `http.maxBodyBytes`). */
          maxImportBytes: e.MAX_IMPORT_BYTES,
        },
        /** Reading a site's Open Referral directory: limits of each request and of the whole read. */
        directoryFetch: { timeoutMs: e.DIRECTORY_FETCH_TIMEOUT_MS, maxBytes: e.DIRECTORY_MAX_PAGE_BYTES, maxPages: e.DIRECTORY_MAX_PAGES, pageSize: 100 },
        turnLock: { ttlMs: e.TURN_LOCK_TTL_MS, waitMs: e.TURN_LOCK_WAIT_MS },
        /** The practitioners' timers: a request unclaimed this many opening hours, contacted this many days without an outcome. */
        callbackTimers: { claimOpenHours: e.CALLBACK_CLAIM_OPEN_HOURS, outcomeDays: e.CALLBACK_OUTCOME_DAYS },
        /**
         * BullMQ: jobs of one queue an instance runs at once (undefined: the jobs layer's default), and a
         * running job's lock without renewal (a job whose instance died runs again within about twice this).
         */
        jobs: { concurrency: e.JOBS_CONCURRENCY, lockMs: e.JOBS_LOCK_MS },
        /** Keys the references to people in logs and store keys (REFERENCE_HASH_SECRET). */
        referenceSecret: e.REFERENCE_HASH_SECRET ?? developmentReferenceSecret,
        /** How long a conversation's state is kept after its last turn, for people who agreed to saving. */
        conversationStateTtlSeconds: e.CONVERSATION_STATE_TTL_DAYS ?? e.WEBCHAT_HISTORY_TTL_DAYS,
        /** The web chat channel's settings (`WebChatSettings`, but the signing secret may be unset), and what the stores and HTTP take of it. */
        webChat: {
          /** Unset outside production: the composition root makes a random one (tokens then last one run). */
          tokenSecret: e.WEBCHAT_TOKEN_SECRET,
          tokenTtlSeconds: e.WEBCHAT_TOKEN_TTL_SECONDS,
          historyTtlSeconds: e.WEBCHAT_HISTORY_TTL_DAYS,
          postsPerMinute: e.WEBCHAT_POSTS_PER_MINUTE,
          tokensPerMinute: e.WEBCHAT_TOKENS_PER_MINUTE,
          streamsPerConversation: e.WEBCHAT_STREAMS_PER_CONVERSATION,
          /** How often streams are pinged; one that has not answered the previous ping is closed. */
          streamPingSeconds: e.WEBCHAT_STREAM_PING_SECONDS,
          azure: e.DIRECT_LINE_SECRET === undefined ? undefined : { secret: e.DIRECT_LINE_SECRET, baseUrl: e.DIRECT_LINE_BASE_URL },
        },
        /** Web push for web chat; undefined when off (WEB_PUSH=off, or production without VAPID keys). Keys unset outside production: the composition root makes a pair (it changes on restart). */
        webPush:
          (e.WEB_PUSH ?? (e.NODE_ENV === 'production' && e.VAPID_PUBLIC_KEY === undefined ? 'off' : 'on')) === 'off'
            ? undefined
            : {
                subject: e.VAPID_SUBJECT,
                keys: e.VAPID_PUBLIC_KEY === undefined || e.VAPID_PRIVATE_KEY === undefined ? undefined : { publicKey: e.VAPID_PUBLIC_KEY, privateKey: e.VAPID_PRIVATE_KEY },
              },
        /** Service processes to run on this host; `auto` means one per CPU core. */
        workers: e.WORKERS,
        /** Undefined: SMS is off and `/api/sms` answers 404. */
        sms: smsSettingsOf(e),
        /** The Teams app package's own settings; `npm run teams:package` adds the bot's app id and PUBLIC_URL and checks all is there. URLs unset: PUBLIC_URL. */
        teamsApp: {
          appId: e.TEAMS_APP_ID,
          version: e.TEAMS_APP_VERSION,
          shortName: e.TEAMS_APP_NAME,
          shortDescription: e.TEAMS_APP_SHORT_DESCRIPTION,
          developerName: e.TEAMS_DEVELOPER_NAME,
          developerUrl: e.TEAMS_DEVELOPER_URL,
          privacyUrl: e.TEAMS_PRIVACY_URL,
          termsUrl: e.TEAMS_TERMS_URL,
          extraValidDomains: e.TEAMS_VALID_DOMAINS,
        },
        /** The Teams send pipeline's rates, retries, pauses and duplicate window. */
        teamsSend: teamsSendSettingsOf(e),
        /** Staff app sign-in: browser sessions' timeouts and cookie. */
        staff: {
          sessionTimeouts: { idleMs: e.STAFF_SESSION_IDLE_MINUTES * 60_000, maxMs: e.STAFF_SESSION_MAX_HOURS * 3_600_000 },
          /** Whether the `lwc_staff` cookie is marked Secure (always in production). */
          cookieSecure: e.STAFF_COOKIE_INSECURE === 'false',
          /** Where staff reach the app (STAFF_PUBLIC_URL, else PUBLIC_URL): links to it from Teams cards. */
          publicUrl: e.STAFF_PUBLIC_URL ?? e.PUBLIC_URL,
          ...staffSignInSettingsOf(e),
        },
      }) as const,
  );

/** The whole, typed configuration of the service, as {@link loadConfig} builds it once. */
export type Config = z.output<typeof configSchema>;

/** Thrown by {@link loadConfig}; `problems` has one line per bad variable. */
export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses the environment into a {@link Config}. The only reader of environment variables.
 * @throws ConfigError listing every problem, one line per variable.
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): Config {
  const parsed = configSchema.safeParse(withoutBlanks(env));
  if (parsed.success) return parsed.data;
  throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.map(String).join('.') || 'environment'}: ${issue.message}`));
}

function botConnectorSettingsOf(e: Environment): BotConnectorSettings {
  return {
    appId: e.MicrosoftAppId,
    appPassword: e.MicrosoftAppPassword,
    appType: e.MicrosoftAppType,
    tenantId: e.MicrosoftAppTenantId,
    anonymousServiceOrigins: e.ANONYMOUS_SERVICE_URLS,
    openIdMetadataUrl: e.BOT_OPENID_METADATA_URL,
  };
}

/** The SMS settings when SMS is on; the cross-field rules made sure that all it needs is set. */
function smsSettingsOf(e: Environment): SmsSettings | undefined {
  if (e.TWILIO_ACCOUNT_SID === undefined || e.TWILIO_AUTH_TOKEN === undefined || e.PUBLIC_URL === undefined) return undefined;
  const sender =
    e.TWILIO_MESSAGING_SERVICE_SID !== undefined
      ? { messagingServiceSid: e.TWILIO_MESSAGING_SERVICE_SID }
      : e.TWILIO_FROM_NUMBER !== undefined
        ? { from: e.TWILIO_FROM_NUMBER }
        : undefined;
  if (sender === undefined) return undefined;
  return {
    accountSid: e.TWILIO_ACCOUNT_SID,
    authToken: e.TWILIO_AUTH_TOKEN,
    sender,
    apiBaseUrl: e.TWILIO_API_BASE_URL,
    publicUrl: e.PUBLIC_URL,
    twimlBudgetMs: e.SMS_TWIML_BUDGET_MS,
  };
}

function teamsSendSettingsOf(e: Environment): TeamsSendSettings {
  return {
    rates: {
      conversation: { burst: e.TEAMS_SEND_CONVERSATION_BURST, perSecond: e.TEAMS_SEND_CONVERSATION_PER_MINUTE / 60 },
      tenant: { burst: e.TEAMS_SEND_TENANT_BURST, perSecond: e.TEAMS_SEND_TENANT_PER_SECOND },
    },
    attempts: e.TEAMS_SEND_ATTEMPTS,
    backoffMs: e.TEAMS_SEND_BACKOFF_MS,
    throttlePauseMs: e.TEAMS_SEND_THROTTLE_PAUSE_SECONDS * 1000,
    authPauseMs: e.TEAMS_SEND_AUTH_PAUSE_SECONDS * 1000,
    duplicateWindowMs: e.TEAMS_SEND_DUPLICATE_WINDOW_HOURS * 3_600_000,
    sendTimeoutMs: e.TEAMS_SEND_TIMEOUT_SECONDS * 1000,
    // Teams answers in well under a second; a hung attempt is abandoned and tried again.
    attemptTimeoutMs: 15_000,
  };
}

/** Which Redis the stores use: checked by crossFieldProblems, at most one way is set. */
function redisConnectionOf(e: Environment): (RedisConnection & { readonly keyPrefix: string }) | undefined {
  const keyPrefix = e.REDIS_KEY_PREFIX;
  const auth = { username: e.REDIS_USERNAME, password: e.REDIS_PASSWORD, tls: e.REDIS_TLS === 'true' };
  if (e.REDIS_URL !== undefined) return { url: e.REDIS_URL, keyPrefix };
  if (e.REDIS_CLUSTER_NODES.length > 0) return { clusterNodes: e.REDIS_CLUSTER_NODES, auth, keyPrefix };
  if (e.REDIS_SENTINELS.length > 0 && e.REDIS_SENTINEL_MASTER !== undefined) {
    return { sentinels: e.REDIS_SENTINELS, masterName: e.REDIS_SENTINEL_MASTER, auth, keyPrefix };
  }
  return undefined;
}
