import type { TurnContext } from 'botbuilder';

/** Channels that show plain text only: cards become text there. */
const textOnlyChannels: ReadonlySet<string> = new Set(['sms']);

/** True when the person's channel renders Adaptive Cards (web chat, Teams, the Emulator). */
export function showsCards(context: TurnContext): boolean {
  return !textOnlyChannels.has(context.activity.channelId);
}
