import { MessageFactory, type Activity } from 'botbuilder';

/**
 * A question with choices as suggested actions (buttons in Web Chat, Teams and the Emulator).
 * Channels without buttons render them as a numbered list (the SMS adapter does), and every
 * dialog accepts the number, so "2" always picks the second choice.
 */
export function choiceReply(text: string, choices: readonly string[]): Partial<Activity> {
  return MessageFactory.suggestedActions([...choices], text);
}
