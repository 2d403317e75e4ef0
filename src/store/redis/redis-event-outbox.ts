import { AppError } from '../../domain/app-error';
import { checkedEventId, domainEventCodec, eventReadLimit } from '../callback-record-schema';
import type { EventOutbox } from '../ports';
import type { DomainEvent } from '../../domain/callbacks/domain-event';
import { redisCall } from './redis-call';
import type { RedisCommands } from './redis-commands';

/** The stream holding the events. */
const eventsKey = 'events';
/** About this many are kept (`MAXLEN ~`: Redis trims whole nodes, so a few more may stay). */
const maxEvents = 10_000;

/** The outbox on Redis: a stream `events`, each entry one field `e` = `{ v: 1, event }`. */
export class RedisEventOutbox implements EventOutbox {
  constructor(private readonly redis: RedisCommands) {}

  async append(event: DomainEvent): Promise<void> {
    const { raw } = domainEventCodec.encode(event);
    await redisCall('appending an event', this.redis.xadd(eventsKey, 'MAXLEN', '~', String(maxEvents), '*', 'e', raw));
  }

  async read(afterId: string, limit: number): Promise<Array<{ id: string; event: DomainEvent }>> {
    const start = checkedEventId(afterId);
    const count = eventReadLimit(limit);
    if (count === 0) return [];
    const entries = await redisCall('reading events', this.redis.xrange(eventsKey, `(${start}`, '+', 'COUNT', count));
    return entries.map(([id, fields]) => {
      const raw = fields[0] === 'e' ? fields[1] : undefined;
      if (raw === undefined) throw new AppError('STORE_RECORD_INVALID', 'stored event has an unknown shape');
      return { id, event: domainEventCodec.decode(raw) };
    });
  }
}
