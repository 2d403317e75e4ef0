import { OUTCODE_REGEX, POSTCODE_CORPUS_REGEX, parse, validOutcode } from 'postcode';

/**
 * Where a postcode is, roughly: the centroid of its outward code (`M6`, `SE11`). DESIGN.md §7:
 * the outward code is enough for "near me", so full postcodes are reduced to it and never kept.
 */

/** Outward code (upper case, e.g. `M6`, `SW1A`) to its centroid and, when known, the site it belongs to. */
export type OutcodeCentroids = Readonly<Record<string, { readonly lat: number; readonly lon: number; readonly site?: string }>>;

/** A place someone typed: its outward code and centroid, or why it could not be placed. */
export type PlaceInput = { ok: true; outcode: string; lat: number; lon: number } | { ok: false; reason: 'not-a-postcode' | 'unknown-area' };

/**
 * The postcode areas of the UK, Isle of Man and Channel Islands. The `postcode` package checks
 * only the shape (`[A-Z]{1,2}9...`); checking the area as well keeps `MP3`, `A1` or `Y2K` from
 * being read as places.
 */
const postcodeAreas: ReadonlySet<string> = new Set(
  (
    'AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY G GL GU GY ' +
    'HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL ' +
    'PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE'
  ).split(' '),
);

/** Only central London districts end in a letter (`W1A`, `SW1A`, `EC2M`, `E1W`, `N1C`, `SE1P`, `NW1W`). */
const areasWithLetteredDistricts: ReadonlySet<string> = new Set(['E', 'EC', 'N', 'NW', 'SE', 'SW', 'W', 'WC']);

/** The two letters ending a postcode never include C, I, K, M, O or V (so "1AM" and "2PM" are times). */
const unitPattern = /^[ABD-HJLNP-UW-Z]{2}$/;

const earthRadiusKm = 6371.0088;

/** True when an upper-case outward code has a real area and a district of a real shape. */
function isRealOutcode(outcode: string): boolean {
  if (!validOutcode(outcode)) return false;
  const area = /^[A-Z]{1,2}/.exec(outcode)?.[0] ?? '';
  if (!postcodeAreas.has(area)) return false;
  return !/[A-Z]$/.test(outcode) || areasWithLetteredDistricts.has(area);
}

/** The upper-case outward code of a full postcode or an outward code, if it is a real one. */
function outcodeOf(text: string): string | undefined {
  const compact = text.replace(/\s+/g, ' ').trim().toUpperCase();
  const full = parse(compact);
  if (full.valid) return unitPattern.test(full.unit) && isRealOutcode(full.outcode) ? full.outcode : undefined;
  // An outward code is one word: "M6 5" is half a postcode, not M65.
  return isRealOutcode(compact) ? compact : undefined;
}

/**
 * Places a postcode someone typed: a full postcode (`M6 5AB`, `m65ab`) or an outward code (`M6`,
 * `se11`), parsed and validated with the `postcode` package and the list of UK postcode areas.
 * The outward code is looked up in `centroids`; a lettered London district missing from the table
 * (`SW1A`) falls back to its numbered district (`SW1`). `unknown-area` when the postcode is real
 * but not in the table (usually: outside the sites' areas).
 */
export function locatePostcode(text: string, centroids: OutcodeCentroids): PlaceInput {
  const outcode = outcodeOf(text);
  if (outcode === undefined) return { ok: false, reason: 'not-a-postcode' };
  const district = outcode.replace(/[A-Z]$/, '');
  for (const key of [outcode, district]) {
    const centroid = Object.hasOwn(centroids, key) ? centroids[key] : undefined;
    if (centroid !== undefined) return { ok: true, outcode, lat: centroid.lat, lon: centroid.lon };
  }
  return { ok: false, reason: 'unknown-area' };
}

/** Great-circle distance in kilometres (haversine, mean Earth radius). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const toRadians = Math.PI / 180;
  const dLat = (b.lat - a.lat) * toRadians;
  const dLon = (b.lon - a.lon) * toRadians;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * toRadians) * Math.cos(b.lat * toRadians) * Math.sin(dLon / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A postcode found in a sentence: its normalised form and where it was written. */
export interface PostcodeMention {
  /** Upper case: `M6 5AB` for a full postcode, `M6` for an outward code. */
  readonly postcode: string;
  /** The span of `text` it was written in (`text.slice(start, end)`). */
  readonly start: number;
  readonly end: number;
}

const notWordBefore = '(?<![\\p{L}\\p{N}])';
const notWordAfter = '(?![\\p{L}\\p{N}])';
/** The package's corpus regex, made to stand alone as a word. */
const fullPostcodeInText = new RegExp(`${notWordBefore}(?:${POSTCODE_CORPUS_REGEX.source})${notWordAfter}`, 'giu');
/** The package's outward-code regex (unanchored), made to stand alone as a word. */
const outcodeInText = new RegExp(`${notWordBefore}(?:${OUTCODE_REGEX.source.replace(/^\^|\$$/g, '')})${notWordAfter}`, 'giu');
/** Words after which a short code is a place even in lower case: "near m6", "in se11". */
const placeCue = /(?:^|[^\p{L}\p{N}])(?:near|nr|in|around|round|at|by|from|postcode|post code|area|close to|outcode)[\s,:]*$/iu;

/**
 * The first postcode in a sentence ("walking group near M6 on Tuesday" → `M6`): a full postcode
 * anywhere, else an outward code. Care is taken not to read other things as places: only real
 * postcode areas count (`MP3`, `A1`, `Y2K` are not places), the unit letters of a full postcode
 * exclude C, I, K, M, O and V (so "M6 2pm" is not `M6 2PM`), and a bare outward code counts only
 * when written in capitals (`M6`), after a word like "near", "in" or "postcode" (`near m6`), or as
 * the whole message (`se11`), so text-speak like "b4" mid-sentence is left alone.
 */
export function findPostcodeMention(text: string): PostcodeMention | undefined {
  for (const match of text.matchAll(fullPostcodeInText)) {
    const full = parse(match[0].toUpperCase());
    if (full.valid && unitPattern.test(full.unit) && isRealOutcode(full.outcode)) {
      return { postcode: full.postcode, start: match.index, end: match.index + match[0].length };
    }
  }
  const whole = text.trim();
  for (const match of text.matchAll(outcodeInText)) {
    const written = match[0];
    const outcode = written.toUpperCase();
    if (!isRealOutcode(outcode)) continue;
    const isWhole = whole === written;
    const inCapitals = written === outcode;
    if (isWhole || inCapitals || placeCue.test(text.slice(0, match.index))) {
      return { postcode: outcode, start: match.index, end: match.index + written.length };
    }
  }
  return undefined;
}

/** The first postcode or outward code mentioned in a sentence, normalised (`M6`, `SE11 5AB`); see {@link findPostcodeMention}. */
export function findPostcodeIn(text: string): string | undefined {
  return findPostcodeMention(text)?.postcode;
}
