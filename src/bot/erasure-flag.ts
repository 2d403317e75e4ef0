import type { TurnContext } from 'botbuilder';

const erasureRequested = Symbol('erasureRequested');

/** Marks this turn's conversation state for erasure: the pipeline deletes it instead of saving. */
export function requestConversationErasure(context: TurnContext): void {
  context.turnState.set(erasureRequested, true);
}

export function isConversationErasureRequested(context: TurnContext): boolean {
  return context.turnState.get(erasureRequested) === true;
}
