/**
 * The measures: each one's definition, source, unit and published comparison, and how its cell is
 * worked out from a month's counters (see report-increments.ts for what the counters hold).
 */
import { ons4Questions } from '../wellbeing/ons4';
import { reportChannels } from './report-event';
import type { ReportGroupId, ReportUnit } from './report-view';
import type { RawCell } from './suppression';
import { stillWaitingKnown, stillWaitingPrefix } from './still-waiting';
import { histogramCount, histogramPercentile, histogramShareWithin } from './wait-days';

/** One month's counters (or several months' added together). */
export type MonthCounters = Readonly<Record<string, number>>;

/** One measure: what it is, and its cell from counters. */
export interface MeasureSpec {
  readonly id: string;
  readonly group: ReportGroupId;
  readonly label: string;
  readonly definition: string;
  readonly source: string;
  readonly unit: ReportUnit;
  readonly published: { readonly value: number; readonly text: string } | null;
  /**
   * Whether the cell over the whole range is worked out from the months' counters added up: true
   * for counts of events and for waits (each request is contacted once); false for measures of
   * people counted once per month (the same person may be in several months).
   */
  readonly totalled: boolean;
  cell(counters: MonthCounters): RawCell;
}

export const reportGroups: ReadonlyArray<{ id: ReportGroupId; label: string }> = [
  { id: 'access', label: 'Access' },
  { id: 'goals', label: 'Goals' },
  { id: 'wellbeing', label: 'Wellbeing' },
  { id: 'practitioner', label: 'Practitioner-recorded outcomes' },
  { id: 'use', label: 'Use' },
];

const get = (counters: MonthCounters, name: string) => counters[name] ?? 0;
/** A count of events or people: the cell describes that many. */
const count = (counters: MonthCounters, name: string): RawCell => ({ value: get(counters, name), people: get(counters, name) });
/** A ratio over `denominator` people; no data when there are none. */
const ratio = (numerator: number, denominator: number): RawCell => ({ value: denominator === 0 ? null : numerator / denominator, people: denominator });

/** Counters `<prefix><days>` as a day histogram (days → how many). */
function dayHistogram(counters: MonthCounters, prefix: string): Map<number, number> {
  const histogram = new Map<number, number>();
  for (const [name, n] of Object.entries(counters)) {
    if (name.startsWith(prefix) && n > 0) histogram.set(Number(name.slice(prefix.length)), n);
  }
  return histogram;
}
/** The first-contact waits as a day histogram. */
const waitHistogram = (counters: MonthCounters) => dayHistogram(counters, 'access.wait.');
const waitCount = (counters: MonthCounters) => histogramCount(waitHistogram(counters));
/** The waits of the requests still waiting at the month's moment (see still-waiting.ts). */
const stillWaiting = (counters: MonthCounters) => dayHistogram(counters, stillWaitingPrefix);

const requestsSource = 'Callback requests and their first contact by the team (time of request and of first contact only)';
const goalsSource = 'Goals people set and rate in the companion (0–10 Goal-Based Outcomes), people who consented to saving only';
const wellbeingSource = 'ONS4 answers in the companion (four 0–10 questions), people who consented to saving only';
const connectionSource = 'Social connection questions in the companion, people who consented to saving only';
const tamesideSource = 'Tameside & Glossop Living Well evaluation';
const livingWellSource = 'Living Well programme evaluation';

