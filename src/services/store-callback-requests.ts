import { randomInt, randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { CallbackDetails, CallbackRequests } from '../../dialogs/dialog-services';
import { applyTransition, callbackConsentWordingVersion, isOpen, type CallbackRequest } from '../domain/callbacks/callback-request';
import { newReferenceCode } from '../domain/callbacks/reference-code';
import { isAppError } from '../domain/app-error';
import { type Clock, isoNow } from '../domain/clock';
import type { CallbackStore, EventOutbox } from '../store/ports';
import { personKey } from '../bot/person-key';
import { isSafetyConcernOpen } from '../bot/safety-concern-flag';

export interface StoreCallbackRequestsDependencies {
  readonly callbacks: CallbackStore;
  readonly events: EventOutbox;
  readonly clock: Clock;
}

/** A uniform number in [0, 1) from the operating system's generator: reference codes must not be guessable. */
function cryptoRandom(): number {
  return randomInt(0, 2 ** 47) / 2 ** 47;
}

/**
 * Callback requests from the conversation, over the callback store. Each new request (and each
 * cancellation) is also an event in the outbox (`callback.requested`, `callback.cancelled`) with
 * ids and the reference only, for the practitioners' nudges to pick up.
 */
export class StoreCallbackRequests implements CallbackRequests {
  constructor(private readonly deps: StoreCallbackRequestsDependencies) {}

  latest(context: TurnContext): Promise<CallbackRequest | undefined> {
    return this.deps.callbacks.latestFor(personKey(context.activity));
  }

  async request(context: TurnContext, details: CallbackDetails): ReturnType<CallbackRequests['request']> {
    const at = isoNow(this.deps.clock);
    const request: CallbackRequest = {
      id: randomUUID(),
      reference: newReferenceCode(cryptoRandom),
      siteId: details.siteId,
      personKey: personKey(context.activity),
      channelId: context.activity.channelId,
      name: details.name,
      phoneE164: details.phoneE164,
      bestTimes: [...details.bestTimes],
      ...(details.about === undefined ? {} : { about: details.about }),
      ...(isSafetyConcernOpen(context) ? { safetyReplyInConversation: true as const } : {}),
      consentToShare: { givenAt: at, wordingVersion: callbackConsentWordingVersion },
      status: 'requested',
      requestedAt: at,
      updatedAt: at,
    };
    const outcome = await this.createWithFreshCode(request);
    if (!outcome.created) return outcome;
    await this.deps.events.append({ type: 'callback.requested', at, siteId: request.siteId, callbackId: request.id, reference: request.reference });
    return { created: true, request };
  }

  /** Reference codes are random: on the rare clash with an existing one, draw another. */
  private async createWithFreshCode(request: CallbackRequest): ReturnType<CallbackStore['create']> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.deps.callbacks.create(attempt === 1 ? request : { ...request, reference: newReferenceCode(cryptoRandom) });
      } catch (error) {
        if (!isAppError(error, 'CONFLICT') || attempt >= 5) throw error;
      }
    }
  }

  async cancel(context: TurnContext): Promise<CallbackRequest | undefined> {
    const latest = await this.latest(context);
    if (latest === undefined || !isOpen(latest)) return undefined;
    const at = isoNow(this.deps.clock);
    const cancelled = await this.deps.callbacks.update(latest.id, (current) => {
      const result = applyTransition(current, { action: 'cancel', at });
      return result.ok ? result.request : undefined;
    });
    if (cancelled?.status !== 'cancelled') return undefined;
    await this.deps.events.append({ type: 'callback.cancelled', at, siteId: cancelled.siteId, callbackId: cancelled.id, reference: cancelled.reference });
    return cancelled;
  }
}
