import { matchChoice, normaliseReply } from '../reply-text';
import { activityCategoryIds, activityCategoryLabels, type ActivityCategoryId } from './activity';
import type { WhenFilter } from './activity-query';

/** The first question of the guided search: a category, or the quick "everything this week". */
export type KindChoice = ActivityCategoryId | 'everything-this-week';

/** The kinds offered, in order, with their button labels. */
export const kindChoices: readonly { readonly value: KindChoice; readonly label: string }[] = [
  ...activityCategoryIds.map((id) => ({ value: id, label: activityCategoryLabels[id] })),
  { value: 'everything-this-week', label: 'Everything this week' },
];

const kindSynonyms: Readonly<Record<KindChoice, readonly string[]>> = {
  'peer-support': ['peer support', 'support group', 'peer'],
  'arts-creative': ['arts', 'art', 'creative', 'crafts', 'music'],
  'walking-physical': ['walking', 'walks', 'exercise', 'sport', 'physical'],
  volunteering: ['volunteer', 'volunteering'],
  'learning-courses': ['learning', 'courses', 'course', 'classes'],
  'employment-advice': ['employment', 'jobs', 'work'],
  'housing-money-advice': ['housing', 'money', 'debt', 'benefits'],
  'social-befriending': ['social', 'befriending', 'meet people', 'friends'],
  'everything-this-week': ['everything', 'all', 'anything', 'this week', 'whats on', 'what is on'],
};

/** The kind a reply picks: its number, label, or a common word for it. */
export function matchKind(text: string | undefined): KindChoice | undefined {
  return matchChoice(
    text,
    kindChoices.map((choice) => ({ value: choice.value, names: [choice.label, ...kindSynonyms[choice.value]] })),
  );
}

/** The second question: when. */
export const whenChoices: readonly { readonly value: WhenFilter; readonly label: string; readonly names: readonly string[] }[] = [
  { value: { kind: 'today' }, label: 'Today', names: ['today', 'tonight'] },
  { value: { kind: 'tomorrow' }, label: 'Tomorrow', names: ['tomorrow'] },
  { value: { kind: 'this-week' }, label: 'This week', names: ['this week', 'week'] },
  { value: { kind: 'weekend' }, label: 'At the weekend', names: ['weekend', 'this weekend', 'at the weekend', 'saturday or sunday'] },
  { value: { kind: 'any' }, label: 'Any time', names: ['any time', 'anytime', 'any', 'whenever', 'dont mind', 'next few weeks'] },
];

/** The "when" a reply picks among the choices. */
export function matchWhen(text: string | undefined): WhenFilter | undefined {
  return matchChoice(
    text,
    whenChoices.map((choice) => ({ value: choice.value, names: [choice.label, ...choice.names] })),
  );
}

/** The third question: where. Besides these, a postcode or outward code can be typed. */
export type WhereChoice = 'online' | 'anywhere';

/** Where-choices with their labels; `anywhere` means anywhere in the person's area. */
export function whereChoices(areaName: string | undefined): readonly { readonly value: WhereChoice; readonly label: string }[] {
  return [
    { value: 'online', label: 'Online' },
    { value: 'anywhere', label: areaName === undefined ? 'Anywhere' : `Anywhere in ${areaName}` },
  ];
}

/** The where-choice a reply picks (by number, its label, or a common word), if it is not a postcode. */
export function matchWhere(text: string | undefined, areaName: string | undefined): WhereChoice | undefined {
  const synonyms: Readonly<Record<WhereChoice, readonly string[]>> = {
    online: ['online', 'on line', 'from home', 'internet', 'zoom', 'virtual'],
    anywhere: ['anywhere', 'anywhere in my area', 'dont mind', 'any', 'everywhere', 'near me'],
  };
  return matchChoice(
    text,
    whereChoices(areaName).map((choice) => ({ value: choice.value, names: [choice.label, ...synonyms[choice.value]] })),
  );
}

/** What a reply to a page of results asks for. */
export type ResultsReply = { readonly kind: 'more' } | { readonly kind: 'details'; readonly position: number } | { readonly kind: 'remind'; readonly position: number };

/**
 * Replies to a page of results: MORE, a number (the details of that result), or REMIND with a
 * number ("remind 2", "remind me of 2"). Positions are 1-based across all pages shown so far.
 */
export function parseResultsReply(text: string | undefined): ResultsReply | undefined {
  if (text === undefined) return undefined;
  const reply = normaliseReply(text);
  if (['more', 'next', 'more please', 'show more', 'next page'].includes(reply)) return { kind: 'more' };
  const remind = /^remind(?: me)?(?: of| about)?(?: number| no)? (\d{1,2})$/.exec(reply);
  if (remind?.[1] !== undefined) return { kind: 'remind', position: Number(remind[1]) };
  const details = /^(?:number |no |details (?:of |for )?)?(\d{1,2})$/.exec(reply);
  if (details?.[1] !== undefined) return { kind: 'details', position: Number(details[1]) };
  return undefined;
}