const fixedMeasures: readonly MeasureSpec[] = [
  {
    id: 'access.requests',
    group: 'access',
    label: 'Callback requests',
    definition: 'Callback requests made in the month (London time).',
    source: requestsSource,
    unit: 'count',
    published: null,
    totalled: true,
    cell: (c) => count(c, 'access.requests'),
  },
  {
    id: 'access.first_contact_median_days',
    group: 'access',
    label: 'Days to first contact (median)',
    definition: 'Median whole days from a callback request to the team first contacting the person, for requests first contacted in the month.',
    source: requestsSource,
    unit: 'days',
    published: { value: 25, text: `First contact within 14–25 days (${livingWellSource})` },
    totalled: true,
    cell: (c) => ({ value: histogramPercentile(waitHistogram(c), 50), people: waitCount(c) }),
  },
  {
    id: 'access.first_contact_p90_days',
    group: 'access',
    label: 'Days to first contact (90th percentile)',
    definition: 'Whole days within which 9 in 10 of the requests first contacted in the month had been contacted.',
    source: requestsSource,
    unit: 'days',
    published: null,
    totalled: true,
    cell: (c) => ({ value: histogramPercentile(waitHistogram(c), 90), people: waitCount(c) }),
  },
  {
    id: 'access.first_contact_within_14_days',
    group: 'access',
    label: 'First contact within 14 days',
    definition: 'Share of the requests first contacted in the month that were contacted within 14 days of the request.',
    source: requestsSource,
    unit: 'share',
    published: null,
    totalled: true,
    cell: (c) => ({ value: histogramShareWithin(waitHistogram(c), 14), people: waitCount(c) }),
  },
  {
    id: 'access.first_contact_within_28_days',
    group: 'access',
    label: 'First contact within 28 days',
    definition: 'Share of the requests first contacted in the month that were contacted within 28 days of the request.',
    source: requestsSource,
    unit: 'share',
    published: null,
    totalled: true,
    cell: (c) => ({ value: histogramShareWithin(waitHistogram(c), 28), people: waitCount(c) }),
  },
  {
    id: 'access.still_waiting',
    group: 'access',
    label: 'Still waiting for first contact',
    definition:
      'Callback requests not yet first contacted, closed or cancelled: as at the end of the month for past months, as at the time of the report for the current month. Requests made before these figures were kept are not in them.',
    source: requestsSource,
    unit: 'count',
    published: null,
    totalled: false,
    cell: (c) => {
      const waiting = histogramCount(stillWaiting(c));
      return get(c, stillWaitingKnown) === 0 ? { value: null, people: 0 } : { value: waiting, people: waiting };
    },
  },
  {
    id: 'access.oldest_wait_days',
    group: 'access',
    label: 'Oldest wait',
    definition: 'Whole days the longest-waiting of those requests had waited, at the same moment (end of the month, or now).',
    source: requestsSource,
    unit: 'days',
    published: null,
    totalled: false,
    cell: (c) => ({ value: histogramPercentile(stillWaiting(c), 100), people: histogramCount(stillWaiting(c)) }),
  },
  {
    id: 'access.out_of_hours_requests',
    group: 'access',
    label: 'Requests out of hours',
    definition: "Callback requests made in the month while the site's team was closed.",
    source: requestsSource,
    unit: 'count',
    published: null,
    totalled: true,
    cell: (c) => count(c, 'access.out_of_hours'),
  },
  {
    id: 'goals.people',
    group: 'goals',
    label: 'People who set a goal',
    definition: 'People who set at least one goal in the month.',
    source: goalsSource,
    unit: 'count',
    published: null,
    totalled: false,
    cell: (c) => count(c, 'goals.people'),
  },
  {
    id: 'goals.per_person',
    group: 'goals',
    label: 'Goals per person',
    definition: 'Goals set in the month divided by the people who set them.',
    source: goalsSource,
    unit: 'count',
    published: { value: 3.25, text: `3–3.5 goals per person (${livingWellSource})` },
    totalled: false,
    cell: (c) => ratio(get(c, 'goals.set'), get(c, 'goals.people')),
  },
  {
    id: 'goals.meaningful_change_share',
    group: 'goals',
    label: 'Meaningful progress on a goal',
    definition:
      'Of the people who rated a goal in the month that they had rated before, the share whose rating was 3 points or more above their first rating of that goal (0–10 Goal-Based Outcomes), on at least one goal.',
    source: goalsSource,
    unit: 'share',
    published: { value: 0.6, text: `About 60% meaningful improvement (${livingWellSource})` },
    totalled: false,
    cell: (c) => ratio(get(c, 'goals.meaningful_people'), get(c, 'goals.rated_people')),
  },
  {
    id: 'goals.achieved',
    group: 'goals',
    label: 'Goals achieved',
    definition: 'Goals people marked as achieved in the month.',
    source: goalsSource,
    unit: 'count',
    published: null,
    totalled: true,
    cell: (c) => count(c, 'goals.achieved'),
  },
];

