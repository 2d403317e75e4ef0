import { MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import { showsCards } from './channel-capabilities';

/**
 * A question with choices as suggested actions (buttons in Web Chat, Teams and the Emulator).
 * Channels without buttons render them as a numbered list (the SMS adapter does), and every
 * dialog accepts the number, so "2" always picks the second choice.
 */
export function choiceReply(text: string, choices: readonly string[]): Partial<Activity> {
  return MessageFactory.suggestedActions([...choices], text);
}

/** A reply (a carousel of results, say) with choices under it. */
export function withChoices(reply: Partial<Activity>, choices: readonly string[]): Partial<Activity> {
  const { suggestedActions } = MessageFactory.suggestedActions([...choices]);
  return suggestedActions === undefined ? reply : { ...reply, suggestedActions };
}

/**
 * A question whose answer is typed (often a number, like a 0–10 rating) and may be skipped: a
 * "Skip" button where buttons show. Not on SMS, where choices become a numbered list and "1. Skip"
 * would make a reply of 1 mean two things; the question itself says to type "skip" there.
 */
export function skippableQuestion(text: string, context: TurnContext): Partial<Activity> | string {
  return showsCards(context) ? choiceReply(text, ['Skip']) : text;
}
