/**
 * How one report event changes a site's month counters and the person's first/latest values: pure,
 * so the recorder only reads the person's small hash, applies this, and writes both back at once.
 */
import { ons4Band, type Ons4Band } from '../wellbeing/ons4';
import type { Ons4QuestionId } from '../wellbeing/wellbeing-record';
import type { ReportEvent } from './report-event';
import { londonMonthOf, wholeDaysBetween } from './report-months';
import { waitBucket } from './wait-days';

/** What to add to the month's counters, and the person's fields to set (empty when none). */
export interface ReportIncrements {
  readonly month: string;
  readonly counters: Readonly<Record<string, number>>;
  readonly person: Readonly<Record<string, string>>;
}

/** A GBO change of this many points or more (up) is meaningful. */
export const meaningfulGoalChange = 3;

export const ons4Items: readonly Ons4QuestionId[] = ['lifeSatisfaction', 'worthwhile', 'happiness', 'anxiety'];
export const connectionItems = ['closeFriend', 'tookPart'] as const;

/** Bands from worst to best for each question (anxiety reversed: lower is better). */
const bandOrder: readonly Ons4Band[] = ['low', 'medium', 'high', 'very-high'];
const anxietyOrder: readonly Ons4Band[] = ['high', 'medium', 'low', 'very-low'];

/** Whether the band of `latest` is better, the same as or worse than that of `first`. */
export function bandShift(item: Ons4QuestionId, first: number, latest: number): 'better' | 'same' | 'worse' {
  const order = item === 'anxiety' ? anxietyOrder : bandOrder;
  const change = order.indexOf(ons4Band(item, latest)) - order.indexOf(ons4Band(item, first));
  return change > 0 ? 'better' : change < 0 ? 'worse' : 'same';
}

/** A person counted once a month: the field of theirs that holds the month they were last counted, and the counter. */
export interface OncePerMonth {
  readonly month: string;
  readonly field: string;
  readonly counter: string;
}

/** Where `use.active` counts a person: once a month per channel (what the store does in one step on the hot path). */
export function activeOncePerMonth(event: Extract<ReportEvent, { type: 'use.active' }>): OncePerMonth {
  return { month: londonMonthOf(event.at), field: `u:${event.channel}`, counter: `use.active.${event.channel}` };
}

/** The month's counters and person fields for one event. `person` is the person's current fields. */
export function reportIncrements(event: ReportEvent, person: Readonly<Record<string, string>>): ReportIncrements {
  const month = londonMonthOf(event.at);
  const counters: Record<string, number> = {};
  const fields: Record<string, string> = {};
  const add = (name: string, by = 1) => {
    counters[name] = (counters[name] ?? 0) + by;
  };
  /** Counts the person once per month under `counter`, remembering the month in `field`. */
  const oncePerMonth = (field: string, counter: string) => {
    if (person[field] === month || fields[field] === month) return;
    fields[field] = month;
    add(counter);
  };
  switch (event.type) {
    case 'callback.requested':
      add('access.requests');
      if (event.outOfHours) add('access.out_of_hours');
      break;
    case 'callback.first_contact':
      add(`access.wait.${waitBucket(wholeDaysBetween(Date.parse(event.requestedAt), Date.parse(event.at)))}`);
      break;
    case 'practitioner.outcome':
      add(`practitioner.${event.code}`);
      break;
    case 'use.active': {
      const once = activeOncePerMonth(event);
      oncePerMonth(once.field, once.counter);
      break;
    }
    case 'use.check_in':
      add('use.check_ins');
      break;
    case 'use.activity_search':
      add('use.activity_searches');
      break;
    case 'use.reminder':
      add('use.reminders');
      break;
    case 'safety.reply':
      add(`safety.${event.category}.${event.level}`);
      break;
    case 'goal.set':
      if (!event.consented) break;
      add('goals.set');
      oncePerMonth('gm', 'goals.people');
      break;
    case 'goal.achieved':
      if (event.consented) add('goals.achieved');
      break;
    case 'goal.rated': {
      if (!event.consented) break;
      const firstField = `g:${event.goalId}`;
      const first = person[firstField];
      if (first === undefined) {
        fields[firstField] = String(event.score);
        break;
      }
      oncePerMonth('gr', 'goals.rated_people');
      if (event.score - Number(first) >= meaningfulGoalChange) oncePerMonth('gx', 'goals.meaningful_people');
      break;
    }
    case 'ons4.answered':
      if (!event.consented) break;
      for (const item of ons4Items) {
        const score = event.scores[item];
        if (score === undefined) continue;
        const first = person[`o:${item}`];
        if (first === undefined) {
          fields[`o:${item}`] = String(score);
          continue;
        }
        const firstScore = Number(first);
        const prefix = `ons4.${item}`;
        const earlier = person[`o:${item}:l`];
        if (person[`o:${item}:m`] === month && earlier !== undefined) {
          // A second answer this month replaces the first one's part in this month's figures.
          add(`${prefix}.latest_sum`, -Number(earlier));
          add(`${prefix}.${bandShift(item, firstScore, Number(earlier))}`, -1);
        } else {
          add(`${prefix}.people`);
          add(`${prefix}.first_sum`, firstScore);
        }
        add(`${prefix}.latest_sum`, score);
        add(`${prefix}.${bandShift(item, firstScore, score)}`);
        fields[`o:${item}:m`] = month;
        fields[`o:${item}:l`] = String(score);
      }
      break;
    case 'connection.answered':
      if (!event.consented) break;
      for (const item of connectionItems) {
        const answer = event[item];
        if (answer === undefined) continue;
        const first = person[`c:${item}`];
        if (first === undefined) {
          fields[`c:${item}`] = answer;
          continue;
        }
        const prefix = `social.${item}`;
        const earlier = person[`c:${item}:l`];
        if (person[`c:${item}:m`] === month && earlier !== undefined) {
          if (earlier === 'yes') add(`${prefix}.latest_yes`, -1);
        } else {
          add(`${prefix}.people`);
          if (first === 'yes') add(`${prefix}.first_yes`);
        }
        if (answer === 'yes') add(`${prefix}.latest_yes`);
        fields[`c:${item}:m`] = month;
        fields[`c:${item}:l`] = answer;
      }
      break;
  }
  // Counters that net to zero (an answer replaced by the same) are left out.
  for (const [name, by] of Object.entries(counters)) if (by === 0) delete counters[name];
  return { month, counters, person: fields };
}
