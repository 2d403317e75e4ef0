import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { WellbeingChange, WellbeingJournal } from '../../dialogs/dialog-services';
import { AppError } from '../domain/app-error';
import { type Clock, isoNow } from '../domain/clock';
import { emptyWellbeingRecord, type WellbeingRecord } from '../domain/wellbeing/wellbeing-record';
import type { PersonStore, WellbeingStore } from '../store/ports';
import type { CheckInReminders } from './check-in-reminders';
import { personKey } from '../bot/person-key';
import { wellbeingReportEvents } from '../domain/reports/wellbeing-report-events';
import type { ReportRecorder } from './report-recorder';

export interface StoreWellbeingJournalDependencies {
  readonly wellbeing: WellbeingStore;
  /** Read to check consent before anything is saved. */
  readonly people: PersonStore;
  readonly clock: Clock;
  /** Reminders are planned from preferences and check-ins: every saved change plans again. */
  readonly reminders: Pick<CheckInReminders, 'plan'>;
  /** The outcome reports: new goals, ratings and answers are counted at the person's site. */
  readonly reports: Pick<ReportRecorder, 'record'>;
}

/** The wellbeing journal dialogs use, over the wellbeing store. */
export class StoreWellbeingJournal implements WellbeingJournal {
  constructor(private readonly deps: StoreWellbeingJournalDependencies) {}

  async get(context: TurnContext): Promise<WellbeingRecord> {
    return (await this.deps.wellbeing.get(personKey(context.activity))) ?? emptyWellbeingRecord(isoNow(this.deps.clock));
  }

  async update<R>(context: TurnContext, change: (current: WellbeingRecord, at: string) => WellbeingChange<R>): Promise<R> {
    const key = personKey(context.activity);
    // Dialogs only come here after consent; this is the second lock on the door, because health
    // data must never be saved without it (for instance in a turn that raced a withdrawal).
    const person = await this.deps.people.get(key);
    if (person?.consent === undefined) {
      throw new AppError('FORBIDDEN', 'wellbeing data is only saved with consent');
    }
    const at = isoNow(this.deps.clock);
    const current = await this.deps.wellbeing.get(key);
    const decided = change(current ?? emptyWellbeingRecord(at), at);
    // Nothing to save (a refused change, such as a sixth goal): no write, and no empty record created.
    if (decided.record === undefined) return decided.result;
    let outcome = decided;
    let before = current ?? emptyWellbeingRecord(at);
    const saved = await this.deps.wellbeing.update(key, (fresh) => {
      // Run again on what is stored now: another turn may have written since the read above.
      before = fresh ?? emptyWellbeingRecord(at);
      outcome = change(before, at);
      return outcome.record ?? before;
    });
    // Counted at the person's site; someone elsewhere (or with no area) is in no site's report.
    const siteId = person.area;
    if (siteId !== undefined && siteId !== 'elsewhere') {
      for (const event of wellbeingReportEvents(before, saved, key)) await this.deps.reports.record(siteId, event);
    }
    // The same plan keeps the same job: only a changed frequency, time or check-in moves it.
    await this.deps.reminders.plan(context);
    return outcome.result;
  }

  newGoalId(): string {
    return randomUUID();
  }
}
