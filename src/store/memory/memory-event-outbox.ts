import { checkedEventId, domainEventCodec, eventReadLimit } from '../callback-record-schema';
import type { EventOutbox } from '../ports';
import type { DomainEvent } from '../../domain/callbacks/domain-event';

/** Events kept; the oldest are dropped beyond this, as the Redis stream is trimmed. */
const maxEvents = 10_000;

/**
 * The outbox in this process's memory: events encoded, with ids `<seq>-0` that only increase
 * (the same form as Redis stream ids, so readers treat both alike).
 */
export class MemoryEventOutbox implements EventOutbox {
  private readonly events: Array<{ readonly seq: number; readonly raw: string }> = [];
  private lastSeq = 0;

  async append(event: DomainEvent): Promise<void> {
    const { raw } = domainEventCodec.encode(event);
    this.lastSeq += 1;
    this.events.push({ seq: this.lastSeq, raw });
    if (this.events.length > maxEvents) this.events.splice(0, this.events.length - maxEvents);
  }

  async read(afterId: string, limit: number): Promise<Array<{ id: string; event: DomainEvent }>> {
    const [ms, seq] = checkedEventId(afterId).split('-');
    // An id `<n>-<s>` with s > 0 lies after event n (ids here all end in -0).
    const after = Number(ms) + (Number(seq ?? '0') > 0 ? 0.5 : 0);
    return this.events
      .filter((entry) => entry.seq > after)
      .slice(0, eventReadLimit(limit))
      .map((entry) => ({ id: `${entry.seq}-0`, event: domainEventCodec.decode(entry.raw) }));
  }
}
