import { normaliseReply } from '../reply-text';
import { accessibilityIds, activityCategoryIds, type AccessibilityId, type ActivityCategoryId } from './activity';
import { phrasePattern, timePhrases, type ActivityQuery, type PartOfDay, type WhenFilter } from './activity-query';
import { findPostcodeMention } from './outcode-location';

/** What a one-shot request ("walking group near M6 on Tuesday") asks for. */
export interface ActivityRequest {
  /** The filters found (no site: that is the person's area; no point: that needs the centroid table). */
  readonly query: Omit<ActivityQuery, 'siteId' | 'near'>;
  /** The postcode or outward code mentioned, normalised (`M6`, `SE11 5AB`): locate it for `near`. */
  readonly place?: string;
  /** True when it asked for online activities (`query.onlineOnly` is set as well). */
  readonly online?: boolean;
  /**
   * True when it found at least a category, a time, a place, "free", "online" or an
   * accessibility need; otherwise the cleaned words are in `query.text` for a text search.
   */
  readonly understood: boolean;
}

/**
 * Words for each category, as people write them (normalised: lower case, no punctuation). Plurals
 * with `s`/`es` match too. Longer phrases win over shorter ones wherever they overlap, across all
 * tables: "coffee morning" is social, not a time; "volunteer work" is volunteering, not employment;
 * "work out" is exercise. "class", "course", "lesson" and "workshop" count as learning only when no
 * other category is named: "art class" is arts, not learning.
 */
export const categorySynonyms: Readonly<Record<ActivityCategoryId, readonly string[]>> = {
  'peer-support': [
    'peer support',
    'peer',
    'support group',
    'mutual support',
    'lived experience',
    'people like me',
    'hearing voices',
    'recovery group',
    'mental health group',
    'talking group',
    'share experiences',
  ],
  'arts-creative': [
    'art',
    'art class',
    'art group',
    'arty',
    'craft',
    'crafting',
    'creative',
    'creative writing',
    'writing group',
    'painting',
    'drawing',
    'pottery',
    'ceramics',
    'knitting',
    'sewing',
    'crochet',
    'music',
    'singing',
    'choir',
    'drama',
    'theatre',
    'poetry',
    'photography',
    'film club',
  ],
  'walking-physical': [
    'walk',
    'walking',
    'walking group',
    'ramble',
    'rambling',
    'hike',
    'hiking',
    'exercise',
    'exercise class',
    'fitness',
    'keep fit',
    'gym',
    'green gym',
    'work out',
    'workout',
    'yoga',
    'pilates',
    'tai chi',
    'swim',
    'swimming',
    'football',
    'running',
    'jogging',
    'park run',
    'parkrun',
    'cycling',
    'bike ride',
    'sport',
    'physical activity',
    'physical',
    'dance',
    'dancing',
    'active',
  ],
  volunteering: ['volunteer', 'volunteering', 'volunteer work', 'give back', 'giving back', 'help out', 'helping out', 'community garden', 'gardening'],
  'learning-courses': [
    'course',
    'class',
    'learn',
    'learning',
    'lesson',
    'workshop',
    'training',
    'study',
    'studying',
    'college',
    'adult education',
    'recovery college',
    'skill',
    'digital skills',
    'computer class',
    'english class',
    'esol',
    'cooking',
    'qualification',
  ],
  'employment-advice': [
    'job',
    'cv',
    'work',
    'employment',
    'career',
    'interview',
    'job search',
    'job hunting',
    'back to work',
    'unemployed',
    'apprenticeship',
    'job centre',
    'jobcentre',
  ],
  'housing-money-advice': [
    'debt',
    'money',
    'money advice',
    'benefit',
    'universal credit',
    'pip',
    'housing',
    'rent',
    'arrears',
    'bill',
    'energy bill',
    'budgeting',
    'budget',
    'eviction',
    'evicted',
    'homeless',
    'landlord',
    'council tax',
    'food bank',
    'foodbank',
  ],
  'social-befriending': [
    'coffee morning',
    'coffee',
    'cuppa',
    'tea and chat',
    'meet people',
    'meeting people',
    'meet new people',
    'make friends',
    'making friends',
    'new friends',
    'friend',
    'friendship',
    'lonely',
    'loneliness',
    'isolated',
    'isolation',
    'befriending',
    'befriender',
    'social',
    'social group',
    'lunch club',
    'community cafe',
    'chat',
    'company',
    'natter',
  ],
};

