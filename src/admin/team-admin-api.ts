import type { Logger } from 'pino';
import { AppError } from '../domain/app-error';
import { waitingTimeMs, type CallbackRequest } from '../domain/callbacks/callback-request';
import type { ErasedCallback } from '../domain/callbacks/erased-callback';
import { type Clock, isoNow } from '../domain/clock';
import { fieldProblemsOf } from '../domain/field-problems';
import type { SiteId } from '../domain/sites';
import { describeWeeklyHours, openingStatus, type OpeningStatus } from '../domain/team/opening-hours';
import { teamDirectoryEntrySchema, type TeamDirectoryEntry } from '../domain/team/team-directory';
import { teamHoursInForce } from '../listings/bank-holidays';
import { isUuid } from '../listings/listing-draft';
import type { CallbackStore, EventOutbox, TeamDirectoryStore } from '../store/ports';
import type { AdminActor, AdminAuditRecorder } from './admin-audit';
import type { CallbackListQuery, CallbackTransitionBody, JsonObject } from './admin-requests';
import { changeCallback, type TeamCallbackAction } from '../services/callback-transitions';

export interface TeamAdminApiDependencies {
  readonly teams: TeamDirectoryStore;
  readonly callbacks: CallbackStore;
  readonly events: EventOutbox;
  readonly clock: Clock;
  /** The site's audit trail (team details replaced). */
  readonly audit: AdminAuditRecorder;
  /** Logged by event, site and request id only: never names, numbers or what a request is about. */
  readonly logger: Logger;
}

/** A site's team details as the admin API shows them: the entry, whether it is open now, and its weekly hours in words. */
export type SiteTeamView = TeamDirectoryEntry & { readonly openNow: OpeningStatus; readonly weeklyHours: string[] };

/**
 * A callback request on the team's work list, with how long the person waited to be contacted
 * (null until they were). A request whose person has since deleted their data is listed as what
 * is kept of it ({@link ErasedCallback}: no name, number or words; cancelled if it was still open).
 */
export type ListedCallback = (CallbackRequest | ErasedCallback) & { readonly waitingTimeMs: number | null };

/** Fields of an entry the server sets or computes: accepted in a PUT body (so a GET can be sent back) but not taken from it. */
const readOnlyFields = ['updatedAt', 'openNow', 'weeklyHours'] as const;

const actionWords: Readonly<Record<TeamCallbackAction, string>> = {
  claim: 'claimed',
  contacted: 'marked as contacted',
  close: 'closed',
};

/**
 * The admin API's team handlers: a site's contact details and opening hours (read, replace), and
 * its callback requests (the team's work list: list, claim, contacted, close). Same auth and
 * error rules as the listings routes: the super admin or that site's token (checked before a
 * handler runs); request parts parsed with the schemas in `admin-requests.ts`; errors are AppErrors (UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, BAD_REQUEST with
 * `fields`). The work list shows people's names and numbers: they agreed to share them with the
 * team for the callback. Logs carry ids only.
 */
export class TeamAdminApi {
  constructor(private readonly deps: TeamAdminApiDependencies) {}

  /** The site's team details, whether the team is open now, and its weekly hours in words. */
  async getSite(siteId: SiteId): Promise<SiteTeamView> {
    const entry = await this.deps.teams.get(siteId);
    if (entry === undefined) throw new AppError('NOT_FOUND', 'This site has no team details yet; PUT them.');
    const now = this.deps.clock.now();
    return { ...entry, openNow: openingStatus(teamHoursInForce(entry, now), now), weeklyHours: describeWeeklyHours(entry) };
  }

