import { isIP } from 'node:net';
import { z } from 'zod';
import type { RedisConnection, RedisNode } from './store/redis/redis-connection';

/** Log levels accepted by pino. */
const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const wholeNumber = (min: number, max: number, fallback: number) =>
  z.coerce
    .number({ error: `must be a whole number from ${min} to ${max}` })
    .int({ error: `must be a whole number from ${min} to ${max}` })
    .min(min, { error: `must be a whole number from ${min} to ${max}` })
    .max(max, { error: `must be a whole number from ${min} to ${max}` })
    .default(fallback);

/** A comma-separated list (`a, b`), each entry checked by `item`; unset means none. */
const commaList = <T>(item: z.ZodType<T, string>) =>
  z
    .string()
    .transform((raw) => raw.split(',').map((entry) => entry.trim()).filter((entry) => entry !== ''))
    .pipe(z.array(item))
    .default([]);

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

/** A `host:port` of a Redis Cluster node or a sentinel. */
const redisNode = z
  .string()
  .regex(/^[A-Za-z0-9.-]+:\d{1,5}$/, 'must be host:port entries separated by commas, e.g. 10.0.0.1:6379, 10.0.0.2:6379')
  .transform((entry): RedisNode => {
    const at = entry.lastIndexOf(':');
    return { host: entry.slice(0, at), port: Number(entry.slice(at + 1)) };
  });

/** The origin of an http(s) URL, e.g. `http://10.1.2.3:9000`. */
const httpOrigin = z
  .url({ protocol: /^https?$/, error: 'must be http:// or https:// URLs separated by commas' })
  .transform((url) => new URL(url).origin);
/**
 * The reference secret outside production: fixed, so references in logs stay comparable across
 * restarts on a developer's machine. Public, so it protects nothing: production must set its own.
 */
const developmentReferenceSecret = 'living-well-companion development reference secret';

