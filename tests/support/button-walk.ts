import type { Activity, CardAction } from 'botbuilder';
import { z } from 'zod';
import type { DialogChat } from './dialog-chat';

/** One press of something the bot offered: a suggested action (sent as its text) or a card's submit button. */
export type Press = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'submit'; readonly title: string; readonly value: Record<string, unknown> };

/** Something wrong with the reply to a press, and the presses that led there (from the walk's start). */
export interface WalkBreak {
  readonly path: readonly string[];
  readonly problem: string;
  readonly replies: readonly string[];
}

export interface WalkResult {
  /** Distinct prompts reached (the walk's states). */
  readonly states: number;
  readonly presses: number;
  /** States left unexplored because the depth bound was reached (0: the walk saw everything). */
  readonly unexplored: number;
  readonly breaks: readonly WalkBreak[];
}

export interface WalkOptions {
  /** A fresh conversation in its starting world: stores seeded, any set-up turns already said. */
  readonly start: () => Promise<DialogChat>;
  /** What to say first (its replies are the first state), e.g. "menu". */
  readonly first: string;
  /** `web` presses the buttons' words and the cards' submit buttons; `sms` answers each numbered choice with its number. */
  readonly channel: 'web' | 'sms';
  /** Most presses from the start. */
  readonly maxDepth: number;
  /** Most states explored (a safety bound; the walk fails if it is hit, so it is never silently cut short). */
  readonly maxStates: number;
}

/** Replies that mean the bot did not take its own button: a re-ask, or a dead end named as such. */
const reaskPatterns: readonly RegExp[] = [
  /didn.t catch/i,
  /not sure I understood/i,
  /please choose/i,
  /please give a whole number/i,
  /I need a number/i,
  /couldn.t read that/i,
  /nothing to cancel/i,
  /that.s everything I found/i,
  /from an older search/i,
];

const submitActionSchema = z.object({ type: z.literal('Action.Submit'), title: z.string(), data: z.record(z.string(), z.unknown()) });
const cardSchema = z.looseObject({ actions: z.array(z.unknown()).optional() });

/** The submit buttons of a reply's Adaptive Cards. */
function cardPresses(reply: Partial<Activity>): Press[] {
  return (reply.attachments ?? []).flatMap((attachment) => {
    const card = cardSchema.safeParse(attachment.content);
    if (!card.success) return [];
    return (card.data.actions ?? []).flatMap((action) => {
      const submit = submitActionSchema.safeParse(action);
      return submit.success ? [{ kind: 'submit' as const, title: submit.data.title, value: submit.data.data }] : [];
    });
  });
}

function actionText(action: CardAction): string {
  return typeof action.value === 'string' && action.value !== '' ? action.value : (action.title ?? '');
}

/** What a turn's replies offer to press, as the person sees them on the channel. */
export function offeredPresses(replies: readonly Partial<Activity>[], channel: 'web' | 'sms'): Press[] {
  const withChoices = replies.filter((reply) => (reply.suggestedActions?.actions.length ?? 0) > 0).at(-1);
  const actions = withChoices?.suggestedActions?.actions ?? [];
  if (channel === 'sms') return actions.map((_action, index) => ({ kind: 'text', text: String(index + 1) }));
  return [...actions.map((action) => ({ kind: 'text' as const, text: actionText(action) })), ...replies.flatMap(cardPresses)];
}

function label(press: Press): string {
  return press.kind === 'text' ? press.text : `[card] ${press.title}`;
}

function send(chat: DialogChat, press: Press): Promise<Partial<Activity>[]> {
  return press.kind === 'text' ? chat.say(press.text) : chat.submit(press.value);
}

/** The words of a reply as the person reads them: its text, then its buttons. */
function shown(reply: Partial<Activity>): string {
  const buttons = reply.suggestedActions?.actions.map((action) => action.title ?? '') ?? [];
  const cards = (reply.attachments ?? []).length;
  return [reply.text ?? '', buttons.length > 0 ? `[${buttons.join(' | ')}]` : '', cards > 0 ? `(${cards} attachment${cards === 1 ? '' : 's'})` : '']
    .filter((part) => part !== '')
    .join(' ');
}

