import { normaliseReply } from '../reply-text';

/** What a reply to "how close are you to this goal, from 0 to 10?" was taken to be. */
export type RatingReply =
  | { readonly kind: 'rating'; readonly score: number; readonly note?: string }
  | { readonly kind: 'skip' }
  /** A number, but not a whole number from 0 to 10: "11", "-1", "12/10", "7.5", "100". */
  | { readonly kind: 'out-of-range' }
  /** No number at the start: "lots", "good", "none", "", or no text at all. */
  | { readonly kind: 'not-a-rating' };

/** The longest note kept with a rating; longer ones are cut, not refused. */
export const maxRatingNoteLength = 500;

/** Whole replies that mean "not this one" (compared with `normaliseReply`). */
const skipReplies: ReadonlySet<string> = new Set([
  'skip',
  'skip it',
  'skip this',
  'skip this one',
  'skip that',
  'pass',
  'not now',
  'not today',
  'no',
  'nope',
  'no thanks',
  'no thank you',
  'dont know',
  'i dont know',
  'dunno',
  'idk',
  'not sure',
  'im not sure',
  'prefer not to say',
  'id prefer not to say',
  'rather not say',
  'id rather not say',
  'id rather not',
  'next',
]);

const numberWords: Readonly<Record<string, number>> = {
  zero: 0,
  nought: 0,
  naught: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  // Above the scale: recognised so the person is told the range rather than "that's not a number".
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  fifty: 50,
  hundred: 100,
};

const wordAlternation = Object.keys(numberWords).join('|');

/**
 * Hedges before the number: "a 7", "about 7", "maybe 6", "I'd say 7", "it's a 7". No two
 * alternatives match the same words, so a long run of hedges cannot backtrack badly.
 */
const hedge =
  "(?:(?:i['’‘`]?d say|i would say|i think|i guess|i['’‘`]?d give it|i would give it|i give it|give it|it['’‘`]?s|it is|about|around|roughly|approximately|probably|prob|maybe|perhaps|possibly|like|somewhere around|an|a)\\s+)*";

/**
 * The start of a rating reply: hedges, the number (signed and with decimals, so "-1" and "7.5"
 * are seen as numbers and refused as out of range), "ish", and an optional "/10" or "out of 10".
 * The rest of the reply is in the last group.
 */
const ratingPattern = new RegExp(
  `^${hedge}` +
    `(?<number>[-−]?\\d+(?:[.,]\\d+)?|(?:${wordAlternation})(?=ish(?![a-z])|[^a-z]|$))` +
    `(?:-?ish(?![a-z])|\\s+ish(?![a-z]))?` +
    `(?:\\s*(?:/|out of|outta|of)\\s*(?<scale>\\d+|ten)(?![a-z\\d]))?` +
    `(?<rest>.*)$`,
  'isu',
);

/** "7-8", "7 or 8", "six to seven", "7 8": two numbers, so not one rating. */
const secondNumber = new RegExp(
  `^\\s*(?:(?:-|–|—|to|or|and)\\s*)?(?:\\d|(?:${wordAlternation})\\s*(?:ish)?\\s*(?:$|[,.;:!?/)]|out of))`,
  'iu',
);

/** What may come between the number and a note: punctuation, with or without spaces. */
const punctuationSeparator = /^\s*[-–—,.:;!?)]+\s*/u;

/** A word that starts an explanation: after a number word, only this or punctuation starts a note. */
const connective = /^\s+(?=(?:because|cos|coz|cause|since|as|thanks to|after)(?![a-z]))/iu;

/** Letters or digits: a rest without any ("!", " :)", an emoji) is not a note. */
const hasWords = /[\p{L}\p{N}]/u;

/** The note in the person's own words, trimmed and cut to `maxRatingNoteLength` characters. */
function noteFrom(rest: string): string {
  return [...rest.trim()].slice(0, maxRatingNoteLength).join('').trim();
}

/**
 * Reads a reply to a goal rating question. Takes "7", "7/10", "7 out of 10", "seven", "zero",
 * "about 7", "6ish" and the like as a rating; words after the number become a note when they
 * follow a separator or a space ("7 - walking helped", "7/10 slept well"). With a number word,
 * only punctuation or "because" (and the like) starts a note, so "one of those days" is not 1.
 * A whole-reply "skip", "not now", "no", "don't know" and similar is a skip. A number outside
 * 0..10, negative or with a fraction ("7.5", "1,000") is `out-of-range`; two numbers ("7-8")
 * and anything else is `not-a-rating`.
 */
export function parseRatingReply(text: string | undefined): RatingReply {
  if (text === undefined) return { kind: 'not-a-rating' };
  const reply = text.replace(/\s+/g, ' ').trim();
  if (skipReplies.has(normaliseReply(reply))) return { kind: 'skip' };

  const match = ratingPattern.exec(reply);
  const typedNumber = match?.groups?.['number'];
  const scale = match?.groups?.['scale'];
  const rest = match?.groups?.['rest'] ?? '';
  if (typedNumber === undefined || secondNumber.test(rest)) return { kind: 'not-a-rating' };

  const isWord = /^[a-z]+$/i.test(typedNumber);
  let note: string | undefined;
  if (hasWords.test(rest)) {
    const separator = punctuationSeparator.exec(rest)?.[0] ?? connective.exec(rest)?.[0];
    // "7because", "sevenfold" and "one of those days" are not a number followed by a note.
    if (separator === undefined && (isWord || !/^\s/.test(rest))) return { kind: 'not-a-rating' };
    note = noteFrom(rest.slice(separator?.length ?? 0));
  }

  if (scale !== undefined && scale.toLowerCase() !== 'ten' && Number(scale) !== 10) return { kind: 'out-of-range' };
  // A sign or a fraction part is never a whole number from 0 to 10 ("-0", "7.0" and "1,000" included).
  if (/^[-−]|[.,]/.test(typedNumber)) return { kind: 'out-of-range' };
  const score = isWord ? numberWords[typedNumber.toLowerCase()] : Number(typedNumber);
  if (score === undefined || score > 10) return { kind: 'out-of-range' };
  return note === undefined ? { kind: 'rating', score } : { kind: 'rating', score, note };
}
