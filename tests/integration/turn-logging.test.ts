import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { say, startTestService, type TestService } from '../support/service-harness';

describe('what a turn logs', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(async () => {
    await service.stop();
  });

  it('logs event names and references, never what the person typed or their ids', async () => {
    const typed = 'My name is Grace Hopper, call me on 07700 900456 or grace@example.test';
    await say(service.baseUrl, 'conversation-of-grace', typed);
    await say(service.baseUrl, 'conversation-of-grace', 'help');
    const log = service.logText();
    expect(log).toContain('turn.completed');
    for (const secret of ['Grace', 'Hopper', '900456', 'grace@example', 'conversation-of-grace', 'user-1']) {
      expect(log).not.toContain(secret);
    }
  });
});
