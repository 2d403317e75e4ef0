import type { RedisClient } from '../../src/store/redis/redis-commands';
import { afterEach, describe, expect, it } from 'vitest';
import { createRedisClient } from '../../src/store/redis/redis-connection';
import { randomKeyPrefix, testRedisUrl } from '../support/test-stores';
import { messageActivity, onboard, postActivity, say, startTestService, type TestService } from '../support/service-harness';

async function waitUntil(condition: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 500; attempt += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error('condition never became true');
}

describe('turn pipeline', () => {
  const running: TestService[] = [];
  const clients: RedisClient[] = [];
  /** A Redis client standing in for another instance of the service. */
  const otherInstance = async (prefix: string) => {
    const client = createRedisClient({ url: testRedisUrl() }, prefix);
    await client.connect();
    clients.push(client);
    return client;
  };
  const start = async (env: Record<string, string> = {}) => {
    const service = await startTestService(env);
    running.push(service);
    return service;
  };
  afterEach(async () => {
    await Promise.all(running.splice(0).map((service) => service.stop()));
    await Promise.all(clients.splice(0).map((client) => client.quit()));
  });

  it('asks "are you safe?" over the Bot Connector (Emulator) and a no carries on with the waiting question', async () => {
    const service = await start({ REDIS_URL: testRedisUrl(), REDIS_KEY_PREFIX: randomKeyPrefix() });
    await onboard(service.baseUrl, 'check-bc');
    const question = await postActivity(service.baseUrl, messageActivity({ conversationId: 'check-bc', text: 'everything feels pointless' }));
    expect(question.replies).toHaveLength(1);
    expect(question.replies[0]?.channelData?.safety).toEqual({ level: 'check', categories: ['suicide_self_harm'] });
    expect(question.replies[0]?.suggestedActions?.actions.map((action) => action.title)).toEqual(['Yes', 'No']);
    const answer = await say(service.baseUrl, 'check-bc', 'nope');
    expect(answer).toEqual([expect.stringContaining('Thank you for telling me'), "When you're ready, we can carry on where we left off.", 'What would you like to do?']);
  });

  it('recovers a conversation whose saved dialog no longer exists, kindly and with urgent help', async () => {
    const service = await start();
    // botbuilder's key for the conversation, as the state is stored: under its keyed reference.
    const key = `conversation:${service.stores.references('state', 'emulator/conversations/broken-1/')}`;
    // As if a deploy removed a dialog the conversation was waiting in.
    await service.stores.botStorage.write({
      [key]: { dialogState: { dialogStack: [{ id: 'dialog-removed-in-v2', state: {} }] }, eTag: '*' },
    });
    const failure = (await say(service.baseUrl, 'broken-1', 'hello')).join('\n');
    expect(failure).toContain('Sorry, something went wrong on our side');
    expect(failure).toContain('116 123');
    expect(failure).not.toMatch(/dialog-removed|Error|stack/i);
    const log = service.logText();
    expect(log).toContain('turn.dialog_failed');
    expect(log).toContain('dialog-removed-in-v2');
    // What went wrong is logged, not botbuilder's wrapper.
    expect(log).toContain('"code":"DIALOG_NOT_FOUND"');
    expect(log).not.toContain('DIALOGCONTEXTERROR');

    const next = (await say(service.baseUrl, 'broken-1', 'hello')).join('\n');
    expect(next).toContain('Are you happy for me to save');
  });

  it('carries on a conversation saved inside the old root component, and saves it flat', async () => {
    const service = await start();
    await onboard(service.baseUrl, 'legacy-1');
    const key = `conversation:${service.stores.references('state', 'emulator/conversations/legacy-1/')}`;
    // As earlier releases (botbuilder-dialogs, before 2026-12-07 evening) saved a person waiting at the main menu.
    const legacy = { dialogStack: [{ id: 'root', state: { dialogs: { dialogStack: [{ id: 'main-menu', state: {} }] } } }] };
    await service.stores.botStorage.write({ [key]: { dialogState: legacy, eTag: '*' } });

    const reply = (await say(service.baseUrl, 'legacy-1', 'hmm')).join('\n');
    expect(reply).toContain("I'm not sure I understood");
    expect(reply).not.toContain('Hello again');
    expect(service.logText()).not.toContain('turn.dialog_failed');
    const saved = (await service.stores.botStorage.read([key]))[key];
    expect(saved?.dialogState).toEqual({ dialogStack: [{ id: 'main-menu', state: {} }] });
  });

  it('finishes a turn in flight during a graceful stop, and accepts no new connections', async () => {
    const prefix = randomKeyPrefix();
    const service = await start({ REDIS_URL: testRedisUrl(), REDIS_KEY_PREFIX: prefix });
    await onboard(service.baseUrl, 'graceful-1');
    // Another instance holds the conversation, so this turn waits in flight.
    const lockKey = `{turns}:lock:${service.stores.references('conversation', 'emulator/graceful-1')}`;
    const other = await otherInstance(prefix);
    await other.set(lockKey, 'held-elsewhere', 'PX', 10_000);
    const inFlight = postActivity(service.baseUrl, messageActivity({ conversationId: 'graceful-1', text: 'Goals' }));
    await waitUntil(async () => service.http.inFlightRequests() > 0);

    const stopped = service.stop();
    await expect(fetch(`${service.baseUrl}/healthz`)).rejects.toThrow();
    await other.del(lockKey);

    const { status, replies } = await inFlight;
    expect(status).toBe(200);
    expect(replies.map((reply) => reply.text).join('\n')).toContain("You haven't set any goals yet");
    await stopped;
    const storeClosed = service.stores.health.ping();
    await expect(storeClosed).rejects.toThrow();
  });

  it('tells the person kindly, with urgent help, when their conversation stays busy', async () => {
    const prefix = randomKeyPrefix();
    const service = await start({ REDIS_URL: testRedisUrl(), REDIS_KEY_PREFIX: prefix, TURN_LOCK_WAIT_MS: '300' });
    const other = await otherInstance(prefix);
    await other.set(`{turns}:lock:${service.stores.references('conversation', 'emulator/busy-1')}`, 'held-elsewhere', 'PX', 10_000);
    const { status, replies } = await postActivity(service.baseUrl, messageActivity({ conversationId: 'busy-1', text: 'hi' }));
    expect(status).toBe(200);
    expect(replies.map((reply) => reply.text).join('\n')).toContain('116 123');
    expect(service.logText()).toContain('TURN_BUSY');
  });
});
