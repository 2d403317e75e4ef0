import type { TurnContext } from 'botbuilder';

const safetyConcernOpen = Symbol('safetyConcernOpen');

/**
 * Marks this turn as one in a conversation where the person has had a safety reply (the concern
 * the pipeline keeps open for the conversation), so a callback request made now can say so to
 * the team. Only that: not when, nor what was said.
 */
export function markSafetyConcernOpen(context: TurnContext): void {
  context.turnState.set(safetyConcernOpen, true);
}

/** True when the person has had a safety reply in this conversation (see {@link markSafetyConcernOpen}). */
export function isSafetyConcernOpen(context: TurnContext): boolean {
  return context.turnState.get(safetyConcernOpen) === true;
}
