import { CheckInReminders } from '../../src/services/check-in-reminders';
import type { Clock } from '../../src/domain/clock';
import { InProcessJobs } from '../../src/jobs/in-process-jobs';
import type { Jobs } from '../../src/jobs/jobs';
import { ReportRecorder } from '../../src/services/report-recorder';
import type { Stores } from '../../src/store/ports';
import { capturingLogger } from './log-capture';

/** The outcome reports' recorder over the stores, as the service wires it. */
export function testReportRecorder(stores: Stores): ReportRecorder {
  return new ReportRecorder({ aggregates: stores.reports, references: stores.references, logger: capturingLogger('silent').logger });
}

/**
 * Check-in reminders over the stores, on `jobs` (by default an in-process jobs layer on `clock`
 * that only runs when the test calls `runDue`).
 */
export function testReminders(stores: Stores, clock: Clock, jobs: Jobs = new InProcessJobs({ clock, logger: capturingLogger('silent').logger, pollMs: 3_600_000 })): CheckInReminders {
  return new CheckInReminders({
    jobs,
    storage: stores.botStorage,
    people: stores.people,
    wellbeing: stores.wellbeing,
    references: stores.references,
    reports: testReportRecorder(stores),
    clock,
    logger: capturingLogger('silent').logger,
  });
}
