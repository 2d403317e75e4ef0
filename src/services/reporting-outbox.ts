import type { Logger } from 'pino';
import { errorCode } from '../bot/error-code';
import type { DomainEvent } from '../domain/callbacks/domain-event';
import { openingStatus } from '../domain/team/opening-hours';
import type { CallbackStore, EventOutbox, TeamDirectoryStore } from '../store/ports';
import type { ReportRecorder } from './report-recorder';

export interface ReportingOutboxDependencies {
  /** The outbox the events go to. */
  readonly events: EventOutbox;
  /** For the request's time when it is first contacted. */
  readonly callbacks: Pick<CallbackStore, 'get'>;
  /** For whether the team was open when the request was made. */
  readonly teams: Pick<TeamDirectoryStore, 'get'>;
  readonly reports: Pick<ReportRecorder, 'record' | 'startWaiting' | 'stopWaiting'>;
  /** Event types, request ids and error codes only. */
  readonly logger: Logger;
}

/**
 * The event outbox, counting callback requests for the outcome reports as they happen: after
 * `callback.requested` (out of hours when the site's team was closed) and `callback.contacted`
 * (the first contact, with the request's wait) are appended. A request waits (still waiting)
 * from `callback.requested` until `callback.contacted`, `callback.closed` or `callback.cancelled`.
 * Counting never fails the append.
 */
export class ReportingOutbox implements EventOutbox {
  constructor(private readonly deps: ReportingOutboxDependencies) {}

  async append(event: DomainEvent): Promise<void> {
    await this.deps.events.append(event);
    try {
      if (event.type === 'callback.requested') {
        await this.deps.reports.startWaiting(event.siteId, event.callbackId, event.at);
        const team = await this.deps.teams.get(event.siteId);
        const outOfHours = team !== undefined && !openingStatus(team, Date.parse(event.at)).open;
        await this.deps.reports.record(event.siteId, { type: 'callback.requested', at: event.at, outOfHours });
      } else if (event.type === 'callback.contacted') {
        await this.deps.reports.stopWaiting(event.siteId, event.callbackId, event.at);
        const request = await this.deps.callbacks.get(event.callbackId);
        if (request !== undefined) await this.deps.reports.record(event.siteId, { type: 'callback.first_contact', at: event.at, requestedAt: request.requestedAt });
      } else if (event.type === 'callback.closed' || event.type === 'callback.cancelled') {
        await this.deps.reports.stopWaiting(event.siteId, event.callbackId, event.at);
      }
    } catch (error) {
      this.deps.logger.warn({ event: 'reports.callback_not_counted', callbackId: event.callbackId, type: event.type, code: errorCode(error) }, 'callback event not counted for the outcome reports');
    }
  }

  read(afterId: string, limit: number): ReturnType<EventOutbox['read']> {
    return this.deps.events.read(afterId, limit);
  }
}
