import { AppError, isAppError } from '../../src/domain/app-error';
import type { Clock } from '../../src/domain/clock';
import { KeyedMutex } from '../../src/store/keyed-mutex';
import type { SendBucket, TeamsSendStore } from '../../src/store/ports';
import { sleep } from '../../src/store/timing';
import type { TeamsSendRates } from '../../src/teams/teams-send-limits';

/**
 * Lets one HTTP attempt at a time through the shared token buckets (per tenant, per
 * conversation) and the global pause. In this process, the attempts for one tenant queue in
 * arrival order and only the first asks the store, so a thousand waiting sends cost one Redis call
 * per token, not a thousand; one held back by its own conversation's bucket waits outside the
 * queue and joins it again, so it does not hold up the tenant's other conversations.
 */
export class TeamsSendGate {
  private readonly lanes = new KeyedMutex();

  constructor(
    private readonly store: TeamsSendStore,
    private readonly rates: TeamsSendRates,
    private readonly clock: Clock,
  ) {}

  /**
   * Waits until an attempt may go to `conversationId` (undefined: creating a conversation, the
   * tenant's bucket only) in `tenantId`, and takes its tokens.
   * @throws AppError UPSTREAM_UNAVAILABLE when that would be after `deadline`; STORE_UNAVAILABLE
   */
  async pass(tenantId: string, conversationId: string | undefined, deadline: number): Promise<void> {
    const tenant: SendBucket = { key: `tenant:${tenantId}`, ...this.rates.tenant };
    const buckets = conversationId === undefined ? [tenant] : [tenant, { key: `conversation:${conversationId}`, ...this.rates.conversation }];
    for (;;) {
      const conversationWaitMs = await this.inLane(tenant.key, deadline, async () => {
        for (;;) {
          const take = await this.store.take(buckets, this.clock.now());
          if (take.taken) return 0;
          if (take.short === 1) return take.waitMs;
          await this.waitUnlessPast(take.waitMs, deadline);
        }
      });
      if (conversationWaitMs === 0) return;
      await this.waitUnlessPast(conversationWaitMs, deadline);
    }
  }

  private async inLane<T>(lane: string, deadline: number, work: () => Promise<T>): Promise<T> {
    try {
      return await this.lanes.runExclusive(lane, Math.max(0, deadline - this.clock.now()), work);
    } catch (error) {
      throw isAppError(error, 'TURN_BUSY') ? tooLong() : error;
    }
  }

  private async waitUnlessPast(ms: number, deadline: number): Promise<void> {
    if (this.clock.now() + ms > deadline) throw tooLong();
    await sleep(ms);
  }
}

function tooLong(): AppError {
  return new AppError('UPSTREAM_UNAVAILABLE', 'the Teams send budget would not allow the send in time');
}
