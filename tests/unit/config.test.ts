import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  return [];
}

/** The least production starts with: Redis, Bot Connector credentials and the secrets. */
const productionEnv = {
  NODE_ENV: 'production',
  REDIS_URL: 'rediss://cache.example.test:6380',
  MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
  MicrosoftAppPassword: 'placeholder',
  WEBCHAT_TOKEN_SECRET: 'a-test-secret-that-is-long-enough-1234',
  REFERENCE_HASH_SECRET: 'a-reference-secret-that-is-long-enough-5678',
};

describe('loadConfig', () => {
  it('defaults to port 3978 and the embedded in-memory mode', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3978);
    expect(config.redis).toBeUndefined();
    expect(config.nodeEnv).toBe('development');
    expect(config.botConnector.appId).toBeUndefined();
  });

  it('keeps Teams sends well under the documented limits by default, and refuses rates that could go over them', () => {
    const { rates } = loadConfig({}).teamsSend;
    expect(rates.conversation).toEqual({ burst: 3, perSecond: 20 / 60 });
    expect(rates.tenant).toEqual({ burst: 10, perSecond: 20 });
    // 7 at once plus a second's refill is more than 7 in a second; 50 a second at the tenant, likewise.
    expect(problemsOf({ TEAMS_SEND_CONVERSATION_BURST: '7' }).map((line) => line.split(':')[0])).toEqual(['TEAMS_SEND_CONVERSATION_PER_MINUTE']);
    expect(problemsOf({ TEAMS_SEND_CONVERSATION_PER_MINUTE: '31' }).join()).toContain('1800 in 3600 s');
    expect(problemsOf({ TEAMS_SEND_TENANT_PER_SECOND: '45' }).map((line) => line.split(':')[0])).toEqual(['TEAMS_SEND_TENANT_PER_SECOND']);
  });

  it('treats blank variables as unset', () => {
    const config = loadConfig({ PORT: '', REDIS_URL: '  ', MicrosoftAppId: '' });
    expect(config.port).toBe(3978);
    expect(config.redis).toBeUndefined();
    expect(config.botConnector.appId).toBeUndefined();
  });

  it('reads Redis settings', () => {
    const config = loadConfig({ REDIS_URL: 'redis://127.0.0.1:6380', REDIS_KEY_PREFIX: 'lambeth:' });
    expect(config.redis).toEqual({ url: 'redis://127.0.0.1:6380', keyPrefix: 'lambeth:' });
  });

  it('reads Redis Cluster nodes and Sentinel settings, each with the same key prefix', () => {
    const cluster = loadConfig({ REDIS_CLUSTER_NODES: '10.0.0.1:6379, redis-2.internal:6380', REDIS_PASSWORD: 'p4ss', REDIS_TLS: 'true' });
    expect(cluster.redis).toEqual({
      clusterNodes: [
        { host: '10.0.0.1', port: 6379 },
        { host: 'redis-2.internal', port: 6380 },
      ],
      auth: { username: undefined, password: 'p4ss', tls: true },
      keyPrefix: 'lwc:',
    });
    const sentinel = loadConfig({ REDIS_SENTINELS: '10.0.0.5:26379,10.0.0.6:26379', REDIS_SENTINEL_MASTER: 'lwc-main', REDIS_KEY_PREFIX: 'luton:' });
    expect(sentinel.redis).toEqual({
      sentinels: [
        { host: '10.0.0.5', port: 26379 },
        { host: '10.0.0.6', port: 26379 },
      ],
      masterName: 'lwc-main',
      auth: { username: undefined, password: undefined, tls: false },
      keyPrefix: 'luton:',
    });
    // Either is Redis enough for production and for several workers.
    expect(problemsOf({ REDIS_CLUSTER_NODES: '10.0.0.1:6379', WORKERS: '4' })).toEqual([]);
  });

  it('takes one way to Redis, Sentinel with its master name, and host:port nodes', () => {
    expect(problemsOf({ REDIS_URL: 'redis://127.0.0.1:6379', REDIS_CLUSTER_NODES: '10.0.0.1:6379' })).toEqual([
      'REDIS_CLUSTER_NODES: set only one of REDIS_URL, REDIS_CLUSTER_NODES and REDIS_SENTINELS',
    ]);
    expect(problemsOf({ REDIS_SENTINELS: '10.0.0.5:26379' })).toEqual([
      'REDIS_SENTINEL_MASTER: REDIS_SENTINELS and REDIS_SENTINEL_MASTER go together (the sentinels, and the name of the master they monitor)',
    ]);
    expect(problemsOf({ REDIS_CLUSTER_NODES: 'redis://10.0.0.1' }).map((line) => line.split(':')[0])).toEqual(['REDIS_CLUSTER_NODES.0']);
    expect(problemsOf({ REDIS_TLS: 'yes', REDIS_URL: 'redis://127.0.0.1:6379' })).toEqual(['REDIS_TLS: must be true or false']);
  });

  it('names every bad variable on a line of its own', () => {
    const problems = problemsOf({ PORT: 'eighty', REDIS_URL: 'http://example.test', LOG_LEVEL: 'loud', PUBLIC_URL: 'nope' });
    expect(problems.map((line) => line.split(':')[0])).toEqual(['PORT', 'PUBLIC_URL', 'REDIS_URL', 'LOG_LEVEL']);
    expect(problems.every((line) => !line.includes('\n'))).toBe(true);
  });

  it('rejects ports out of range', () => {
    expect(problemsOf({ PORT: '70000' })).toEqual(['PORT: must be a whole number from 0 to 65535']);
  });

  it('refuses production without Redis, an app id, a web chat token secret or a reference secret', () => {
    const problems = problemsOf({ NODE_ENV: 'production' });
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/^REDIS_URL: is required when NODE_ENV=production/);
    expect(problems[1]).toMatch(/^MicrosoftAppId: is required when NODE_ENV=production/);
    expect(problems[2]).toMatch(/^WEBCHAT_TOKEN_SECRET: is required when NODE_ENV=production/);
    expect(problems[3]).toMatch(/^REFERENCE_HASH_SECRET: is required when NODE_ENV=production/);
  });

  it('keys references with a fixed development secret outside production, and refuses a short one', () => {
    const secret = 'a-reference-secret-that-is-long-enough-5678';
    expect(loadConfig({}).referenceSecret.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({ REFERENCE_HASH_SECRET: secret }).referenceSecret).toBe(secret);
    expect(problemsOf({ REFERENCE_HASH_SECRET: 'short' })).toEqual(['REFERENCE_HASH_SECRET: must be at least 32 characters (e.g. `openssl rand -base64 48`)']);
  });

  it('keeps conversation state as long as web chat history unless told otherwise', () => {
    expect(loadConfig({}).conversationStateTtlSeconds).toBe(7 * 86_400);
    expect(loadConfig({ WEBCHAT_HISTORY_TTL_DAYS: '3' }).conversationStateTtlSeconds).toBe(3 * 86_400);
    expect(loadConfig({ WEBCHAT_HISTORY_TTL_DAYS: '3', CONVERSATION_STATE_TTL_DAYS: '30' }).conversationStateTtlSeconds).toBe(30 * 86_400);
    expect(problemsOf({ CONVERSATION_STATE_TTL_DAYS: '0' })).toEqual(['CONVERSATION_STATE_TTL_DAYS: must be a whole number from 1 to 365']);
  });

  it('leaves the jobs concurrency to the jobs layer unless told, and takes 1 to 1000', () => {
    expect(loadConfig({}).jobs.concurrency).toBeUndefined();
    expect(loadConfig({ JOBS_CONCURRENCY: '80' }).jobs.concurrency).toBe(80);
    expect(problemsOf({ JOBS_CONCURRENCY: '0' })).toEqual(['JOBS_CONCURRENCY: must be a whole number from 1 to 1000']);
  });

  it('accepts production with Redis and Bot Connector credentials', () => {
    const config = loadConfig(productionEnv);
    expect(config.nodeEnv).toBe('production');
  });

  it('turns web push on with a key pair made at start outside production, and needs the keys in production to turn it on', () => {
    expect(loadConfig({}).webPush).toEqual({ subject: 'mailto:living-well@example.org', keys: undefined });
    expect(loadConfig({ WEB_PUSH: 'off' }).webPush).toBeUndefined();
    const keys = { VAPID_PUBLIC_KEY: `B${'A'.repeat(86)}`, VAPID_PRIVATE_KEY: 'p'.repeat(43) };
    expect(loadConfig({ ...keys, VAPID_SUBJECT: 'https://living-well.example.org' }).webPush).toEqual({
      subject: 'https://living-well.example.org',
      keys: { publicKey: keys.VAPID_PUBLIC_KEY, privateKey: keys.VAPID_PRIVATE_KEY },
    });
    expect(problemsOf({ VAPID_PUBLIC_KEY: keys.VAPID_PUBLIC_KEY })).toEqual(['VAPID_PRIVATE_KEY: VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY go together (one key pair)']);
    expect(problemsOf({ VAPID_SUBJECT: 'someone' })).toEqual(['VAPID_SUBJECT: must be a mailto: address or an https:// URL']);
    const production = productionEnv;
    expect(loadConfig(production).webPush).toBeUndefined();
    expect(problemsOf({ ...production, WEB_PUSH: 'on' })).toEqual([
      'VAPID_PUBLIC_KEY: VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY and VAPID_SUBJECT are required when NODE_ENV=production and WEB_PUSH=on (browsers subscribed with one key pair stop working with another)',
    ]);
    expect(problemsOf({ ...production, ...keys })).toHaveLength(1);
    expect(loadConfig({ ...production, ...keys, VAPID_SUBJECT: 'mailto:team@example.org' }).webPush?.keys?.publicKey).toBe(keys.VAPID_PUBLIC_KEY);
  });

  it('runs one worker by default; more, or "auto", only with Redis', () => {
    expect(loadConfig({}).workers).toBe(1);
    expect(loadConfig({ WORKERS: '4', REDIS_URL: 'redis://127.0.0.1:6379' }).workers).toBe(4);
    expect(loadConfig({ WORKERS: 'auto', REDIS_URL: 'redis://127.0.0.1:6379' }).workers).toBe('auto');
    expect(problemsOf({ WORKERS: '2' })).toEqual([
      'WORKERS: more than one worker needs REDIS_URL (in-memory stores are not shared between processes)',
    ]);
    expect(problemsOf({ WORKERS: '0', REDIS_URL: 'redis://127.0.0.1:6379' })).toEqual(['WORKERS: must be a whole number from 1 to 64']);
  });

  it('needs a password with an app id, and a tenant for single-tenant bots', () => {
    expect(problemsOf({ MicrosoftAppId: 'abc' })).toEqual(['MicrosoftAppPassword: is required when MicrosoftAppId is set']);
    expect(problemsOf({ MicrosoftAppId: 'abc', MicrosoftAppPassword: 'x', MicrosoftAppType: 'SingleTenant' })).toEqual([
      'MicrosoftAppTenantId: is required when MicrosoftAppType=SingleTenant',
    ]);
  });

  it('serves no Teams tenant unless listed, needs a tenant id for Teams in production, and keeps test token keys out of production', () => {
    expect(loadConfig({}).teams).toEqual({ allowedTenants: [] });
    expect(loadConfig({ TEAMS_ALLOWED_TENANTS: '3F2504E0-4F89-41D3-9A0C-0305E82C3301, 7d1c2b3a-0000-4000-8000-00000000beef' }).teams.allowedTenants).toEqual([
      '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
      '7d1c2b3a-0000-4000-8000-00000000beef',
    ]);
    expect(problemsOf({ TEAMS_ALLOWED_TENANTS: 'contoso' })).toEqual(['TEAMS_ALLOWED_TENANTS.0: must be Entra tenant ids (GUIDs) separated by commas']);
    const production = { ...productionEnv, TEAMS_ALLOWED_TENANTS: '3f2504e0-4f89-41d3-9a0c-0305e82c3301' };
    expect(problemsOf(production)).toEqual(['MicrosoftAppTenantId: is required for Teams when NODE_ENV=production (the bot is registered single tenant)']);
    expect(loadConfig({ ...production, MicrosoftAppTenantId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301' }).teams.allowedTenants).toHaveLength(1);
    expect(loadConfig({ BOT_OPENID_METADATA_URL: 'http://127.0.0.1:9000/openid' }).botConnector.openIdMetadataUrl).toBe('http://127.0.0.1:9000/openid');
    expect(problemsOf({ ...production, MicrosoftAppTenantId: 'x', BOT_OPENID_METADATA_URL: 'http://127.0.0.1:9000/openid' })).toEqual([
      'BOT_OPENID_METADATA_URL: must not be set when NODE_ENV=production (it replaces the keys Bot Framework tokens are checked against)',
    ]);
  });

  it('leaves the admin API off without ADMIN_TOKEN, and wants a long one when set', () => {
    expect(loadConfig({}).admin).toEqual({ superToken: undefined, maxImportBytes: 5_242_880 });
    const token = 'an-admin-token-that-is-long-enough-123';
    expect(loadConfig({ ADMIN_TOKEN: token, MAX_IMPORT_BYTES: '1048576' }).admin).toEqual({ superToken: token, maxImportBytes: 1_048_576 });
    expect(problemsOf({ ADMIN_TOKEN: 'short' })).toEqual(['ADMIN_TOKEN: must be at least 32 characters (e.g. `openssl rand -base64 48`)']);
    expect(problemsOf({ MAX_IMPORT_BYTES: '10' })).toEqual(['MAX_IMPORT_BYTES: must be a whole number from 1024 to 104857600']);
  });

  describe('SMS (Twilio)', () => {
    const accountSid = `AC${'ab'.repeat(16)}`;
    const complete = {
      TWILIO_ACCOUNT_SID: accountSid,
      TWILIO_AUTH_TOKEN: 'an-auth-token-0123456789',
      TWILIO_FROM_NUMBER: '+447700900000',
      PUBLIC_URL: 'https://companion.example.test/',
    };

    it('is off with no TWILIO_* variable (the base URL and budget alone do not turn it on)', () => {
      expect(loadConfig({}).sms).toBeUndefined();
      expect(loadConfig({ TWILIO_API_BASE_URL: 'http://127.0.0.1:9', SMS_TWIML_BUDGET_MS: '5000' }).sms).toBeUndefined();
    });

    it('is on with an account, a token, a sender and PUBLIC_URL, with defaults for the API and the budget', () => {
      expect(loadConfig(complete).sms).toEqual({
        accountSid,
        authToken: 'an-auth-token-0123456789',
        sender: { from: '+447700900000' },
        apiBaseUrl: 'https://api.twilio.com',
        publicUrl: 'https://companion.example.test',
        twimlBudgetMs: 10_000,
      });
    });

    it('prefers a Messaging Service to a number, and takes the API base URL and budget', () => {
      const messagingServiceSid = `MG${'cd'.repeat(16)}`;
      const sms = loadConfig({
        ...complete,
        TWILIO_FROM_NUMBER: '',
        TWILIO_MESSAGING_SERVICE_SID: messagingServiceSid,
        TWILIO_API_BASE_URL: 'http://127.0.0.1:8080/',
        SMS_TWIML_BUDGET_MS: '0',
      }).sms;
      expect(sms).toMatchObject({ sender: { messagingServiceSid }, apiBaseUrl: 'http://127.0.0.1:8080', twimlBudgetMs: 0 });
    });

    it('says what is missing when only some are set', () => {
      expect(problemsOf({ TWILIO_AUTH_TOKEN: 'an-auth-token-0123456789' })).toEqual([
        'TWILIO_ACCOUNT_SID: is required for SMS (some TWILIO_* variables are set)',
        'TWILIO_FROM_NUMBER: SMS needs TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID to send from',
        "PUBLIC_URL: is required for SMS (Twilio's signatures cover the exact webhook URL)",
      ]);
      expect(problemsOf({ ...complete, TWILIO_AUTH_TOKEN: '' })).toEqual(['TWILIO_AUTH_TOKEN: is required for SMS (some TWILIO_* variables are set)']);
    });

    it('checks the shapes of the SIDs, the number and the budget', () => {
      expect(problemsOf({ ...complete, TWILIO_ACCOUNT_SID: 'AC123', TWILIO_FROM_NUMBER: '07700 900000', SMS_TWIML_BUDGET_MS: '15000' })).toEqual([
        'TWILIO_ACCOUNT_SID: must be a Twilio Account SID (AC followed by 32 hex digits)',
        'TWILIO_FROM_NUMBER: must be an E.164 number, e.g. +447700900123',
        'SMS_TWIML_BUDGET_MS: must be a whole number from 0 to 14000',
      ]);
    });
  });

  describe('abuse limits', () => {
    it('defaults to trusting no proxy, timeouts in seconds, a connection cap, 3 streams a conversation and loopback-only anonymous replies', () => {
      const config = loadConfig({});
      expect(config.http).toMatchObject({ headersTimeoutSeconds: 10, requestTimeoutSeconds: 60, maxConnections: 2000, trustedProxies: [] });
      expect(config.webChat).toMatchObject({ streamsPerConversation: 3, streamPingSeconds: 30 });
      expect(config.botConnector.anonymousServiceOrigins).toEqual([]);
    });

    it('reads trusted proxies and anonymous service URLs as comma-separated lists', () => {
      const config = loadConfig({ TRUSTED_PROXIES: '10.0.0.0/8, 127.0.0.1,::1, fd00::/8', ANONYMOUS_SERVICE_URLS: 'http://10.1.2.3:9000/path, https://emulator.example.test' });
      expect(config.http.trustedProxies).toEqual(['10.0.0.0/8', '127.0.0.1', '::1', 'fd00::/8']);
      expect(config.botConnector.anonymousServiceOrigins).toEqual(['http://10.1.2.3:9000', 'https://emulator.example.test']);
    });

    it('names a bad proxy entry, a bad URL and a headers timeout longer than the request timeout', () => {
      const problems = problemsOf({
        TRUSTED_PROXIES: '10.0.0.0/33',
        ANONYMOUS_SERVICE_URLS: 'ftp://example.test',
        HTTP_HEADERS_TIMEOUT_SECONDS: '30',
        HTTP_REQUEST_TIMEOUT_SECONDS: '20',
      });
      expect(problems.map((line) => line.split(':')[0])).toEqual(['TRUSTED_PROXIES.0', 'ANONYMOUS_SERVICE_URLS.0', 'HTTP_HEADERS_TIMEOUT_SECONDS']);
      expect(problemsOf({ TRUSTED_PROXIES: 'loadbalancer' })[0]).toMatch(/^TRUSTED_PROXIES.*IP addresses or CIDR blocks/);
    });
  });
});

describe('staff sign-in configuration', () => {
  const tenant = '72f988bf-86f1-41af-91ab-2d7cd011db47';
  const names = (env: Record<string, string>) => problemsOf(env).map((line) => line.split(':')[0]);

  it('is off by default: sessions of 30 minutes idle and 8 hours at most, the cookie Secure', () => {
    const { staff } = loadConfig({});
    expect(staff).toStrictEqual({ sessionTimeouts: { idleMs: 1_800_000, maxMs: 28_800_000 }, cookieSecure: true, publicUrl: undefined, oidc: undefined, sso: undefined });
  });

  it('builds browser sign-in and Teams SSO from the client, its secret, the tenant and the public URL', () => {
    const { staff } = loadConfig({ STAFF_OIDC_CLIENT_ID: 'client-1', STAFF_OIDC_CLIENT_SECRET: 'a-secret-value', MicrosoftAppTenantId: tenant, TEAMS_ALLOWED_TENANTS: tenant, PUBLIC_URL: 'https://staff.example.org/' });
    expect(staff.oidc).toStrictEqual({ issuer: `https://login.microsoftonline.com/${tenant}/v2.0`, clientId: 'client-1', clientSecret: 'a-secret-value', redirectUri: 'https://staff.example.org/staff/auth/callback', allowedTenants: [tenant] });
    expect(staff.sso?.appIdUri).toBe('api://staff.example.org/client-1');
  });

  it('takes where staff reach the app from STAFF_PUBLIC_URL, else PUBLIC_URL (links from Teams cards)', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://companion.example.org/' }).staff.publicUrl).toBe('https://companion.example.org');
    expect(loadConfig({ PUBLIC_URL: 'https://companion.example.org', STAFF_PUBLIC_URL: 'https://staff.example.org' }).staff.publicUrl).toBe('https://staff.example.org');
  });

  it('refuses an incomplete set-up, and plain http or an insecure cookie in production', () => {
    expect(names({ STAFF_OIDC_CLIENT_SECRET: 'a-secret-value' })).toEqual(['STAFF_OIDC_CLIENT_ID']);
    expect(names({ STAFF_OIDC_CLIENT_ID: 'client-1' })).toEqual(['TEAMS_ALLOWED_TENANTS']);
    expect(names({ STAFF_OIDC_CLIENT_ID: 'client-1', STAFF_OIDC_CLIENT_SECRET: 'a-secret-value', TEAMS_ALLOWED_TENANTS: tenant })).toEqual(['STAFF_OIDC_ISSUER', 'STAFF_PUBLIC_URL']);
    expect(names({ ...productionEnv, STAFF_COOKIE_INSECURE: 'true', STAFF_OIDC_ISSUER: 'http://127.0.0.1:9000' })).toEqual(['STAFF_COOKIE_INSECURE', 'STAFF_OIDC_ISSUER']);
  });
});
