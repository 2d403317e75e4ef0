/**
 * Outbound activities as SMS bodies. The order of use for one turn's replies:
 *
 * 1. {@link renderSmsReply} (or {@link renderForSms}) on each activity; `undefined` sends nothing.
 * 2. {@link combineReplies} on the bodies, so short replies share one text.
 * 3. {@link splitForSms} on each combined body; keep its `rest` for when the person replies MORE
 *    (and split that again when it is sent).
 *
 * Pass the {@link SmsReply} objects rather than bare strings through steps 2 and 3: that is how a
 * safety reply is known, and a safety reply is never joined to other replies nor cut.
 */
import type { Activity, Attachment, CardAction } from 'botbuilder';
import { z } from 'zod';
import { toGsm7Friendly } from './gsm7-text';
import { segmentInfo } from './sms-segments';

/** One SMS body, and whether it is a safety reply (the activity carried `channelData.safety`). */
export interface SmsReply {
  readonly text: string;
  readonly safety: boolean;
}

/** The result of {@link splitForSms}. */
export interface SmsSplit {
  /** The text to send now; when there is a `rest`, it ends with {@link replyMoreNote}. */
  readonly first: string;
  /** What to send when the person replies MORE (it may need splitting again); undefined when all of it fits. */
  readonly rest: string | undefined;
}

/** Most segments one SMS reply should take (about 450 GSM-7 characters, or about 200 in UCS-2). */
export const defaultMaxSegments = 3;

/** Ends the first part of a split reply. The SMS adapter answers MORE with the rest. */
export const replyMoreNote = '\n(Reply MORE for the rest)';

const adaptiveCardType = 'application/vnd.microsoft.card.adaptive';
const heroCardTypes: ReadonlySet<string> = new Set(['application/vnd.microsoft.card.hero', 'application/vnd.microsoft.card.thumbnail']);

// ---------------------------------------------------------------------------------------------
// Safety marker

/** The marker `safetyReply` puts on its activity (`channelData.safety`); only its presence matters here. */
const safetyChannelDataSchema = z.looseObject({
  safety: z.looseObject({ level: z.enum(['check', 'concern', 'urgent']) }),
});

/** True when the activity is a safety reply: it carries `channelData.safety` from the safety step. */
export function isSafetyReply(activity: Partial<Activity>): boolean {
  return safetyChannelDataSchema.safeParse(activity.channelData).success;
}

// ---------------------------------------------------------------------------------------------
// Markdown

/** CommonMark's backslash escapes: any ASCII punctuation character. */
const markdownEscape = /\\([!-/:-@[-`{-~])/g;
/** Escaped characters are parked in the Private Use Area while markup is removed, then put back. */
const parkedBase = 0xe000;
const parked = /[\uE021-\uE07E]/g;

/** The link's text, and its address when that adds something: "text (url)". */
function linkText(label: string, url: string): string {
  const address = url.replace(/^(?:tel|mailto):/i, '');
  const words = label.trim();
  if (words === '' || words === url || words === address) return address;
  return /^tel:/i.test(url) ? words : `${words} (${address})`;
}

/**
 * Text with Markdown markup removed, as the words would read rendered: `**bold**`, `__bold__`,
 * `*it*`, `_it_` and `~~struck~~` lose their marks; `[text](url)` becomes "text (url)"
 * ("text" alone for a `tel:` link showing the number); headings, quotes, code fences and
 * backticks go; `*` and `+` bullets become "-". Backslash escapes (as `escapeCardText` writes
 * them) give their character back. Single `_` and `*` inside words ("snake_case", "2*3") stay.
 */
export function stripMarkdown(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(markdownEscape, (_escape, character: string) => String.fromCharCode(parkedBase + character.charCodeAt(0)))
    .split('\n')
    .filter((line) => !/^\s{0,3}(?:```|~~~)/.test(line))
    .filter((line) => !/^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/.test(line))
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/, '$1')
        .replace(/^\s{0,3}>\s?/, '')
        .replace(/^(\s*)[*+]\s+/, '$1- '),
    );
  return lines
    .join('\n')
    .replace(/!\[([^\]\n]*)\]\(([^)\s]+)(?:\s+"[^"\n]*")?\)/g, '$1')
    .replace(/\[([^\]\n]+)\]\(([^)\s]+)(?:\s+"[^"\n]*")?\)/g, (_link, label: string, url: string) => linkText(label, url))
    .replace(/<((?:https?:\/\/|mailto:)[^>\s]+)>/gi, (_link, url: string) => url.replace(/^mailto:/i, ''))
    .replace(/`+([^`\n]+?)`+/g, '$1')
    .replace(/`+/g, '')
    .replace(/\*\*(?=\S)([^\n]*?\S)\*\*/g, '$1')
    .replace(/(^|[^\w])__(?=\S)([^\n]*?\S)__(?!\w)/g, '$1$2')
    .replace(/~~(?=\S)([^\n]*?\S)~~/g, '$1')
    .replace(/(^|[^\w*])\*(?=[^\s*])([^*\n]*?[^\s*])?\*(?![\w*])/g, (_match, before: string, inner: string | undefined) => `${before}${inner ?? ''}`)
    .replace(/(^|[^\w])_(?=[^\s_])([^_\n]*?[^\s_])?_(?!\w)/g, (_match, before: string, inner: string | undefined) => `${before}${inner ?? ''}`)
    .replace(parked, (character) => String.fromCharCode(character.charCodeAt(0) - parkedBase))
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Cards