const ons4Measures: MeasureSpec[] = ons4Questions.flatMap((question): MeasureSpec[] => {
  const prefix = `ons4.${question.id}`;
  const people = (c: MonthCounters) => get(c, `${prefix}.people`);
  const who = 'people who answered it in the month and had answered it before';
  const direction = question.lowerIsBetter ? ' Lower is better.' : '';
  const common = { group: 'wellbeing', source: wellbeingSource, published: null, totalled: false } as const;
  return [
    {
      ...common,
      id: `wellbeing.${question.id}.first_mean`,
      label: `${question.label}: first answer (mean)`,
      definition: `Mean of the first answer to "${question.text}" (0–10), for ${who}.${direction}`,
      unit: 'score',
      cell: (c) => ratio(get(c, `${prefix}.first_sum`), people(c)),
    },
    {
      ...common,
      id: `wellbeing.${question.id}.latest_mean`,
      label: `${question.label}: latest answer (mean)`,
      definition: `Mean of the latest answer in the month to "${question.text}" (0–10), for ${who}.${direction}`,
      unit: 'score',
      cell: (c) => ratio(get(c, `${prefix}.latest_sum`), people(c)),
    },
    {
      ...common,
      id: `wellbeing.${question.id}.better_band_share`,
      label: `${question.label}: moved to a better band`,
      definition: `Share of ${who} whose latest answer is in a better ONS band than their first (${
        question.lowerIsBetter ? 'anxiety: 0–1 very low, 2–3 low, 4–5 medium, 6–10 high; lower is better' : '0–4 low, 5–6 medium, 7–8 high, 9–10 very high'
      }).`,
      unit: 'share',
      cell: (c) => ratio(get(c, `${prefix}.better`), people(c)),
    },
    {
      ...common,
      id: `wellbeing.${question.id}.worse_band_share`,
      label: `${question.label}: moved to a worse band`,
      definition: `Share of ${who} whose latest answer is in a worse ONS band than their first.`,
      unit: 'share',
      cell: (c) => ratio(get(c, `${prefix}.worse`), people(c)),
    },
  ];
});

const connectionMeasure = (item: 'closeFriend' | 'tookPart', id: string, question: string, first: number, latest: number): MeasureSpec[] => {
  const prefix = `social.${item}`;
  const who = 'people who answered it in the month and had answered it before';
  const common = { group: 'wellbeing', source: connectionSource, unit: 'share', totalled: false } as const;
  return [
    {
      ...common,
      id: `wellbeing.${id}.first_share`,
      label: `${question}: yes at first`,
      definition: `Share answering yes to "${question}" the first time, for ${who}.`,
      published: { value: first, text: `${Math.round(first * 100)}% at the start (${tamesideSource})` },
      cell: (c) => ratio(get(c, `${prefix}.first_yes`), get(c, `${prefix}.people`)),
    },
    {
      ...common,
      id: `wellbeing.${id}.latest_share`,
      label: `${question}: yes at latest`,
      definition: `Share answering yes to "${question}" the latest time in the month, for ${who}.`,
      published: { value: latest, text: `${Math.round(latest * 100)}% later (${tamesideSource})` },
      cell: (c) => ratio(get(c, `${prefix}.latest_yes`), get(c, `${prefix}.people`)),
    },
  ];
};

const useMeasures: readonly MeasureSpec[] = [
  ...reportChannels.map(
    (channel): MeasureSpec => ({
      id: `use.active.${channel}`,
      group: 'use',
      label: `People active on ${channel === 'sms' ? 'SMS' : 'web chat'}`,
      definition: `People who wrote to the companion on ${
        channel === 'sms' ? 'SMS' : 'web chat'
      } in the month, each once, at the site they chose (so only people who agreed to saving and chose a Living Well area).`,
      source: 'Turns in the companion (a pseudonym per person and month, no text)',
      unit: 'count',
      published: null,
      totalled: false,
      cell: (c) => count(c, `use.active.${channel}`),
    }),
  ),
  ...(
    [
      ['check_ins', 'Check-ins', 'Check-ins completed in the month.'],
      ['activity_searches', 'Activity searches', 'Searches for local activities people made in the conversation in the month (more results of the same search are not counted again).'],
      ['reminders', 'Reminders sent', 'Check-in reminders and activity reminders sent to people in the month.'],
    ] as const
  ).map(
    ([name, label, definition]): MeasureSpec => ({
      id: `use.${name}`,
      group: 'use',
      label,
      definition,
      source: 'Counts kept as they happen in the companion',
      unit: 'count',
      published: null,
      totalled: true,
      cell: (c) => count(c, `use.${name}`),
    }),
  ),
];