  /**
   * Replaces the site's team details with the body. `siteId` comes from the path (one in the body
   * must match it) and `updatedAt` is set here; `openNow` and `weeklyHours` are ignored.
   * @throws AppError BAD_REQUEST naming every field that is wrong.
   */
  async replaceSite(siteId: SiteId, body: JsonObject, actor: AdminActor): Promise<TeamDirectoryEntry> {
    const entry = teamEntryFromBody(body, siteId, isoNow(this.deps.clock));
    await this.deps.teams.put(entry);
    await this.deps.audit.record({ siteId, actor, action: 'team.replaced', subject: { type: 'team', id: siteId }, summary: 'Replaced the team details' });
    this.deps.logger.info({ event: 'admin.team_replaced', siteId }, 'team details replaced');
    return entry;
  }

  /**
   * The site's callback requests, newest first, optionally of one status (`?status=requested`), each
   * with `waitingTimeMs`; requests of people who deleted their data are listed without their details.
   */
  async listCallbacks(siteId: SiteId, { status }: CallbackListQuery): Promise<{ siteId: SiteId; total: number; callbacks: ListedCallback[] }> {
    const [requests, erased] = await Promise.all([this.deps.callbacks.listBySite(siteId, status), this.deps.callbacks.erasedBySite(siteId)]);
    const callbacks = [...requests, ...erased.filter((request) => status === undefined || request.status === status)]
      .sort((a, b) => Date.parse(b.requestedAt) - Date.parse(a.requestedAt))
      .map((request) => ({ ...request, waitingTimeMs: waitingTimeMs(request) ?? null }));
    return { siteId, total: callbacks.length, callbacks };
  }

  /**
   * Claims a request, marks it contacted or closes it, recording who (`by`) and when, and appends
   * the matching event to the outbox. Body: `{ by, reason? }` (reason kept only when closing).
   * @throws AppError NOT_FOUND for an unknown request (or an id that is no UUID) or one of another
   *   site; CONFLICT when the request's status does not allow it (the message names the status), or
   *   the person deleted their data.
   */
  async transitionCallback(siteId: SiteId, id: string, action: TeamCallbackAction, { by, reason }: CallbackTransitionBody): Promise<CallbackRequest> {
    if (!isUuid(id)) throw notFound();
    const at = isoNow(this.deps.clock);
    const transition = action === 'close' && reason !== undefined ? { action, by, at, reason } : { action, by, at };
    const outcome = await changeCallback(this.deps, { siteId, id, transition, source: 'admin' });
    switch (outcome.kind) {
      case 'applied':
        return outcome.request;
      case 'refused':
      case 'stale':
        throw new AppError('CONFLICT', `This callback request is ${outcome.request.status}: it cannot be ${actionWords[action]}.`);
      case 'missing':
        if ((await this.deps.callbacks.erasedBySite(siteId)).some((erased) => erased.id === id)) {
          throw new AppError('CONFLICT', `The person deleted their data, so this callback request is finished: it cannot be ${actionWords[action]}.`);
        }
        throw notFound();
    }
  }


}

/**
 * A team directory entry from a PUT body, for the site in the path, stamped `updatedAt`.
 * @throws AppError BAD_REQUEST naming every field that is wrong.
 */
export function teamEntryFromBody(body: JsonObject, siteId: SiteId, updatedAt: string): TeamDirectoryEntry {
  const given = Object.fromEntries(Object.entries(body).filter(([field]) => !readOnlyFields.some((readOnly) => readOnly === field)));
  const problems = given['siteId'] !== undefined && given['siteId'] !== siteId ? [{ field: 'siteId', message: `must be ${siteId} (the site in the path), or left out` }] : [];
  const parsed = teamDirectoryEntrySchema.safeParse({ ...given, siteId, updatedAt });
  if (!parsed.success || problems.length > 0) {
    throw new AppError('BAD_REQUEST', 'The team details have problems; see fields.', { fields: [...problems, ...(parsed.success ? [] : fieldProblemsOf(parsed.error, 'body'))] });
  }
  return parsed.data;
}

function notFound(): AppError {
  return new AppError('NOT_FOUND', 'There is no such callback request in this site.');
}
