import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { randomKeyPrefix, testRedisUrl } from '../support/test-stores';
import { downloadLinkOf, messageActivity, onboard, postActivity, say } from '../support/service-harness';
import { exitOf, startProcess } from '../support/service-process';

// Each test starts one to three service processes; allow for a busy machine (2 cores in CI).
describe('the service as a process', { timeout: 120_000 }, () => {
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  });

  it('carries on a conversation after being killed and restarted (Redis mode)', async () => {
    const env = { REDIS_URL: testRedisUrl(), REDIS_KEY_PREFIX: randomKeyPrefix() };
    const before = await startProcess(env);
    children.push(before.child);
    await onboard(before.baseUrl, 'restart-1');
    before.child.kill('SIGKILL');
    await exitOf(before.child);

    const after = await startProcess(env);
    children.push(after.child);
    // "2" only means Activities if the menu prompt survived the restart.
    const replies = (await say(after.baseUrl, 'restart-1', '2')).join('\n');
    expect(replies).toContain('What kind of activity are you looking for?');
    expect(replies).not.toContain("Hello, I'm the Living Well companion");
  });

  it('loses no acknowledged agreement when one of two instances is killed mid-load (Redis mode)', async () => {
    // A short turn lock, so a lock the killed instance held lapses quickly for the survivor.
    const env = { REDIS_URL: testRedisUrl(), REDIS_KEY_PREFIX: randomKeyPrefix(), TURN_LOCK_TTL_MS: '2000', TURN_LOCK_WAIT_MS: '5000' };
    const [doomed, survivor] = [await startProcess(env), await startProcess(env)];
    children.push(doomed.child, survivor.child);
    const conversations = Array.from({ length: 24 }, (_, i) => `kill-load-${i}`);
    for (const id of conversations) await say(doomed.baseUrl, id, 'hello');
    // Every conversation says yes to saving at once on the doomed instance, which is killed meanwhile.
    const answers = conversations.map((id) =>
      postActivity(doomed.baseUrl, messageActivity({ conversationId: id, text: 'yes' })).then(
        ({ status, replies }) => status === 200 && replies.some((reply) => (reply.text ?? '').includes('Which area')),
        () => false,
      ),
    );
    // Killed as soon as the first agreement is confirmed: others are in flight.
    await Promise.race(answers);
    doomed.child.kill('SIGKILL');
    const outcomes = await Promise.all(answers);
    await exitOf(doomed.child);
    expect(outcomes.filter(Boolean).length).toBeGreaterThan(0);
    // Each agreement the doomed instance confirmed is on record: the survivor takes the area, not the agreement again.
    for (const [index, id] of conversations.entries()) {
      if (outcomes[index] !== true) continue;
      const next = (await say(survivor.baseUrl, id, 'Salford')).join('\n');
      expect(next, id).not.toContain('Are you happy for me to save');
      expect(next, id).toContain('What would you like to do?');
    }
  });

  it('keeps goals and ratings across a restart: 4 before, check in 7 after, progress 4 → 7 and both in the export (Redis mode)', async () => {
    const env = { REDIS_URL: testRedisUrl(), REDIS_KEY_PREFIX: randomKeyPrefix() };
    const before = await startProcess(env);
    children.push(before.child);
    await onboard(before.baseUrl, 'goals-1');
    await say(before.baseUrl, 'goals-1', 'add a goal');
    await say(before.baseUrl, 'goals-1', 'Sleep better');
    expect((await say(before.baseUrl, 'goals-1', '4')).join('\n')).toContain('at 4 out of 10');
    before.child.kill('SIGKILL');
    await exitOf(before.child);

    const after = await startProcess(env);
    children.push(after.child);
    // The wellbeing offer was still waiting when the process died: it is answered after the restart.
    expect((await say(after.baseUrl, 'goals-1', 'Not now')).join('\n')).toContain('No problem');
    await say(after.baseUrl, 'goals-1', 'check in');
    await say(after.baseUrl, 'goals-1', '7');
    const progress = await postActivity(after.baseUrl, messageActivity({ conversationId: 'goals-1', text: 'my progress' }));
    expect(JSON.stringify(progress.replies[0]?.attachments?.[0]?.content)).toMatch(/Sleep better.*4 → 7, up 3/);
    const exported = await postActivity(after.baseUrl, messageActivity({ conversationId: 'goals-1', text: 'export my data' }));
    const download = await fetch(`${after.baseUrl}${downloadLinkOf(exported.replies)}`, { method: 'POST' });
    expect(await download.json()).toMatchObject({
      goals: [{ text: 'Sleep better', ratings: [{ score: 4, at: expect.any(String) }, { score: 7, at: expect.any(String) }] }],
    });
  });

  it('serves one conversation from two worker processes (WORKERS=2) and stops them on SIGTERM', async () => {
    const running = await startProcess({ REDIS_URL: testRedisUrl(), REDIS_KEY_PREFIX: randomKeyPrefix(), WORKERS: '2' });
    children.push(running.child);
    await onboard(running.baseUrl, 'workers-1');
    // Each request opens a new connection, so the workers take turns with the conversation.
    for (const text of ['1', '2', '3']) {
      const response = await fetch(`${running.baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', connection: 'close' },
        body: JSON.stringify(messageActivity({ conversationId: 'workers-1', text })),
      });
      expect(response.status).toBe(200);
    }
    running.child.kill('SIGTERM');
    expect(await exitOf(running.child)).toBe(0);
  });

  it('exits 0 on SIGTERM', async () => {
    const running = await startProcess({});
    children.push(running.child);
    running.child.kill('SIGTERM');
    expect(await exitOf(running.child)).toBe(0);
  });

  it('refuses to start in production without Redis or an app id, naming both', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', PORT: 'eighty' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    children.push(child);
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    expect(await exitOf(child)).not.toBe(0);
    const lines = stderr.split('\n');
    expect(lines.some((line) => line.trim().startsWith('PORT:'))).toBe(true);
    expect(lines.some((line) => line.trim().startsWith('REDIS_URL:'))).toBe(true);
    expect(lines.some((line) => line.trim().startsWith('MicrosoftAppId:'))).toBe(true);
  });
});
