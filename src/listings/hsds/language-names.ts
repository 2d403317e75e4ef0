/**
 * ISO 639-1 codes of languages named in English ("English", "Polish", "British Sign Language" is
 * not one), read from the ICU data Node ships with, so no list is kept here. Some directories
 * publish languages by name only.
 */

const letters = 'abcdefghijklmnopqrstuvwxyz';

let codesByName: ReadonlyMap<string, string> | undefined;

/** Every two-letter code ICU names in English, by its name in lower case. */
function namesToCodes(): ReadonlyMap<string, string> {
  const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const found = new Map<string, string>();
  for (const first of letters) {
    for (const second of letters) {
      const code = `${first}${second}`;
      const name = names.of(code);
      if (name !== undefined && name !== code) found.set(name.toLowerCase(), code);
    }
  }
  return found;
}

/** The ISO 639-1 code of a language name ("English" → `en`) or of a code given as the name; undefined when unknown. */
export function languageCodeOfName(name: string): string | undefined {
  const wanted = name.trim().toLowerCase();
  if (/^[a-z]{2}$/.test(wanted)) return wanted;
  codesByName ??= namesToCodes();
  return codesByName.get(wanted);
}
