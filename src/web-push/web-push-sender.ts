import type { Agent } from 'node:https';
import webPush, { WebPushError } from 'web-push';
import { AppError } from '../domain/app-error';
import type { PushSubscriptionRecord } from '../domain/web-push/push-subscription';
import type { PushMessage, PushOutcome, PushSender } from './push-sender';

/** The VAPID key pair and contact the push services see (VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY, VAPID_SUBJECT). */
export interface VapidDetails {
  /** `mailto:` or `https:` contact for push service operators. */
  readonly subject: string;
  /** base64url P-256 public key: the page subscribes with it. */
  readonly publicKey: string;
  readonly privateKey: string;
}

export interface WebPushSenderOptions {
  readonly vapid: VapidDetails;
  /** How long the push service keeps an undelivered message (seconds). */
  readonly ttlSeconds: number;
  /** Socket timeout of each request. */
  readonly timeoutMs: number;
  /** An https agent of its own (tests: one that trusts the local fake push service's certificate). */
  readonly agent?: Agent;
}

/**
 * {@link PushSender} with the `web-push` package: it encrypts the payload (aes128gcm, through
 * `http_ece`), signs the VAPID JWT and posts over https. Messages carry the `Topic` `checkin`, so a
 * push service holding an undelivered one replaces it rather than queueing another.
 */
export class WebPushSender implements PushSender {
  constructor(private readonly options: WebPushSenderOptions) {}

  async send(subscription: PushSubscriptionRecord, message: PushMessage): Promise<PushOutcome> {
    try {
      await webPush.sendNotification(subscription, JSON.stringify(message), {
        vapidDetails: { ...this.options.vapid },
        TTL: this.options.ttlSeconds,
        urgency: 'normal',
        topic: message.tag,
        timeout: this.options.timeoutMs,
        ...(this.options.agent === undefined ? {} : { agent: this.options.agent }),
      });
      return 'sent';
    } catch (error) {
      if (error instanceof WebPushError && (error.statusCode === 404 || error.statusCode === 410)) return 'gone';
      // Only the status: the error also holds the endpoint, which identifies a browser.
      const status = error instanceof WebPushError ? `answered ${error.statusCode}` : 'could not be reached';
      throw new AppError('UPSTREAM_UNAVAILABLE', `the push service ${status}`);
    }
  }
}
