import { randomUUID } from 'node:crypto';
import { AppError } from '../../domain/app-error';
import type { Clock } from '../../domain/clock';
import type { KeyedReference } from '../keyed-reference';
import { KeyedMutex } from '../keyed-mutex';
import type { ConversationLock, HeldLock } from '../ports';
import { sleep } from '../timing';
import { redisCall } from './redis-call';
import type { RedisCommands } from './redis-commands';
import type { ReleasedLocks } from './released-locks';
import { lockKey as lockKeyOf } from './turn-keys';

export interface RedisLockOptions {
  /** How long a lock lives without renewal: bounds the stall after a crashed holder. */
  readonly ttlMs: number;
  /** How long a turn waits for its conversation before giving up with TURN_BUSY. */
  readonly waitMs: number;
  readonly clock: Clock;
  /** The lock key is the conversation's keyed reference (an SMS conversation key holds the number). */
  readonly references: KeyedReference;
  /** Locks a turn's last write released with it: not released again. */
  readonly releasedLocks: ReleasedLocks;
}

/**
 * Conversation lock shared by every instance: `SET NX PX` of `{turns}:lock:<conversation ref>` with a random token, renewed while the
 * turn runs, released only by its holder. Writes made while holding it are fenced (see
 * RedisBotStorage), so a holder that stalled past expiry cannot overwrite a newer turn.
 * Callers in this process queue locally first, so only one of them polls Redis per conversation.
 */
export class RedisConversationLock implements ConversationLock {
  private readonly local = new KeyedMutex();

  constructor(
    private readonly redis: RedisCommands,
    private readonly options: RedisLockOptions,
  ) {}

  runExclusive<T>(conversationKey: string, work: (held: HeldLock<undefined>) => Promise<T>): Promise<T>;
  runExclusive<T, R>(conversationKey: string, work: (held: HeldLock<R>) => Promise<T>, readFirst: () => Promise<R>): Promise<T>;
  runExclusive<T, R>(conversationKey: string, work: (held: HeldLock<R | undefined>) => Promise<T>, readFirst?: () => Promise<R>): Promise<T> {
    const deadline = this.options.clock.now() + this.options.waitMs;
    return this.local.runExclusive(conversationKey, this.options.waitMs, async () => {
      const lockKey = lockKeyOf(this.options.references('conversation', conversationKey));
      const token = randomUUID();
      const read = await this.acquire(lockKey, token, deadline, readFirst);
      const renewal = setInterval(() => {
        this.redis.lwcRenewLock(lockKey, token, String(this.options.ttlMs)).catch(() => undefined);
      }, Math.max(250, Math.floor(this.options.ttlMs / 3)));
      renewal.unref();
      try {
        return await work({ read, fence: { lockKey, token } });
      } finally {
        clearInterval(renewal);
        // If release fails the lock simply expires; the turn's outcome stands.
        if (!this.options.releasedLocks.take(token)) await this.redis.lwcReleaseLock(lockKey, token).catch(() => undefined);
      }
    });
  }

  /** Takes the lock, and makes `readFirst` in the same round trip (auto-pipelining sends commands of one tick together, in order). */
  private async acquire<R>(lockKey: string, token: string, deadline: number, readFirst: (() => Promise<R>) | undefined): Promise<R | undefined> {
    let pauseMs = 2;
    for (;;) {
      const taking = redisCall('taking a conversation lock', this.redis.set(lockKey, token, 'PX', this.options.ttlMs, 'NX'));
      const reading = readFirst?.();
      // A read beside a refused attempt is discarded; its failure must not go unhandled.
      reading?.catch(() => undefined);
      if ((await taking) === 'OK') return reading === undefined ? undefined : await reading;
      if (this.options.clock.now() + pauseMs > deadline) {
        throw new AppError('TURN_BUSY', 'conversation lock held elsewhere for too long');
      }
      // Jittered backoff so instances waiting on one conversation do not move in lockstep.
      await sleep(pauseMs / 2 + Math.random() * pauseMs);
      pauseMs = Math.min(pauseMs * 2, 50);
    }
  }
}
