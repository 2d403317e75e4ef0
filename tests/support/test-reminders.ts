import { CheckInReminders } from '../../src/services/check-in-reminders';
import type { Clock } from '../../src/domain/clock';
import { InProcessJobs } from '../../src/jobs/in-process-jobs';
import type { Jobs } from '../../src/jobs/jobs';
import type { Stores } from '../../src/store/ports';
import { capturingLogger } from './log-capture';

/**
 * Check-in reminders over the stores, on `jobs` (by default an in-process jobs layer on `clock`
 * that only runs when the test calls `runDue`).
 */
export function testReminders(stores: Stores, clock: Clock, jobs: Jobs = new InProcessJobs({ clock, logger: capturingLogger('silent').logger, pollMs: 3_600_000 })): CheckInReminders {
  return new CheckInReminders({ jobs, storage: stores.botStorage, people: stores.people, wellbeing: stores.wellbeing, references: stores.references, clock, logger: capturingLogger('silent').logger });
}
