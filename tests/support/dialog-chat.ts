import type { Activity, TestAdapter } from 'botbuilder';
import { dialogTestAdapter, testExportLinks } from './dialog-test-bot';
import { openTestMemoryStores } from './test-stores';
import type { CheckInReminders } from '../../src/services/check-in-reminders';
import type { Clock } from '../../src/domain/clock';
import type { Stores } from '../../src/store/ports';
import { systemClock } from '../../src/runtime/system-clock';

/**
 * A conversation with the real pipeline and dialogs on botbuilder's TestAdapter, one turn at a
 * time: `say` returns every reply of that turn, so tests can read a flow whose reply count varies.
 */
export class DialogChat {
  readonly adapter: TestAdapter;

  constructor(
    channelId = 'emulator',
    readonly stores: Stores = openTestMemoryStores(),
    private readonly clock: Clock = systemClock,
    userId?: string,
    conversationId?: string,
    reminders?: CheckInReminders,
  ) {
    this.adapter = dialogTestAdapter(channelId, stores, clock, userId, conversationId, reminders);
  }

  /** Sends one message and returns the replies it produced, in order. */
  async say(text: string): Promise<Partial<Activity>[]> {
    await this.adapter.receiveActivity(text);
    return this.adapter.activeQueue.splice(0);
  }

  /** Sends what a card button submits (a message with `value` and no text), and returns the replies. */
  async submit(value: Record<string, unknown>): Promise<Partial<Activity>[]> {
    await this.adapter.receiveActivity({ type: 'message', value });
    return this.adapter.activeQueue.splice(0);
  }

  /** Like {@link say}, with the replies' texts joined by newlines (easy to match). */
  async sayText(text: string): Promise<string> {
    return textOf(await this.say(text));
  }

  /** Says "export my data", follows the download link of the reply, and returns the document downloaded. */
  async exportedDocument(): Promise<unknown> {
    const url = exportLinkOf(await this.say('export my data'));
    const token = url.slice(url.lastIndexOf('/') + 1);
    return JSON.parse((await testExportLinks(this.stores, this.clock).redeem(token)).json);
  }

  /** Onboards (agree, then the area) so the conversation is at the main menu. */
  async onboard(area = 'Salford'): Promise<void> {
    await this.say('hi');
    await this.say('yes');
    const replies = await this.say(area);
    if (!textOf(replies).includes('What would you like to do?')) throw new Error('onboarding did not reach the main menu');
  }
}

/** The texts of some replies, joined by newlines. */
export function textOf(replies: readonly Partial<Activity>[]): string {
  return replies.map((reply) => reply.text ?? '').join('\n');
}

/** The button titles of the last reply that has any. */
export function buttonsOf(replies: readonly Partial<Activity>[]): string[] {
  const withButtons = replies.filter((reply) => (reply.suggestedActions?.actions.length ?? 0) > 0).at(-1);
  return withButtons?.suggestedActions?.actions.map((action) => action.title ?? '') ?? [];
}

/** The download link of an export reply: the card's button, or the last word of the text (SMS). */
export function exportLinkOf(replies: readonly Partial<Activity>[]): string {
  for (const reply of replies) {
    const button: unknown = reply.attachments?.[0]?.content?.buttons?.[0]?.value;
    if (typeof button === 'string') return button;
    const word = reply.text?.split(/\s/).at(-1);
    if (word?.includes('/my-data/')) return word;
  }
  throw new Error('no export link in the replies');
}
