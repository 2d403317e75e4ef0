import type { TurnContext } from 'botbuilder';

const shortRetention = Symbol('shortRetention');

/**
 * Marks this turn's conversation as one to keep only briefly: the person has not agreed to saving,
 * so the channel keeps the conversation's messages no longer than `seconds` after the last one.
 */
export function keepConversationOnlyFor(context: TurnContext, seconds: number): void {
  context.turnState.set(shortRetention, seconds);
}

/** How long the channel may keep this conversation's messages; undefined for its usual time. */
export function conversationRetentionOf(context: TurnContext): number | undefined {
  const seconds: unknown = context.turnState.get(shortRetention);
  return typeof seconds === 'number' && Number.isInteger(seconds) && seconds > 0 ? seconds : undefined;
}