const environmentSchema = z.object({
  PORT: wholeNumber(0, 65_535, 3978),
  PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
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
  MAX_BODY_BYTES: wholeNumber(1024, 10_485_760, 262_144),
  MAX_IMPORT_BYTES: wholeNumber(1024, 104_857_600, 5_242_880),
  ADMIN_TOKEN: z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -base64 48`)').optional(),
  TRUSTED_PROXIES: commaList(addressOrCidr),
  HTTP_HEADERS_TIMEOUT_SECONDS: wholeNumber(1, 300, 10),
  HTTP_REQUEST_TIMEOUT_SECONDS: wholeNumber(1, 3_600, 60),
  MAX_CONNECTIONS: wholeNumber(1, 1_000_000, 2_000),
  ANONYMOUS_SERVICE_URLS: commaList(httpOrigin),
  TURN_LOCK_TTL_MS: wholeNumber(1000, 600_000, 30_000),
  TURN_LOCK_WAIT_MS: wholeNumber(100, 600_000, 15_000),
  SHUTDOWN_GRACE_MS: wholeNumber(0, 600_000, 10_000),
  WEBCHAT_TOKEN_SECRET: z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -base64 48`)').optional(),
  WEBCHAT_TOKEN_TTL_SECONDS: wholeNumber(60, 86_400, 1_800),
  WEBCHAT_HISTORY_TTL_DAYS: wholeNumber(1, 365, 7),
  // Unset: as long as web chat history (WEBCHAT_HISTORY_TTL_DAYS).
  CONVERSATION_STATE_TTL_DAYS: z.coerce
    .number({ error: 'must be a whole number from 1 to 365' })
    .int({ error: 'must be a whole number from 1 to 365' })
    .min(1, { error: 'must be a whole number from 1 to 365' })
    .max(365, { error: 'must be a whole number from 1 to 365' })
    .optional(),
  REFERENCE_HASH_SECRET: z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -base64 48`)').default(developmentReferenceSecret),
  WEBCHAT_POSTS_PER_MINUTE: wholeNumber(1, 10_000, 40),
  WEBCHAT_TOKENS_PER_MINUTE: wholeNumber(1, 100_000, 60),
  WEBCHAT_STREAMS_PER_CONVERSATION: wholeNumber(1, 100, 3),
  WEBCHAT_STREAM_PING_SECONDS: wholeNumber(1, 3_600, 30),
  DIRECT_LINE_SECRET: z.string().min(20, 'must be the Direct Line channel secret from the Azure Bot resource').optional(),
  DIRECT_LINE_BASE_URL: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).default('https://directline.botframework.com'),
  TWILIO_ACCOUNT_SID: z.string().regex(/^AC[0-9a-fA-F]{32}$/, 'must be a Twilio Account SID (AC followed by 32 hex digits)').optional(),
  TWILIO_AUTH_TOKEN: z.string().min(16, "must be the account's Auth Token from the Twilio console").optional(),
  TWILIO_FROM_NUMBER: z.string().regex(/^\+[1-9]\d{6,14}$/, 'must be an E.164 number, e.g. +447700900123').optional(),
  TWILIO_MESSAGING_SERVICE_SID: z.string().regex(/^MG[0-9a-fA-F]{32}$/, 'must be a Messaging Service SID (MG followed by 32 hex digits)').optional(),
  TWILIO_API_BASE_URL: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).default('https://api.twilio.com'),
  // Twilio waits 15 s for an answer; the budget leaves room for the network.
  SMS_TWIML_BUDGET_MS: wholeNumber(0, 14_000, 10_000),
  WORKERS: z.union([z.literal('auto'), wholeNumber(1, 64, 1)], { error: 'must be "auto" or a whole number from 1 to 64' }).default(1),
});

/** Rules between variables; checked on the raw values so every problem is reported at once. */
function crossFieldProblems(env: Readonly<Record<string, string | undefined>>): string[] {
  const problems: string[] = [];
  const production = env['NODE_ENV'] === 'production';
  const appType = env['MicrosoftAppType'] ?? 'MultiTenant';
  const redisWays = (['REDIS_URL', 'REDIS_CLUSTER_NODES', 'REDIS_SENTINELS'] as const).filter((name) => env[name] !== undefined);
  if (production && redisWays.length === 0) {
    problems.push('REDIS_URL: is required when NODE_ENV=production (the in-memory store loses data and is not shared), or REDIS_CLUSTER_NODES or REDIS_SENTINELS');
  }
  if (redisWays.length > 1) problems.push(`${redisWays[1]}: set only one of REDIS_URL, REDIS_CLUSTER_NODES and REDIS_SENTINELS`);
  if ((env['REDIS_SENTINELS'] === undefined) !== (env['REDIS_SENTINEL_MASTER'] === undefined)) {
    problems.push('REDIS_SENTINEL_MASTER: REDIS_SENTINELS and REDIS_SENTINEL_MASTER go together (the sentinels, and the name of the master they monitor)');
  }
  if (production && env['MicrosoftAppId'] === undefined) {
    problems.push('MicrosoftAppId: is required when NODE_ENV=production (without it Bot Connector traffic is not authenticated)');
  }
  if (production && env['WEBCHAT_TOKEN_SECRET'] === undefined) {
    problems.push('WEBCHAT_TOKEN_SECRET: is required when NODE_ENV=production (every instance must sign web chat tokens with the same secret)');
  }
  if (production && env['REFERENCE_HASH_SECRET'] === undefined) {
    problems.push('REFERENCE_HASH_SECRET: is required when NODE_ENV=production (references to people in logs and keys are keyed with it)');
  }
  if (env['MicrosoftAppId'] !== undefined && appType !== 'UserAssignedMSI' && env['MicrosoftAppPassword'] === undefined) {
    problems.push('MicrosoftAppPassword: is required when MicrosoftAppId is set');
  }
  if (env['WORKERS'] !== undefined && env['WORKERS'] !== '1' && redisWays.length === 0) {
    problems.push('WORKERS: more than one worker needs REDIS_URL (in-memory stores are not shared between processes)');
  }
  if (Number(env['HTTP_HEADERS_TIMEOUT_SECONDS'] ?? 10) > Number(env['HTTP_REQUEST_TIMEOUT_SECONDS'] ?? 60)) {
    problems.push('HTTP_HEADERS_TIMEOUT_SECONDS: must not be more than HTTP_REQUEST_TIMEOUT_SECONDS (the headers are part of the request)');
  }
  if (appType === 'SingleTenant' && env['MicrosoftAppTenantId'] === undefined) {
    problems.push('MicrosoftAppTenantId: is required when MicrosoftAppType=SingleTenant');
  }
  problems.push(...smsProblems(env));
  return problems;
}

/** The variables that turn the SMS channel on: none set, SMS is off; some set, all are needed. */
const smsSwitches = ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_FROM_NUMBER', 'TWILIO_MESSAGING_SERVICE_SID'] as const;

function smsProblems(env: Readonly<Record<string, string | undefined>>): string[] {
  if (smsSwitches.every((name) => env[name] === undefined)) return [];
  const problems: string[] = [];
  for (const name of ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN'] as const) {
    if (env[name] === undefined) problems.push(`${name}: is required for SMS (some TWILIO_* variables are set)`);
  }
  if (env['TWILIO_FROM_NUMBER'] === undefined && env['TWILIO_MESSAGING_SERVICE_SID'] === undefined) {
    problems.push('TWILIO_FROM_NUMBER: SMS needs TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID to send from');
  }
  if (env['PUBLIC_URL'] === undefined) {
    problems.push("PUBLIC_URL: is required for SMS (Twilio's signatures cover the exact webhook URL)");
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

/** Bot Connector credentials; `appId` undefined means anonymous (local and Emulator use only). */
export interface BotConnectorConfig {
  readonly appId: string | undefined;
  readonly appPassword: string | undefined;
  readonly appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  readonly tenantId: string | undefined;
  /**
   * Anonymous mode only: origins besides loopback (localhost, 127.0.0.0/8, ::1) the bot may send
   * replies to. Activities naming any other `serviceUrl` are refused, so an unauthenticated caller
   * cannot make the service send requests to a host of their choosing.
   */
  readonly anonymousServiceOrigins: readonly string[];
}

/** The SMS channel over Twilio; absent from {@link Config} when no TWILIO_* variable is set. */
export interface SmsConfig {
  readonly accountSid: string;
  readonly authToken: string;
  /** Who messages come from: a Messaging Service when configured, otherwise the number. */
  readonly sender: { readonly messagingServiceSid: string } | { readonly from: string };
  /** Twilio's REST API, e.g. `https://api.twilio.com` (tests point it at a fake). */
  readonly apiBaseUrl: string;
  /** `https://host` without a trailing slash: webhooks are `<publicUrl>/api/sms` and `/api/sms/status`. */
  readonly publicUrl: string;
  /** How long an inbound message's turn may take before the replies go by REST instead of TwiML (0: always by REST). */
  readonly twimlBudgetMs: number;
}

