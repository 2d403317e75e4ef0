import type { Activity } from 'botbuilder';
import MessagingResponse from 'twilio/lib/twiml/MessagingResponse';
import { toGsm7Friendly } from './gsm7-text';
import { combineReplies, renderSmsReply, replyMoreNote, splitForSms, type SmsReply } from './sms-render';

/** Most `<Message>`s one TwiML answer carries (Twilio's own limit is 10). */
export const maxMessagesPerAnswer = 10;

/** TwiML that sends nothing: `<Response/>`. */
export const emptyTwiml = new MessagingResponse().toString();

/** A TwiML answer sending each body as its own SMS (XML-escaped by the twilio package). */
export function twimlFor(messages: readonly string[]): string {
  const response = new MessagingResponse();
  for (const message of messages) response.message(message);
  return response.toString();
}

/**
 * What is to be sent to one number for one inbound message (or one proactive send): the bot's
 * activities and the channel's own texts, rendered as they arrive, planned into SMS bodies when
 * taken. Taking twice (the budget passed mid-turn) sends what was there, then what came after.
 */
export class SmsOutbox {
  private readonly replies: SmsReply[] = [];
  private taken = 0;
  private readonly rests: string[] = [];
  /** True when this exchange's rest replaces the one waiting for MORE (a turn, or MORE itself). */
  replacesRest = false;
  /** True when the person's data was erased in this turn: nothing more is kept about them. */
  erasureRequested = false;

  /** An activity the bot sent; typing, events and empty messages send nothing. */
  addActivity(activity: Partial<Activity>): void {
    const reply = renderSmsReply(activity);
    if (reply !== undefined) this.replies.push(reply);
  }

  /** A text of the channel's own (HELP, notices, the rest of a long reply). */
  addText(text: string): void {
    this.replies.push({ text: toGsm7Friendly(text), safety: false });
  }

  /** True when something is waiting to be taken. */
  hasMessages(): boolean {
    return this.replies.length > this.taken;
  }

  /**
   * The SMS bodies for what arrived since the last take: short replies combined, long ones cut
   * with "(Reply MORE for the rest)" (a safety reply is never combined or cut), at most
   * {@link maxMessagesPerAnswer}; what is cut off waits in {@link SmsOutbox.rest}.
   */
  takeMessages(): string[] {
    const fresh = this.replies.slice(this.taken);
    this.taken = this.replies.length;
    const messages: string[] = [];
    for (const reply of combineReplies(fresh)) {
      if (messages.length === maxMessagesPerAnswer) {
        this.rests.push(reply.text);
        continue;
      }
      const split = splitForSms(reply);
      messages.push(split.first);
      if (split.rest !== undefined) this.rests.push(split.rest);
    }
    const last = messages.at(-1);
    if (messages.length === maxMessagesPerAnswer && this.rests.length > 0 && last !== undefined && !last.endsWith(replyMoreNote)) {
      messages[messages.length - 1] = `${last}${replyMoreNote}`;
    }
    return messages;
  }

  /** What is left for MORE after the takes so far, if anything. */
  rest(): string | undefined {
    return this.rests.length === 0 ? undefined : this.rests.join('\n\n');
  }
}