/**
 * Learning words that say how rather than what: "pottery class" and "yoga course" are arts and
 * exercise. They mean learning only when no other category is named ("a course", "any classes").
 */
const howNotWhat: ReadonlySet<string> = new Set(['class', 'course', 'lesson', 'workshop']);

/** Words for each accessibility need. */
export const accessibilitySynonyms: Readonly<Record<AccessibilityId, readonly string[]>> = {
  'wheelchair-accessible': ['wheelchair', 'wheelchair accessible', 'wheelchair access', 'wheelchair user', 'disabled access'],
  'step-free': ['step free', 'step free access', 'no stairs', 'no steps', 'level access'],
  'accessible-toilet': ['accessible toilet', 'disabled toilet', 'accessible loo', 'disabled loo'],
  'hearing-loop': ['hearing loop', 'induction loop', 'loop system'],
  'quiet-space': ['quiet space', 'quiet room', 'quiet area'],
  bsl: ['bsl', 'sign language', 'british sign language', 'signer'],
  'large-print': ['large print', 'big print'],
};

const freePhrases = ['free', 'no cost', 'free of charge', 'costs nothing', 'cost nothing', 'no charge', 'without paying', 'dont have to pay', 'no money'];
const onlinePhrases = ['online', 'on line', 'virtual', 'virtually', 'zoom', 'video call', 'from home', 'remote', 'remotely'];
/** "free" that is not about cost ("I'm free on Tuesday"): matched to be ignored. */
const notAboutCost = ['im free', 'i am free', 'free time', 'free on', 'free at', 'free in', 'free this', 'free today', 'free tomorrow', 'free tonight', 'when free', 'stress free'];

/** Filler dropped from an unmatched request before it is searched as text. */
const fillerWords = new Set(
  (
    'a an the and or i im me my we us you is are am be can could would like want wanting need looking look find finding for to of in on at near ' +
    'around some any anything something things thing stuff whats what where when is there please show tell give know about with do doing go going get ' +
    'activity activities group groups session sessions event events local nearby happening'
  ).split(' '),
);

type Effect =
  | { readonly kind: 'category'; readonly category: ActivityCategoryId }
  | { readonly kind: 'accessibility'; readonly need: AccessibilityId }
  | { readonly kind: 'time'; readonly when?: WhenFilter; readonly partOfDay?: PartOfDay }
  | { readonly kind: 'free' }
  | { readonly kind: 'online' }
  | { readonly kind: 'ignore' };

interface Phrase {
  readonly phrase: string;
  /** Global, for replacing every use; `search` and `replace` ignore and reset its `lastIndex`. */
  readonly pattern: RegExp;
  readonly effect: Effect;
}

function phrase(text: string, effect: Effect, exact = false): Phrase {
  return { phrase: text, pattern: new RegExp(phrasePattern(text, exact).source, 'g'), effect };
}

/** Every phrase understood, longest first, so the longer reading of overlapping words wins. */
const phrases: readonly Phrase[] = [
  ...activityCategoryIds.flatMap((category) => categorySynonyms[category].map((word) => phrase(word, { kind: 'category', category }))),
  ...accessibilityIds.flatMap((need) => accessibilitySynonyms[need].map((word) => phrase(word, { kind: 'accessibility', need }))),
  ...timePhrases.map((entry) => {
    const effect: Effect = { kind: 'time', ...(entry.when === undefined ? {} : { when: entry.when }), ...(entry.partOfDay === undefined ? {} : { partOfDay: entry.partOfDay }) };
    return phrase(entry.phrase, effect, entry.exact);
  }),
  ...freePhrases.map((word) => phrase(word, { kind: 'free' }, true)),
  ...onlinePhrases.map((word) => phrase(word, { kind: 'online' }, true)),
  ...notAboutCost.map((word) => phrase(word, { kind: 'ignore' }, true)),
].sort((a, b) => b.phrase.length - a.phrase.length);

