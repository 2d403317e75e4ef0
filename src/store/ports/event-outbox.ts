import type { DomainEvent } from '../../domain/callbacks/domain-event';

/**
 * Events for later work (Teams nudges), kept in order and shared by every instance. Bounded: the
 * oldest are dropped beyond about 10,000. Readers remember the id of the last event they handled.
 */
export interface EventOutbox {
  /**
   * Appends an event.
   * @throws AppError STORE_RECORD_INVALID when the event does not fit the schema.
   */
  append(event: DomainEvent): Promise<void>;
  /**
   * Events after `afterId` (exclusive; '0' for all), oldest first, with their ids (`<ms>-<seq>`).
   * @throws AppError BAD_REQUEST when `afterId` is not an event id.
   */
  read(afterId: string, limit: number): Promise<Array<{ id: string; event: DomainEvent }>>;
}
