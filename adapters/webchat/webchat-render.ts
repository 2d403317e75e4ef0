import { z } from 'zod';
import { findUkPhoneNumbers } from '../../src/domain/callbacks/uk-phone';
import { crisisCallNumbers, telHref } from '../../src/domain/crisis-lines';

/**
 * Bot text as Web Chat shows it. The dialogs write plain lines joined with "\n", which SMS and Bot
 * Connector channels get unchanged; Web Chat renders Markdown, where a single newline is only a
 * space, so contact details, confirmations and summaries ran into one paragraph. Here, at the one
 * place the local Direct Line hands activities to Web Chat:
 *
 * - each line stays a line (a Markdown hard break), and a line after a list starts a new paragraph
 *   rather than continuing the list's last item;
 * - UK phone numbers ("0161 496 0234", "call 0800 83 85 87") and the crisis lines' short numbers
 *   after "call" ("call 999", "call 116 123") become `tel:` links, and email addresses `mailto:`
 *   links. A number introduced by "text" ("Text: 07700 900104") is left as it is: Web Chat 4.18
 *   does not allow `sms:` links, and a `tel:` link would ring a line that only takes texts.
 *
 * Existing links, URLs and code spans are left alone. Pure: the same text always gives the same result.
 */
export function webChatMarkdown(text: string): string {
  return withLineBreaks(withLinks(text.replace(/\r\n?/g, '\n')));
}

/** Only the bot's own Markdown messages are rewritten; what the person typed is shown as they typed it. */
const botMarkdownMessageSchema = z.looseObject({
  type: z.literal('message'),
  from: z.looseObject({ role: z.literal('bot') }),
  text: z.string(),
  textFormat: z.literal('markdown').optional(),
});

/** An activity from the conversation's history as it is sent to Web Chat (see {@link webChatMarkdown}). */
export function asShownInWebChat(activity: Record<string, unknown>): Record<string, unknown> {
  const message = botMarkdownMessageSchema.safeParse(activity);
  return message.success ? { ...activity, text: webChatMarkdown(message.data.text) } : activity;
}

interface Link {
  readonly start: number;
  readonly end: number;
  readonly href: string;
}

/** Markdown links, autolinks, code spans and bare URLs: nothing inside them is linked again. */
const alreadyMarkedUp = /\[[^\]\n]*\]\([^)\n]*\)|<[^>\s]+>|`[^`\n]*`|(?:https?:\/\/|www\.)\S+/g;
const emailAddress = /(?<![\w.%+-])[\w.%+-]+@[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,}(?![\w-])/gi;
/** "call 999", "call 116 123": the number after "call", as a whole (not the start of a longer number). */
const crisisCall = new RegExp(`(?<=\\bcall )(?:${crisisCallNumbers.map((number) => number.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?!\\w)`, 'gi');

function withLinks(text: string): string {
  const taken: Array<{ start: number; end: number }> = [...text.matchAll(alreadyMarkedUp)].map(span);
  const links: Link[] = [];
  const add = (candidate: Link) => {
    if (taken.some((other) => candidate.start < other.end && other.start < candidate.end)) return;
    taken.push(candidate);
    links.push(candidate);
  };
  for (const match of text.matchAll(emailAddress)) add({ ...span(match), href: `mailto:${match[0]}` });
  for (const phone of findUkPhoneNumbers(text)) {
    if (!isTextOnly(text.slice(0, phone.start))) add({ start: phone.start, end: phone.end, href: `tel:${phone.e164}` });
  }
  for (const match of text.matchAll(crisisCall)) add({ ...span(match), href: telHref(match[0]) });

  let linked = '';
  let from = 0;
  for (const link of links.sort((a, b) => a.start - b.start)) {
    linked += `${text.slice(from, link.start)}[${text.slice(link.start, link.end)}](${link.href})`;
    from = link.end;
  }
  return linked + text.slice(from);
}

function span(match: RegExpMatchArray): { start: number; end: number } {
  const start = match.index ?? 0;
  return { start, end: start + match[0].length };
}

/** True when the clause before a number asks for a text, not a call ("Text: ", "text us on "). */
function isTextOnly(before: string): boolean {
  const clause = before.split(/[.;\n]/).pop() ?? '';
  return /\btext\b/i.test(clause) && !/\b(?:call|ring|phone)\b/i.test(clause);
}

const listItem = /^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s/;

/** Single newlines become hard breaks; a plain line after a list item starts a new paragraph. */
function withLineBreaks(text: string): string {
  const lines = text.split('\n');
  return lines
    .map((line, index) => {
      const next = lines[index + 1];
      if (next === undefined) return line;
      if (line.trim() === '' || next.trim() === '' || listItem.test(next)) return `${line}\n`;
      return listItem.test(line) ? `${line}\n\n` : `${line}  \n`;
    })
    .join('');
}