/** Only what text is read from; anything else in a card is ignored. Cards are parsed, not trusted. */
const adaptiveCardSchema = z.looseObject({
  speak: z.string().optional(),
  fallbackText: z.string().optional(),
  body: z.array(z.unknown()).optional(),
});

const adaptiveElementSchema = z.looseObject({
  type: z.string(),
  isVisible: z.boolean().optional(),
  text: z.string().optional(),
  facts: z.array(z.looseObject({ title: z.string().optional(), value: z.string().optional() })).optional(),
  items: z.array(z.unknown()).optional(),
  columns: z.array(z.unknown()).optional(),
  inlines: z.array(z.unknown()).optional(),
});

const textRunSchema = z.union([z.string(), z.looseObject({ text: z.string() }).transform((run) => run.text)]);

const heroCardSchema = z.looseObject({
  title: z.string().optional(),
  subtitle: z.string().optional(),
  text: z.string().optional(),
});

/** Deep enough for any card the companion sends; a deeper one is cut off, not followed. */
const maxCardDepth = 8;

/** The lines a card element shows: TextBlocks, RichTextBlocks, FactSets, and what containers hold. */
function elementLines(element: unknown, depth: number): string[] {
  const parsed = adaptiveElementSchema.safeParse(element);
  if (!parsed.success || parsed.data.isVisible === false || depth > maxCardDepth) return [];
  const { type, text, facts, items, columns, inlines } = parsed.data;
  switch (type) {
    case 'TextBlock':
      return text === undefined ? [] : [stripMarkdown(text)];
    case 'RichTextBlock':
      return [(inlines ?? []).map((inline) => textRunSchema.safeParse(inline).data ?? '').join('')];
    case 'FactSet':
      return (facts ?? []).map(({ title, value }) => stripMarkdown([title, value].filter((part) => part !== undefined && part !== '').join(': ')));
    case 'Container':
    case 'Column':
      return (items ?? []).flatMap((item) => elementLines(item, depth + 1));
    case 'ColumnSet':
      return (columns ?? []).flatMap((column) => elementLines(column, depth + 1));
    default:
      return [];
  }
}

/**
 * An Adaptive Card as text: its `fallbackText` (written for hosts that cannot show the card),
 * else its `speak` (plain words for speech), else the text of its elements, one per line.
 * Buttons are left out: SMS cannot press them.
 */
