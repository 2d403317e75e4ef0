import { z } from 'zod';
import { jobType, type Jobs } from '../jobs/jobs';
import { checkinWaitingMessage, type PushNotifier } from './push-notifier';

/**
 * "You have a check-in waiting" to each of the person's browsers. No data: the job's person
 * reference says whom, the message is fixed. The check-in reminder schedules it beside its own
 * message (id e.g. `push.<person ref>.<date>`), or calls {@link PushNotifier.notify} directly.
 */
export const pushCheckinWaiting = jobType('push.checkin.waiting', z.strictObject({}));

/**
 * Registers the push job handlers (before `jobs.start()`). A failed push service makes the job
 * retry with the jobs layer's backoff; browsers that are gone (404, 410) are forgotten at once.
 */
export function handlePushJobs(jobs: Pick<Jobs, 'handle'>, notifier: Pick<PushNotifier, 'notify'>): void {
  jobs.handle(pushCheckinWaiting, async (job) => {
    await notifier.notify(job.person, checkinWaitingMessage);
  });
}
