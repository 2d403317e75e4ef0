import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { jobType } from '../../src/jobs/jobs';
import { keyedReferences } from '../../src/store/keyed-reference';
import { startTestService, type TestService } from '../support/service-harness';
import { randomKeyPrefix, testRedisUrl, testReferenceSecret } from '../support/test-stores';

const adminToken = `test-super-admin-${'j0bs'.repeat(8)}`;
const person = keyedReferences(testReferenceSecret)('person', 'sms:+447700900123');
/** A type no handler runs in these services, so its jobs stay where they are counted. */
const waitingType = jobType('admin.waiting', z.strictObject({ siteId: z.string() }));

const answerSchema = z.strictObject({
  mode: z.enum(['bullmq', 'in-process']),
  queues: z.array(
    z.strictObject({
      queue: z.string(),
      counts: z.strictObject({ waiting: z.number(), delayed: z.number(), active: z.number(), completed: z.number(), failed: z.number() }),
      oldestWaitingMs: z.number().nullable(),
    }),
  ),
});

async function getJobs(service: TestService, token: string | undefined): Promise<{ status: number; cache: string | null; body: unknown }> {
  const response = await fetch(`${service.baseUrl}/api/admin/jobs`, token === undefined ? {} : { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, cache: response.headers.get('cache-control'), body: await response.json() };
}

describe.each([
  ['in-process', () => ({})],
  ['bullmq', () => ({ REDIS_URL: testRedisUrl(), REDIS_KEY_PREFIX: randomKeyPrefix() })],
] as const)('GET /api/admin/jobs (%s)', (mode, redisEnv) => {
  it('says the jobs mode at start-up and answers the super admin alone with counts by queue and state', async () => {
    const service = await startTestService({ ADMIN_TOKEN: adminToken, REFERENCE_HASH_SECRET: testReferenceSecret, ...redisEnv() });
    try {
      expect(service.jobs.mode).toBe(mode);
      expect(service.logText()).toContain('"event":"startup.jobs"');
      expect(service.logText()).toContain(`"mode":"${mode}"`);

      expect((await getJobs(service, undefined)).status).toBe(401);
      const issued = await fetch(`${service.baseUrl}/api/admin/tokens`, {
        method: 'POST',
        headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ siteId: 'salford' }),
      });
      const { token: siteToken } = z.object({ token: z.string() }).parse(await issued.json());
      const refused = await getJobs(service, siteToken);
      expect(refused.status).toBe(403);
      expect(refused.cache).toBe('no-store');

      const empty = await getJobs(service, adminToken);
      expect(empty.status).toBe(200);
      expect(empty.cache).toBe('no-store');
      // The queues of the job types the service handles are listed from the start, with nothing in them.
      const noJobs = { waiting: 0, delayed: 0, active: 0, completed: 0, failed: 0 };
      const handled = ['activity.reminder', 'callback.claim.timer', 'callback.outcome.timer', 'callback.review.timer', 'checkin.reminder', 'directory.pull', 'push.checkin.waiting'];
      const before = answerSchema.parse(empty.body);
      expect(before.mode).toBe(mode);
      expect([...before.queues].map((queue) => queue.queue).sort()).toEqual(handled);
      expect(before.queues.filter((queue) => JSON.stringify(queue.counts) !== JSON.stringify(noJobs) || queue.oldestWaitingMs !== null)).toEqual([]);

      const now = Date.now();
      await service.jobs.schedule(waitingType, { id: 'admin.due', person, data: { siteId: 'salford' }, timing: { at: now } });
      await service.jobs.schedule(waitingType, { id: 'admin.later', person, data: { siteId: 'salford' }, timing: { at: now + 3_600_000 } });
      const answer = answerSchema.parse((await getJobs(service, adminToken)).body);
      expect(answer.queues.filter((queue) => !handled.includes(queue.queue))).toEqual([
        { queue: 'admin.waiting', counts: { waiting: 1, delayed: 1, active: 0, completed: 0, failed: 0 }, oldestWaitingMs: expect.any(Number) },
      ]);
      expect(answer.queues.find((queue) => queue.queue === 'admin.waiting')?.oldestWaitingMs).toBeGreaterThanOrEqual(0);
    } finally {
      await service.stop();
    }
    expect(service.logText()).toContain('"event":"shutdown.complete"');
  });
});
