import type { Logger } from 'pino';
import { AppError } from '../domain/app-error';
import type { PushSubscriptionStore } from '../store/ports';
import type { PushMessage, PushSender } from './push-sender';

/** The one thing a notification says for a check-in: no name, no goal, nothing the person wrote. */
export const checkinWaitingMessage: PushMessage = {
  title: 'Living Well companion',
  body: 'You have a check-in waiting',
  url: '/',
  tag: 'checkin',
};

/** How a push to one person went: browsers told, and browsers forgotten (404 or 410). */
export interface PushResult {
  readonly sent: number;
  readonly removed: number;
}

/**
 * Pushes a message to every browser a person subscribed. A browser whose push service answers 404
 * or 410 is forgotten. When any other browser failed the whole push fails (a job retries it): the
 * ones already told get it again, replacing the notification showing (same tag, same Topic).
 */
export class PushNotifier {
  constructor(
    private readonly deps: {
      readonly subscriptions: Pick<PushSubscriptionStore, 'list' | 'remove'>;
      readonly sender: PushSender;
      readonly logger: Logger;
    },
  ) {}

  /**
   * Tells each of the person's browsers (`person`: their keyed reference).
   * @throws AppError UPSTREAM_UNAVAILABLE when a push service failed; STORE_UNAVAILABLE.
   */
  async notify(person: string, message: PushMessage): Promise<PushResult> {
    const subscriptions = await this.deps.subscriptions.list(person);
    const outcomes = await Promise.allSettled(subscriptions.map((subscription) => this.deps.sender.send(subscription, message)));
    let sent = 0;
    let removed = 0;
    let failed = 0;
    for (const [index, outcome] of outcomes.entries()) {
      const subscription = subscriptions[index];
      if (outcome.status === 'rejected') failed += 1;
      else if (outcome.value === 'sent') sent += 1;
      else if (subscription !== undefined) {
        await this.deps.subscriptions.remove(person, subscription.endpoint);
        removed += 1;
      }
    }
    // Counts only: the reference and endpoints stay out of the log.
    this.deps.logger.info({ event: 'push.sent', tag: message.tag, sent, removed, failed }, 'web push sent');
    if (failed > 0) throw new AppError('UPSTREAM_UNAVAILABLE', `${failed} of ${outcomes.length} push services failed`);
    return { sent, removed };
  }
}
