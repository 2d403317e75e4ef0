/**
 * Reference codes for callback requests, e.g. `CB-7K3P-Q9X`: short, easy to read out on the
 * phone and to type back, and with a check character so a mistyped code is caught rather than
 * matched to someone else's request. Practitioners' tools show the code, never the person's name
 * (DESIGN.md §7, Teams).
 *
 * The shape is the fixed prefix `CB`, four characters, a dash, two characters and the check
 * character: six random characters (23^6, about 148 million codes) and one check. The code is not
 * unique by construction: the store refuses a duplicate and the caller draws another.
 */

/**
 * The 23 characters codes are made of. Left out, because they are easily confused when written,
 * read or heard: 0/O, 1/I/L, 5/S, 2/Z and 8/B. Also left out: E and U, so that A is the only vowel
 * and codes rarely spell words, and so that the alphabet has a prime number of characters (23),
 * which makes the check character catch every single wrong character and every swap of two
 * neighbours.
 */
export const referenceCodeAlphabet = '34679ACDFGHJKMNPQRTVWXY';

const prefix = 'CB';
/** Random characters before the check character. */
const bodyLength = 6;
const modulus = referenceCodeAlphabet.length;

/**
 * A new code, `CB-XXXX-XXC`, its six characters drawn with `random` (a function returning numbers
 * in [0, 1), as `Math.random` does: tests pass a seeded generator, production a crypto-backed one).
 * @throws RangeError when `random` returns something outside [0, 1).
 */
export function newReferenceCode(random: () => number): string {
  const values: number[] = [];
  for (let position = 0; position < bodyLength; position += 1) {
    const draw = random();
    if (!(draw >= 0 && draw < 1)) throw new RangeError('random() must return a number in [0, 1)');
    values.push(Math.floor(draw * modulus));
  }
  return format([...values, checkValue(values)]);
}

/**
 * The code in its canonical form (`CB-7K3P-Q9X`) if `text` is one, however it was typed: any case,
 * with or without spaces and dashes, with or without the `CB` prefix. Undefined when it is not a
 * code, or when the check character does not agree (a mistyped code).
 */
export function normaliseReferenceCode(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  let compact = text.toUpperCase().replace(/[\s\-‐‑‒–—]+/g, '');
  if (compact.length === bodyLength + 1 + prefix.length && compact.startsWith(prefix)) compact = compact.slice(prefix.length);
  if (compact.length !== bodyLength + 1) return undefined;
  const values = [...compact].map((character) => referenceCodeAlphabet.indexOf(character));
  if (values.some((value) => value < 0)) return undefined;
  const body = values.slice(0, bodyLength);
  if (values[bodyLength] !== checkValue(body)) return undefined;
  return format(values);
}

/** True when `text` is a reference code with a correct check character, however it was typed. */
export function isReferenceCode(text: string | undefined): boolean {
  return normaliseReferenceCode(text) !== undefined;
}

/** True when `text` is a reference code written exactly in its canonical form, as stored. */
export function isCanonicalReferenceCode(text: string): boolean {
  return normaliseReferenceCode(text) === text;
}

/**
 * The check character's value: the sum of each character's value times its position (1 to 6),
 * modulo 23. As 23 is prime and the weights are 1 to 6, changing one character changes the sum,
 * and so does swapping two neighbours (the change is their difference, times 1); swapping the
 * last body character with the check character is caught too unless they are the same.
 */
function checkValue(body: readonly number[]): number {
  return body.reduce((sum, value, index) => (sum + value * (index + 1)) % modulus, 0);
}

function format(values: readonly number[]): string {
  const characters = values.map((value) => referenceCodeAlphabet.charAt(value)).join('');
  return `${prefix}-${characters.slice(0, 4)}-${characters.slice(4)}`;
}