/** The whole, typed configuration of the service. Built once by {@link loadConfig}. */
export interface Config {
  readonly port: number;
  readonly publicUrl: string | undefined;
  readonly nodeEnv: 'development' | 'test' | 'production';
  readonly logLevel: (typeof logLevels)[number];
  /** Undefined: embedded mode (in-memory stores). */
  readonly redis: (RedisConnection & { readonly keyPrefix: string }) | undefined;
  readonly keyPrefix: string;
  readonly botConnector: BotConnectorConfig;
  readonly http: {
    readonly maxBodyBytes: number;
    readonly shutdownGraceMs: number;
    /** Time a client has to send a request's headers, and the whole request. */
    readonly headersTimeoutSeconds: number;
    readonly requestTimeoutSeconds: number;
    /** Open connections (web chat streams included) beyond which new ones are refused. */
    readonly maxConnections: number;
    /** Proxies whose X-Forwarded-For is believed (addresses and CIDR blocks); empty: none. */
    readonly trustedProxies: readonly string[];
  };
  readonly admin: {
    /** The super-admin token (ADMIN_TOKEN); undefined: the admin API answers 401 to everything. */
    readonly superToken: string | undefined;
    /** Body limit of the listings import route (other routes keep `http.maxBodyBytes`). */
    readonly maxImportBytes: number;
  };
  readonly turnLock: { readonly ttlMs: number; readonly waitMs: number };
  /** Keys the references to people in logs and store keys (REFERENCE_HASH_SECRET). */
  readonly referenceSecret: string;
  /** How long a conversation's state is kept after its last turn, for people who agreed to saving. */
  readonly conversationStateTtlSeconds: number;
  readonly webChat: {
    /** Unset outside production: the composition root makes a random one (tokens then last one run). */
    readonly tokenSecret: string | undefined;
    readonly tokenTtlSeconds: number;
    readonly historyTtlSeconds: number;
    readonly postsPerMinute: number;
    /** New web chat tokens (each a conversation) per client address per minute. */
    readonly tokensPerMinute: number;
    /** Open WebSocket streams one conversation may have on one instance. */
    readonly streamsPerConversation: number;
    /** How often streams are pinged; one that has not answered the previous ping is closed. */
    readonly streamPingSeconds: number;
    /** Set when the page should use Azure Direct Line (DIRECT_LINE_SECRET) instead of the local channel. */
    readonly azure: { readonly secret: string; readonly baseUrl: string } | undefined;
  };
  /** Service processes to run on this host; `auto` means one per CPU core. */
  readonly workers: number | 'auto';
  /** Undefined: SMS is off and `/api/sms` answers 404. */
  readonly sms: SmsConfig | undefined;
}

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
  const cleaned = withoutBlanks(env);
  const parsed = environmentSchema.safeParse(cleaned);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.map(String).join('.') || 'environment'}: ${issue.message}`);
  problems.push(...crossFieldProblems(cleaned));
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  return {
    port: e.PORT,
    publicUrl: e.PUBLIC_URL,
    nodeEnv: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    redis: redisConnectionOf(e),
    keyPrefix: e.REDIS_KEY_PREFIX,
    botConnector: {
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      appType: e.MicrosoftAppType,
      tenantId: e.MicrosoftAppTenantId,
      anonymousServiceOrigins: e.ANONYMOUS_SERVICE_URLS,
    },
    http: {
      maxBodyBytes: e.MAX_BODY_BYTES,
      shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
      headersTimeoutSeconds: e.HTTP_HEADERS_TIMEOUT_SECONDS,
      requestTimeoutSeconds: e.HTTP_REQUEST_TIMEOUT_SECONDS,
      maxConnections: e.MAX_CONNECTIONS,
      trustedProxies: e.TRUSTED_PROXIES,
    },
    admin: { superToken: e.ADMIN_TOKEN, maxImportBytes: e.MAX_IMPORT_BYTES },
    turnLock: { ttlMs: e.TURN_LOCK_TTL_MS, waitMs: e.TURN_LOCK_WAIT_MS },
    referenceSecret: e.REFERENCE_HASH_SECRET,
    conversationStateTtlSeconds: (e.CONVERSATION_STATE_TTL_DAYS ?? e.WEBCHAT_HISTORY_TTL_DAYS) * 86_400,
    webChat: {
      tokenSecret: e.WEBCHAT_TOKEN_SECRET,
      tokenTtlSeconds: e.WEBCHAT_TOKEN_TTL_SECONDS,
      historyTtlSeconds: e.WEBCHAT_HISTORY_TTL_DAYS * 86_400,
      postsPerMinute: e.WEBCHAT_POSTS_PER_MINUTE,
      tokensPerMinute: e.WEBCHAT_TOKENS_PER_MINUTE,
      streamsPerConversation: e.WEBCHAT_STREAMS_PER_CONVERSATION,
      streamPingSeconds: e.WEBCHAT_STREAM_PING_SECONDS,
      azure: e.DIRECT_LINE_SECRET === undefined ? undefined : { secret: e.DIRECT_LINE_SECRET, baseUrl: e.DIRECT_LINE_BASE_URL },
    },
    workers: e.WORKERS,
    sms: smsConfigOf(e),
  };
}

function smsConfigOf(e: z.infer<typeof environmentSchema>): SmsConfig | undefined {
  // Checked by smsProblems: when any is set, the account, token, a sender and PUBLIC_URL all are.
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
    apiBaseUrl: e.TWILIO_API_BASE_URL.replace(/\/+$/, ''),
    publicUrl: e.PUBLIC_URL.replace(/\/+$/, ''),
    twimlBudgetMs: e.SMS_TWIML_BUDGET_MS,
  };
}

/** Which Redis the stores use: checked by crossFieldProblems, at most one way is set. */
function redisConnectionOf(e: z.infer<typeof environmentSchema>): (RedisConnection & { readonly keyPrefix: string }) | undefined {
  const keyPrefix = e.REDIS_KEY_PREFIX;
  const auth = { username: e.REDIS_USERNAME, password: e.REDIS_PASSWORD, tls: e.REDIS_TLS === 'true' };
  if (e.REDIS_URL !== undefined) return { url: e.REDIS_URL, keyPrefix };
  if (e.REDIS_CLUSTER_NODES.length > 0) return { clusterNodes: e.REDIS_CLUSTER_NODES, auth, keyPrefix };
  if (e.REDIS_SENTINELS.length > 0 && e.REDIS_SENTINEL_MASTER !== undefined) {
    return { sentinels: e.REDIS_SENTINELS, masterName: e.REDIS_SENTINEL_MASTER, auth, keyPrefix };
  }
  return undefined;
}
