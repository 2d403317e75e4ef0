import { segmentInfo } from './sms-segments';

/**
 * Characters outside GSM-7 that have a plain GSM-7 equivalent. One of them anywhere in a body
 * would send the whole SMS as UCS-2 (70 characters a part instead of 160), so a reply with one
 * curly apostrophe would cost twice or three times as much and arrive in more pieces.
 * £ and € are left alone: £ is GSM-7, and € is in the GSM-7 extension table (it counts 2).
 */
const plainEquivalents: ReadonlyArray<readonly [characters: string, plain: string]> = [
  // Single quotes and apostrophes: ‘ ’ ‚ ‛, the prime, the acute accent and the backtick.
  ['\u2018\u2019\u201A\u201B\u2032\u00B4`', "'"],
  // Double quotes: “ ” „ ‟, the double prime and guillemets.
  ['\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB', '"'],
  // Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign.
  ['\u2010\u2011\u2012\u2013\u2014\u2015\u2212', '-'],
  ['\u2026', '...'],
  // Bullets: • ‣ ◦ ⁃ ∙.
  ['\u2022\u2023\u25E6\u2043\u2219', '-'],
  ['\u2192\u21D2', '->'],
  ['\u2190\u21D0', '<-'],
  ['\u00D7', 'x'],
  ['\u00F7', '/'],
  ['\u00BD', '1/2'],
  ['\u00BC', '1/4'],
  ['\u00BE', '3/4'],
  // No-break space, the typographic spaces (en quad to hair space), narrow no-break space,
  // medium mathematical space, ideographic space, ogham space mark, and the tab.
  ['\u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000\u1680\t', ' '],
  // Line and paragraph separators.
  ['\u2028\u2029', '\n'],
  // Invisible: zero-width space, word joiner, byte order mark, soft hyphen. Not the zero-width
  // joiner (U+200D): it holds emoji sequences together.
  ['\u200B\u2060\uFEFF\u00AD', ''],
];

const replacements: ReadonlyMap<string, string> = new Map(
  plainEquivalents.flatMap(([characters, plain]) => [...characters].map((character): [string, string] => [character, plain])),
);

const replaceable = new RegExp(`[${[...replacements.keys()].map((character) => `\\u{${character.codePointAt(0)?.toString(16) ?? '0'}}`).join('')}]`, 'gu');

/**
 * Text with the characters outside GSM-7 that have a plain equivalent replaced by it, so the SMS
 * goes as GSM-7: curly quotes become straight ones, dashes and the minus sign "-", "…" "...",
 * unusual spaces a space, "•" "-", "→" and "⇒" "->", "×" "x", "½" "1/2". Line breaks become "\n"
 * (a CR would count as a character of its own).
 *
 * Characters without a plain equivalent are kept as they are: emoji, and letters with accents
 * outside GSM-7 (such as â in "Siân", since names and places should be spelled right). The body
 * then goes as UCS-2, which costs more segments but says what was meant.
 */
export function toGsm7Friendly(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(replaceable, (character) => replacements.get(character) ?? character);
}

/** True when every character of the text is in GSM-7 (its basic table or the extension table). */
export function isGsm7(text: string): boolean {
  return segmentInfo(text).encoding === 'GSM-7';
}
