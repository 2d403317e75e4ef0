import type { TurnContext } from 'botbuilder';

const erasureRequested = Symbol('erasureRequested');

/**
 * What becomes of the conversation after the person's data is erased this turn: it `ends` (after
 * "delete my data": a next message starts a new one), or it `carries-on` (after "withdraw
 * consent": the person is back at the welcome, in the same conversation).
 */
export type ConversationAfterErasure = 'ends' | 'carries-on';

/**
 * Marks this turn's conversation state for erasure: the pipeline deletes it instead of saving,
 * and the channel deals with the conversation as `after` says once the replies are delivered.
 */
export function requestConversationErasure(context: TurnContext, after: ConversationAfterErasure): void {
  context.turnState.set(erasureRequested, after);
}

export function isConversationErasureRequested(context: TurnContext): boolean {
  return conversationAfterErasure(context) !== undefined;
}

/** How the conversation goes on after an erasure this turn; undefined when there was none. */
export function conversationAfterErasure(context: TurnContext): ConversationAfterErasure | undefined {
  const after: unknown = context.turnState.get(erasureRequested);
  return after === 'ends' || after === 'carries-on' ? after : undefined;
}