function adaptiveCardText(content: unknown): string {
  const card = adaptiveCardSchema.safeParse(content);
  if (!card.success) return '';
  const { fallbackText, speak, body } = card.data;
  // Both are plain text already: a person's own "*" in a goal is kept, not read as markup.
  for (const summary of [fallbackText, speak]) {
    if (summary !== undefined && summary.trim() !== '') return summary.trim();
  }
  return (body ?? [])
    .flatMap((element) => elementLines(element, 0))
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

function heroCardText(content: unknown): string {
  const card = heroCardSchema.safeParse(content);
  if (!card.success) return '';
  const { title, subtitle, text } = card.data;
  return [title, subtitle, text]
    .filter((part): part is string => part !== undefined && part.trim() !== '')
    .map(stripMarkdown)
    .join('\n');
}

/** One attachment as text; empty for what SMS cannot say anything useful about (images, files). */
function attachmentText(attachment: Attachment): string {
  if (attachment.contentType === adaptiveCardType) return adaptiveCardText(attachment.content);
  if (heroCardTypes.has(attachment.contentType)) return heroCardText(attachment.content);
  return '';
}

// ---------------------------------------------------------------------------------------------
// Choices

/** What a suggested action is called: its title, else its value or text when those are words. */
function choiceLabel(action: CardAction): string {
  const value: unknown = action.value;
  const candidates = [action.title, typeof value === 'string' ? value : undefined, action.text, action.displayText];
  return candidates.find((candidate): candidate is string => typeof candidate === 'string' && candidate.trim() !== '')?.trim() ?? '';
}

/** Suggested actions as a numbered list, one per line ("1. Yes"): dialogs accept the number. */
function numberedChoices(actions: readonly CardAction[]): string {
  return actions
    .map(choiceLabel)
    .filter((label) => label !== '')
    .map((label, index) => `${index + 1}. ${label}`)
    .join('\n');
}

// ---------------------------------------------------------------------------------------------
// Rendering

/**
 * One outbound activity as one SMS body, with its safety marker. Only messages are sent: typing,
 * trace, event and other activities give undefined, as does a message with nothing to say.
 *
 * The body is the text with Markdown removed (unless `textFormat` is "plain"), then the
 * attachments (an Adaptive Card as its fallbackText or speak, else its text; hero cards as their
 * title and text; images and other files are left out), then the suggested actions as a numbered
 * list. Characters with a plain GSM-7 equivalent are replaced ({@link toGsm7Friendly}). Nothing is
 * shortened here.
 */
export function renderSmsReply(activity: Partial<Activity>): SmsReply | undefined {
  if ((activity.type ?? 'message') !== 'message') return undefined;
  const text = activity.text ?? '';
  const said = activity.textFormat === 'plain' ? text.trim() : stripMarkdown(text);
  const cards = (activity.attachments ?? []).map(attachmentText).filter((block) => block !== '');
  // Cards of one line each read as a list; cards of several lines need a blank line between them.
  const separator = cards.some((block) => block.includes('\n')) ? '\n\n' : '\n';
  const choices = numberedChoices(activity.suggestedActions?.actions ?? []);
  const body = [[said, ...cards].filter((block) => block !== '').join(separator), choices].filter((block) => block !== '').join('\n');
  if (body === '') return undefined;
  return { text: toGsm7Friendly(body), safety: isSafetyReply(activity) };
}

/**
 * The text of one outbound activity as one SMS body, or undefined when nothing is to be sent.
 * See {@link renderSmsReply}, which also says whether it is a safety reply.
 */
export function renderForSms(activity: Partial<Activity>): string | undefined {
  return renderSmsReply(activity)?.text;
}

// ---------------------------------------------------------------------------------------------
// Splitting

interface Span {
  readonly start: number;
  readonly end: number;
}

/** Runs of digits as phone numbers are written: "116 123", "0800 83 85 87", "+44 161 496 0000". */
const phoneNumber = /\+?\(?\d[\d()-]*(?:[ -]\(?\d[\d()-]*)+/g;
/** A numbered line: a choice ("2. No") or a result ("3. Walking group: ..."). */
const numberedLine = /^\d{1,2}[.)] .*$/gm;

/** Where a cut must not fall strictly inside. */
function protectedSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const pattern of [phoneNumber, numberedLine]) {
    for (const match of text.matchAll(pattern)) {
      spans.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  return spans;
}

/** Cut positions (where the rest begins), coarsest kind first: paragraphs, lines, sentences, words. */
function cutTiers(text: string): number[][] {
  const positions = (pattern: RegExp): number[] => [...text.matchAll(pattern)].map((match) => match.index + match[0].length);
  return [
    positions(/\n[ \t]*\n\s*/g),
    positions(/\n\s*/g),
    // Not after a colon: "Phone: 0161 496 0000" stays together.
    positions(/[.!?]["')\]]*[ \t]+/g),
    positions(/[ \t]+/g),
  ];
}

/** Grapheme boundaries, so a hard cut never breaks an emoji or an accented letter apart. */
function graphemeEnds(text: string): number[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
  return [...segmenter.segment(text)].map(({ index, segment }) => index + segment.length);
}

/** The longest prefix length (at a grapheme boundary) that fits with the note in maxSegments. */
function longestFittingPrefix(text: string, maxSegments: number): number {
  const ends = graphemeEnds(text);
  let low = 0;
  let high = ends.length - 1;
  let best = 0;
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    const end = ends[middle] ?? 0;
    if (segmentInfo(text.slice(0, end) + replyMoreNote).segments <= maxSegments) {
      best = end;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return best;
}

/** A cut that leaves the first part at least this full is preferred to a finer one. */
const fullEnough = 0.5;

function isSmsReply(body: string | SmsReply): body is SmsReply {
  return typeof body !== 'string';
}

/**
 * One body as the text to send now and the rest to send when the person replies MORE. When the
 * body fits in `maxSegments` (or is a safety reply, which is never cut), it all goes now and
 * `rest` is undefined. Otherwise it is cut at a paragraph, line or sentence boundary (a word
 * when there is no other way), never inside a phone number or a numbered line, so that the first
 * part plus {@link replyMoreNote} fits in `maxSegments`; `first` includes that note. Of the kinds
 * of boundary, the coarsest is used that still fills at least half of what fits.
 */
export function splitForSms(body: string | SmsReply, maxSegments: number = defaultMaxSegments): SmsSplit {
  const text = isSmsReply(body) ? body.text : body;
  if ((isSmsReply(body) && body.safety) || segmentInfo(text).segments <= maxSegments) return { first: text, rest: undefined };
  const room = longestFittingPrefix(text, maxSegments);
  const spans = protectedSpans(text);
  const firstPart = (cut: number): string => text.slice(0, cut).trimEnd();
  const allowed = (cut: number): boolean =>
    firstPart(cut) !== '' && firstPart(cut).length <= room && !spans.some((span) => span.start < cut && cut < span.end);
  const best = cutTiers(text).map((positions) => positions.filter(allowed).at(-1));
  const finest = Math.max(0, ...best.map((cut) => (cut === undefined ? 0 : firstPart(cut).length)));
  const chosen = best.find((cut) => cut !== undefined && firstPart(cut).length >= finest * fullEnough) ?? (room > 0 ? room : text.length);
  const rest = text.slice(chosen).trimStart();
  if (rest === '') return { first: text, rest: undefined };
  return { first: `${firstPart(chosen)}${replyMoreNote}`, rest };
}

// ---------------------------------------------------------------------------------------------
// Combining

/**
 * Several replies of one turn as fewer texts, in the same order: consecutive replies are joined
 * with a blank line while the joined text stays within `maxSegments` and costs no more segments
 * than sending them apart (a GSM-7 reply joined to one with an emoji would become UCS-2). A
 * safety reply is a text of its own: nothing is joined to it, before or after. Empty bodies are
 * dropped. Given {@link SmsReply} objects it returns them (joined ones are not safety replies);
 * given strings, strings.
 */
export function combineReplies(bodies: readonly string[], maxSegments?: number): string[];
export function combineReplies(bodies: readonly SmsReply[], maxSegments?: number): SmsReply[];
export function combineReplies(bodies: readonly (string | SmsReply)[], maxSegments?: number): (string | SmsReply)[];
export function combineReplies(bodies: readonly (string | SmsReply)[], maxSegments: number = defaultMaxSegments): (string | SmsReply)[] {
  const combined: SmsReply[] = [];
  for (const body of bodies) {
    const reply: SmsReply = isSmsReply(body) ? body : { text: body, safety: false };
    if (reply.text.trim() === '') continue;
    const last = combined.at(-1);
    if (last !== undefined && !last.safety && !reply.safety) {
      const joined = `${last.text}\n\n${reply.text}`;
      const segments = segmentInfo(joined).segments;
      if (segments <= maxSegments && segments <= segmentInfo(last.text).segments + segmentInfo(reply.text).segments) {
        combined[combined.length - 1] = { text: joined, safety: false };
        continue;
      }
    }
    combined.push(reply);
  }
  return bodies.every((body) => typeof body === 'string') ? combined.map((reply) => reply.text) : combined;
}
