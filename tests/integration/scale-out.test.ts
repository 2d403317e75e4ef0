import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomKeyPrefix, testRedisUrl } from '../support/test-stores';
import { messageActivity, postActivity, say, startTestService, type TestService } from '../support/service-harness';

describe('two instances sharing one Redis', () => {
  let first: TestService;
  let second: TestService;
  beforeAll(async () => {
    const env = { REDIS_URL: testRedisUrl(), REDIS_KEY_PREFIX: randomKeyPrefix() };
    first = await startTestService(env);
    second = await startTestService(env);
  });
  afterAll(async () => {
    await Promise.all([first.stop(), second.stop()]);
  });

  it('counts exactly 50 turns when 50 messages arrive at once in one conversation', async () => {
    const conversationId = 'scale-out-counter';
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        postActivity((index % 2 === 0 ? first : second).baseUrl, messageActivity({ conversationId, text: `message ${index}` })),
      ),
    );
    expect(results.map((result) => result.status)).toEqual(Array(50).fill(200));
    const key = `conversation:${first.stores.references('state', `emulator/conversations/${conversationId}/`)}`;
    const stored = await first.stores.botStorage.read([key]);
    expect(stored[key]?.turnCount).toBe(50);
  });

  it('lets a conversation move between instances mid-dialog', async () => {
    const conversationId = 'scale-out-dialog';
    expect((await say(first.baseUrl, conversationId, 'hello')).join('\n')).toContain('Are you happy for me to save');
    expect(await say(second.baseUrl, conversationId, 'yes')).toEqual(['Which area do you live in?']);
    expect((await say(first.baseUrl, conversationId, '2')).join('\n')).toContain('Edinburgh Living Well team');
    const answer = await say(second.baseUrl, conversationId, 'Goals');
    expect(answer.join('\n')).toContain("You haven't set any goals yet");
  });

  it('reports ready while Redis answers', async () => {
    const response = await fetch(`${second.baseUrl}/readyz`);
    expect(await response.json()).toEqual({ status: 'ready', store: 'redis' });
  });
});