/** A state: the question waiting, with its choices. Reference codes and ids differ run to run, so they are masked. */
function stateKey(replies: readonly Partial<Activity>[]): string {
  const prompt = replies.filter((reply) => (reply.suggestedActions?.actions.length ?? 0) > 0 || (reply.attachments ?? []).length > 0).at(-1) ?? replies.at(-1);
  return (prompt === undefined ? '' : shown(prompt)).replace(/CB-[A-Z0-9-]+/g, 'CB-*');
}

/** What is wrong with the replies to a press the bot offered, if anything. */
export function turnProblems(replies: readonly Partial<Activity>[], channel: 'web' | 'sms'): string[] {
  const problems: string[] = [];
  if (replies.length === 0) problems.push('no reply at all');
  for (const reply of replies) {
    const pattern = reaskPatterns.find((candidate) => candidate.test(reply.text ?? ''));
    if (pattern !== undefined) problems.push(`re-asked or dead end (${pattern.source})`);
  }
  replies.forEach((reply, index) => {
    const next = replies[index + 1];
    if (next !== undefined && (reply.text ?? '') !== '' && reply.text === next.text) problems.push('the same reply twice in a row');
  });
  const withChoices = replies.filter((reply) => (reply.suggestedActions?.actions.length ?? 0) > 0);
  if (channel === 'web' && withChoices.length > 0 && withChoices.at(-1) !== replies.at(-1)) {
    // Web Chat shows suggested actions only while their message is the last one.
    problems.push('buttons hidden by a later reply');
  }
  if (channel === 'sms') {
    if (withChoices.length > 1) problems.push('two numbered lists of choices in one turn');
    const numberedLines = replies.filter((reply) => !withChoices.includes(reply)).some((reply) => /^\d{1,2}[.)] /m.test(reply.text ?? ''));
    if (withChoices.length > 0 && numberedLines) problems.push('numbered choices beside another numbered list: a number would mean two things');
  }
  return problems;
}

/**
 * Breadth-first over the conversation states reachable by pressing what the bot offers, from
 * `first`: every state's every button is pressed once (in a fresh conversation that replays the
 * presses that led there), and each reply is checked with {@link turnProblems}. States are told
 * apart by the question waiting and its choices, so the walk covers new dialogs without a list.
 */
export async function walkButtons(options: WalkOptions): Promise<WalkResult> {
  const breaks: WalkBreak[] = [];
  const firstChat = await options.start();
  const firstReplies = await firstChat.say(options.first);
  const seen = new Set<string>([stateKey(firstReplies)]);
  let frontier: { path: Press[]; offered: Press[] }[] = [{ path: [], offered: offeredPresses(firstReplies, options.channel) }];
  let presses = 0;
  for (let depth = 1; depth <= options.maxDepth && frontier.length > 0; depth += 1) {
    const next: typeof frontier = [];
    for (const state of frontier) {
      for (const press of state.offered) {
        const chat = await options.start();
        await chat.say(options.first);
        for (const earlier of state.path) await send(chat, earlier);
        const replies = await send(chat, press);
        presses += 1;
        const path = [...state.path, press];
        for (const problem of turnProblems(replies, options.channel)) {
          breaks.push({ path: path.map(label), problem, replies: replies.map(shown) });
        }
        const key = stateKey(replies);
        if (seen.has(key)) continue;
        seen.add(key);
        if (seen.size > options.maxStates) throw new Error(`the walk passed ${options.maxStates} states: raise the bound or look for a state that never repeats`);
        next.push({ path, offered: offeredPresses(replies, options.channel) });
      }
    }
    frontier = next;
  }
  return { states: seen.size, presses, unexplored: frontier.length, breaks };
}

/** Breaks as readable text for an assertion message. */
export function describeBreaks(breaks: readonly WalkBreak[]): string {
  return breaks.map((found) => `${found.path.join(' > ')}\n  ${found.problem}\n  ${found.replies.join('\n  ')}`).join('\n\n');
}