/**
 * True when free text is a search for activities: it names what (a category, an accessibility
 * need, "free", "online") or where (a postcode). A time alone is not: "I won't be here tonight"
 * must never be answered with a list of activities.
 */
export function isActivitySearch(request: ActivityRequest): boolean {
  const { query } = request;
  return (
    (query.categories?.length ?? 0) > 0 ||
    (query.accessibility?.length ?? 0) > 0 ||
    query.freeOnly === true ||
    request.online === true ||
    request.place !== undefined
  );
}

/**
 * Reads a request in one go: "walking group near M6 on Tuesday" is walking on the next Tuesday
 * near M6; "free art classes this weekend", "anything online tomorrow evening", "peer support in
 * SE11", "help with debt", "wheelchair accessible coffee morning". The postcode is found first
 * (see `findPostcodeIn`) and taken out; then phrases are matched longest first, each word used
 * once. Words not understood are dropped, unless nothing at all was understood: then the cleaned
 * request (filler words removed) becomes `query.text` and `understood` is false. Categories and
 * accessibility needs come in the order of their vocabularies.
 */
export function parseActivityRequest(text: string): ActivityRequest {
  const mention = findPostcodeMention(text);
  const rest = mention === undefined ? text : `${text.slice(0, mention.start)} ${text.slice(mention.end)}`;
  let remaining = normaliseReply(rest);

  const categories: ActivityCategoryId[] = [];
  let learningWordOnly = false;
  const accessibility: AccessibilityId[] = [];
  let when: WhenFilter | undefined;
  let partOfDay: PartOfDay | undefined;
  let freeOnly = false;
  let online = false;

  for (const entry of phrases) {
    if (remaining.search(entry.pattern) < 0) continue;
    // Consumed words become a marker, so no other phrase can use them or span across them.
    remaining = remaining.replace(entry.pattern, '|');
    const effect = entry.effect;
    switch (effect.kind) {
      case 'category':
        if (howNotWhat.has(entry.phrase)) learningWordOnly = true;
        else if (!categories.includes(effect.category)) categories.push(effect.category);
        break;
      case 'accessibility':
        if (!accessibility.includes(effect.need)) accessibility.push(effect.need);
        break;
      case 'time':
        when ??= effect.when;
        partOfDay ??= effect.partOfDay;
        break;
      case 'free':
        freeOnly = true;
        break;
      case 'online':
        online = true;
        break;
      case 'ignore':
        break;
    }
  }

  if (learningWordOnly && categories.length === 0) categories.push('learning-courses');
  const understood = categories.length > 0 || accessibility.length > 0 || when !== undefined || partOfDay !== undefined || freeOnly || online || mention !== undefined;
  const query: Omit<ActivityQuery, 'siteId' | 'near'> = {
    ...(categories.length > 0 ? { categories: activityCategoryIds.filter((id) => categories.includes(id)) } : {}),
    ...(when === undefined ? {} : { when }),
    ...(partOfDay === undefined ? {} : { partOfDay }),
    ...(online ? { onlineOnly: true } : {}),
    ...(freeOnly ? { freeOnly: true } : {}),
    ...(accessibility.length > 0 ? { accessibility: accessibilityIds.filter((id) => accessibility.includes(id)) } : {}),
  };
  if (understood) {
    return { query, understood, ...(mention === undefined ? {} : { place: mention.postcode }), ...(online ? { online } : {}) };
  }
  const words = normaliseReply(text)
    .split(' ')
    .filter((word) => word !== '' && !fillerWords.has(word));
  return { query: words.length > 0 ? { text: words.join(' ') } : {}, understood: false };
}