/** How a safety level reads in a label. */
const safetyLevelWords: Readonly<Record<string, string>> = { urgent: 'urgent reply', concern: 'reply', check: '"are you safe?" question' };

/** `safety.<category>.<level>` as a label: "Safety: suicide self harm, urgent reply". */
function safetyLabel(name: string): string {
  const [, category = '', level = ''] = name.split('.');
  return `Safety: ${category.replaceAll('_', ' ').replaceAll('-', ' ')}, ${safetyLevelWords[level] ?? level}`;
}

/** A review code's (`review.…`, see outcome-report-codes.ts) label and what it counts; undefined for other codes. */
function reviewMeasure(code: string): { label: string; definition: string } | undefined {
  const asked = 'Reviews in the month (Teams review prompt)';
  const progressed = /^review\.goals-progressed\.(none|some|all)$/.exec(code)?.[1];
  if (progressed !== undefined) {
    return {
      label: `Review: ${progressed} goals progressed`,
      definition: `${asked} at which the practitioner recorded that ${progressed} of the goals agreed at first contact had progressed.`,
    };
  }
  if (code === 'review.still-supported') return { label: 'Review: still supported', definition: `${asked} after which the team still supports the person (the next review is planned).` };
  if (code === 'review.closed') return { label: 'Review: closed', definition: `${asked} that closed the request: support ended.` };
  return undefined;
}

/** Practitioner outcomes and safety replies: one count per code seen in the range (counts only). */
function codedMeasures(counterNames: ReadonlySet<string>): MeasureSpec[] {
  const coded = [...counterNames].filter((name) => name.startsWith('practitioner.') || name.startsWith('safety.')).sort();
  return coded.map((name): MeasureSpec => {
    const practitioner = name.startsWith('practitioner.');
    const words = name.split('.').slice(1).join(' ').replaceAll('-', ' ').replaceAll('_', ' ');
    const review = practitioner ? reviewMeasure(name.slice('practitioner.'.length)) : undefined;
    return {
      id: practitioner ? name : `use.${name}`,
      group: practitioner ? 'practitioner' : 'use',
      label: practitioner ? (review?.label ?? `Recorded: ${words}`) : safetyLabel(name),
      definition: practitioner
        ? (review?.definition ?? `Times practitioners recorded "${words}" from the Teams prompts in the month.`)
        : `Safety replies and "are you safe?" questions given in the month for this category and level, on every channel (counts only; a reply naming two categories counts under each).`,
      source: practitioner ? 'Outcomes practitioners recorded from the Teams prompts (codes only)' : "The companion's safety replies (category and level only)",
      unit: 'count',
      published: null,
      totalled: true,
      cell: (c) => count(c, name),
    };
  });
}

/** Every measure, in order, for counters that name these counters (the coded ones appear when seen). */
export function measureSpecs(counterNames: ReadonlySet<string>): MeasureSpec[] {
  const coded = codedMeasures(counterNames);
  return [
    ...fixedMeasures,
    ...ons4Measures,
    ...connectionMeasure('closeFriend', 'close_friend', 'Do you have a close friend you can talk to?', 0.66, 0.81),
    ...connectionMeasure('tookPart', 'leisure_or_community', 'In the last month, did you take part in leisure or community activities?', 0.26, 0.48),
    ...coded.filter((spec) => spec.group === 'practitioner'),
    ...useMeasures,
    ...coded.filter((spec) => spec.group === 'use'),
  ];
}
