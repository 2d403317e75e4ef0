import type { PushSubscriptionRecord } from '../domain/web-push/push-subscription';

/** What a notification says: fixed words, never a name, a goal or anything the person wrote. */
export interface PushMessage {
  readonly title: string;
  readonly body: string;
  /** The page to open when the notification is clicked (a path on this service). */
  readonly url: string;
  /** Same tag, same notification: a repeat replaces the one showing instead of adding another. */
  readonly tag: string;
}

/**
 * What the push service answered: `sent` (accepted, 2xx), `gone` (404 or 410: the browser
 * unsubscribed or the subscription lapsed; forget it).
 */
export type PushOutcome = 'sent' | 'gone';

/** Sends one encrypted Web Push message to one browser. */
export interface PushSender {
  /**
   * Encrypts `message` for the subscription (RFC 8291), signs with the VAPID key (RFC 8292) and
   * posts it to the subscription's push service.
   * @throws AppError UPSTREAM_UNAVAILABLE when the push service fails or answers anything else.
   */
  send(subscription: PushSubscriptionRecord, message: PushMessage): Promise<PushOutcome>;
}
