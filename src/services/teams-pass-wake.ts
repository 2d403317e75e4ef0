import type { Logger } from 'pino';
import { z } from 'zod';
import { errorCode } from '../bot/error-code';
import type { DomainEvent } from '../domain/callbacks/domain-event';
import type { Clock } from '../domain/clock';
import { jobType, type Jobs } from '../jobs/jobs';
import type { KeyedReference } from '../store/keyed-reference';
import type { EventOutbox } from '../store/ports';
import { nudgesReader, nudgesReaderReference } from './callback-nudges';

/** The Teams outbox reader run at once for one new request (handled in `createCallbackCards`). */
export const teamsWakeJob = jobType('teams.nudges.wake', z.strictObject({}));

export interface TeamsPassWakeDependencies {
  /** The outbox the events go to (`CallbackTimers`). */
  readonly events: EventOutbox;
  readonly jobs: Pick<Jobs, 'schedule'>;
  readonly references: KeyedReference;
  readonly clock: Clock;
  /** Event types, request ids and error codes only. */
  readonly logger: Logger;
}

/**
 * The event outbox, waking the Teams nudges when a request is made: after `callback.requested`
 * is appended, a one-off job due now runs the outbox reader, so the request's card goes out
 * without waiting for the periodic pass, which stays the safety net (a wake that cannot be
 * scheduled is logged; the event stands and the next pass posts the card). The job's id is the
 * request's (`teams-nudges.wake.<request id>`), so the same request wakes the reader once. Like a
 * pass, each wake runs on one instance; one that meets a pass on another instance sends nothing
 * twice (sends are keyed, the cursor only moves forward).
 */
export class TeamsPassWake implements EventOutbox {
  constructor(private readonly deps: TeamsPassWakeDependencies) {}

  async append(event: DomainEvent): Promise<void> {
    await this.deps.events.append(event);
    if (event.type !== 'callback.requested') return;
    const { jobs, references, clock, logger } = this.deps;
    await jobs.schedule(teamsWakeJob, { id: `${nudgesReader}.wake.${event.callbackId}`, person: nudgesReaderReference(references), data: {}, timing: { at: clock.now() } }).catch((error: unknown) => {
      logger.warn({ event: 'teams.wake_not_scheduled', callbackId: event.callbackId, code: errorCode(error) }, 'Teams nudges not woken: the next pass posts the card');
    });
  }

  read(afterId: string, limit: number): ReturnType<EventOutbox['read']> {
    return this.deps.events.read(afterId, limit);
  }
}
