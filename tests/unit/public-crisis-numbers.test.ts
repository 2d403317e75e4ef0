import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crisisNumbers, telHref } from '../../src/domain/crisis-lines';

/**
 * The static pages in public/ are served as they are, so their crisis numbers are typed in the
 * HTML. These checks keep them equal to src/domain/crisis-lines.ts: change a number there and the
 * page that still shows the old one fails here.
 */
const publicDir = join(__dirname, '..', '..', 'public');
const read = (name: string) => readFileSync(join(publicDir, name), 'utf8');
const known: readonly string[] = Object.values(crisisNumbers);

/** Three or more digits, in groups split by single spaces ("999", "116 123", "0800 83 85 87"), not part of a word, colour or path. */
const numberShaped = /(?<![\w#./:%-])\d{3,}(?: \d{2,})*(?![\w./:%-])/g;

/** `<a href="tel:…">…</a>` and `sms:` links: the target and the text shown. */
function phoneLinks(html: string): Array<{ readonly href: string; readonly text: string }> {
  return [...html.matchAll(/<a\b[^>]*\bhref="((?:tel|sms):[^"]*)"[^>]*>([^<]*)<\/a>/g)].map((match) => ({ href: match[1] ?? '', text: match[2] ?? '' }));
}

/** What a reader sees: the text outside tags and comments. */
function visibleText(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]*>/g, ' ');
}

/** The string literals of a script, comments left out (markup in them is read as text is, by visibleText). */
function stringLiterals(script: string): string {
  const code = script.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/^\s*\/\/.*$/gm, ' ');
  return [...code.matchAll(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g)].map((match) => match[0]).join('\n');
}

describe('crisis numbers in public/', () => {
  it.each(['index.html', 'urgent-help.html'])('%s links only to the crisis lines module\'s numbers, each shown as it is dialled', (name) => {
    const links = phoneLinks(read(name));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(known).toContain(link.text);
      const target = link.href.startsWith('sms:') ? `sms:${link.text.replaceAll(' ', '')}` : telHref(link.text);
      expect(link.href.split('?')[0]).toBe(target);
    }
  });

  it.each(['index.html', 'urgent-help.html'])('every number %s shows is one of the module\'s', (name) => {
    const shown = visibleText(read(name)).match(numberShaped) ?? [];
    expect(shown.length).toBeGreaterThan(0);
    for (const number of shown) expect(known).toContain(number);
  });

  it('the urgent help page lists every crisis number in the module', () => {
    const shown = visibleText(read('urgent-help.html')).match(numberShaped) ?? [];
    for (const number of known) expect(shown).toContain(number);
  });

  it('app.js writes no number of its own (the page\'s error section holds them)', () => {
    const script = read('app.js');
    expect(phoneLinks(script)).toEqual([]);
    for (const number of visibleText(stringLiterals(script)).match(numberShaped) ?? []) expect(known).toContain(number);
  });
});
