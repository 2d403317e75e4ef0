import { describe, expect, it } from 'vitest';
import { isCanonicalReferenceCode, isReferenceCode, newReferenceCode, normaliseReferenceCode, referenceCodeAlphabet } from '../../src/domain/callbacks/reference-code';
import { seededRandom } from '../../src/domain/seeded-random';


const shape = /^CB-[34679ACDFGHJKMNPQRTVWXY]{4}-[34679ACDFGHJKMNPQRTVWXY]{3}$/;
const ambiguous = ['0', 'O', '1', 'I', 'L', '5', 'S', '2', 'Z', '8', 'B'];

/** The seven code characters of a canonical code (prefix and dashes dropped). */
function charactersOf(code: string): string[] {
  return [...code.slice(3).replace('-', '')];
}

function fromCharacters(characters: readonly string[]): string {
  return `CB-${characters.slice(0, 4).join('')}-${characters.slice(4).join('')}`;
}

describe('the alphabet', () => {
  it('has 23 distinct characters (a prime) and none that are easily confused', () => {
    expect(referenceCodeAlphabet).toHaveLength(23);
    expect(new Set(referenceCodeAlphabet).size).toBe(23);
    for (const character of ambiguous) expect(referenceCodeAlphabet).not.toContain(character);
    expect(referenceCodeAlphabet).toMatch(/^[0-9A-Z]+$/);
  });
});

describe('new reference codes', () => {
  it('look like CB-XXXX-XXX', () => {
    expect(newReferenceCode(seededRandom(1))).toMatch(shape);
  });

  it('are the same for the same random numbers', () => {
    expect(newReferenceCode(seededRandom(42))).toBe(newReferenceCode(seededRandom(42)));
    expect(newReferenceCode(seededRandom(42))).not.toBe(newReferenceCode(seededRandom(43)));
  });

  it('over 10,000 codes: fixed shape, no ambiguous characters, every one valid, every character used, few repeats', () => {
    const random = seededRandom(20261121);
    const codes = Array.from({ length: 10_000 }, () => newReferenceCode(random));
    const used = new Set(codes.flatMap(charactersOf));
    expect(codes.filter((code) => !shape.test(code))).toEqual([]);
    expect([...used].filter((character) => ambiguous.includes(character))).toEqual([]);
    expect(codes.filter((code) => !isReferenceCode(code))).toEqual([]);
    expect(used.size).toBe(23);
    // 23^6 ≈ 148 million: some repeats are possible (the store refuses duplicates), but very few.
    expect(new Set(codes).size).toBeGreaterThan(9_990);
  });

  it('uses the whole range of random(): 0 gives the first character, just under 1 the last', () => {
    expect(newReferenceCode(() => 0)).toBe('CB-3333-333');
    expect(charactersOf(newReferenceCode(() => 0.999_999_999)).slice(0, 6).join('')).toBe('YYYYYY');
  });

  it('refuses a random() that returns something outside [0, 1)', () => {
    expect(() => newReferenceCode(() => 1)).toThrow(RangeError);
    expect(() => newReferenceCode(() => -0.1)).toThrow(RangeError);
    expect(() => newReferenceCode(() => Number.NaN)).toThrow(RangeError);
  });
});

describe('the check character', () => {
  const random = seededRandom(7);
  const sample = Array.from({ length: 300 }, () => newReferenceCode(random));

  it('catches every single wrong character in a sample of 300 codes', () => {
    let tried = 0;
    const missed: string[] = [];
    for (const code of sample) {
      const characters = charactersOf(code);
      characters.forEach((original, position) => {
        for (const replacement of referenceCodeAlphabet) {
          if (replacement === original) continue;
          const mistyped = [...characters];
          mistyped[position] = replacement;
          tried += 1;
          if (isReferenceCode(fromCharacters(mistyped))) missed.push(fromCharacters(mistyped));
        }
      });
    }
    expect(missed).toEqual([]);
    expect(tried).toBe(300 * 7 * 22);
  });

  it('catches every swap of two neighbours (including across the dash and with the check character)', () => {
    let tried = 0;
    const missed: string[] = [];
    for (const code of sample) {
      const characters = charactersOf(code);
      for (let position = 0; position + 1 < characters.length; position += 1) {
        if (characters[position] === characters[position + 1]) continue;
        const swapped = [...characters];
        swapped[position] = characters[position + 1] ?? '';
        swapped[position + 1] = characters[position] ?? '';
        tried += 1;
        if (isReferenceCode(fromCharacters(swapped))) missed.push(fromCharacters(swapped));
      }
    }
    expect(missed).toEqual([]);
    expect(tried).toBeGreaterThan(1_500);
  });
});

describe('reading a code back', () => {
  const code = newReferenceCode(seededRandom(99));
  const compact = code.replace(/-/g, '');
  const body = compact.slice(2);

  it('accepts any case, with or without dashes, spaces or the CB prefix', () => {
    for (const typed of [code, code.toLowerCase(), compact, compact.toLowerCase(), body, body.toLowerCase(), `${body.slice(0, 4)} ${body.slice(4)}`, `cb ${body.slice(0, 4)} ${body.slice(4)}`, ` ${code} `, code.replace(/-/g, '–')]) {
      expect(normaliseReferenceCode(typed), typed).toBe(code);
      expect(isReferenceCode(typed), typed).toBe(true);
    }
  });

  it('refuses other shapes: wrong prefix, too short or long, characters outside the alphabet', () => {
    const wrongPrefix = `XB-${code.slice(3)}`;
    for (const typed of [undefined, '', 'CB', wrongPrefix, code.slice(0, -1), `${code}3`, code.replace(/.$/, 'O'), code.replace(/^CB-./, 'CB-0'), 'CB-7K3P-Q9', 'hello there']) {
      expect(normaliseReferenceCode(typed), String(typed)).toBeUndefined();
      expect(isReferenceCode(typed), String(typed)).toBe(false);
    }
  });

  it('tells the canonical (stored) form from other spellings', () => {
    expect(isCanonicalReferenceCode(code)).toBe(true);
    expect(isCanonicalReferenceCode(code.toLowerCase())).toBe(false);
    expect(isCanonicalReferenceCode(body)).toBe(false);
  });
});
