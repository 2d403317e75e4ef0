import type { Logger } from 'pino';
import { z } from 'zod';
import { AppError } from '../domain/app-error';
import {
  applyTransition,
  callbackStatuses,
  waitingTimeMs,
  type CallbackRequest,
  type CallbackStatus,
  type CallbackTransition,
} from '../domain/callbacks/callback-request';
import type { ErasedCallback } from '../domain/callbacks/erased-callback';
import { type Clock, isoNow } from '../domain/clock';
import type { SiteId } from '../domain/sites';
import { describeWeeklyHours, openingStatus, type OpeningStatus } from '../domain/team/opening-hours';
import { teamDirectoryEntrySchema, type TeamDirectoryEntry } from '../domain/team/team-directory';
import { teamHoursInForce } from '../listings/bank-holidays';
import type { AdminTokenStore, CallbackStore, DomainEvent, EventOutbox, TeamDirectoryStore } from '../store/ports';
import { fieldProblems, type BodyOf } from './admin-api';
import { authorizeSite } from './admin-auth';

export interface TeamAdminApiDependencies {
  readonly teams: TeamDirectoryStore;
  readonly callbacks: CallbackStore;
  readonly events: EventOutbox;
  readonly adminTokens: AdminTokenStore;
  /** ADMIN_TOKEN; undefined: the admin API refuses every request. */
  readonly superToken: string | undefined;
  readonly clock: Clock;
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

/** What practitioners do to a request through the admin API (cancelling is the person's). */
export type TeamCallbackAction = 'claim' | 'contacted' | 'close';

/** Fields of an entry the server sets or computes: accepted in a PUT body (so a GET can be sent back) but not taken from it. */
const readOnlyFields = ['updatedAt', 'openNow', 'weeklyHours'] as const;

const listQuerySchema = z.object({
  status: z.enum(callbackStatuses, { error: `one of ${callbackStatuses.join(', ')}` }).optional(),
});

const transitionBodySchema = z.strictObject({
  by: z.string({ error: 'who did it: a name or id, 1 to 100 characters' }).trim().min(1, 'who did it: a name or id, 1 to 100 characters').max(100, 'at most 100 characters'),
  reason: z.string().trim().max(500, 'at most 500 characters').optional(),
});

const callbackIdSchema = z.uuid();

const eventTypeOf: Readonly<Record<TeamCallbackAction, DomainEvent['type']>> = {
  claim: 'callback.claimed',
  contacted: 'callback.contacted',
  close: 'callback.closed',
};

const logEventOf: Readonly<Record<TeamCallbackAction, string>> = {
  claim: 'admin.callback_claimed',
  contacted: 'admin.callback_contacted',
  close: 'admin.callback_closed',
};

const actionWords: Readonly<Record<TeamCallbackAction, string>> = {
  claim: 'claimed',
  contacted: 'marked as contacted',
  close: 'closed',
};

/**
 * The admin API's team handlers: a site's contact details and opening hours (read, replace), and
 * its callback requests (the team's work list: list, claim, contacted, close). Same auth and
 * error rules as the listings routes: the super admin or that site's token; inputs parsed with
 * zod here; errors are AppErrors (UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, BAD_REQUEST with
 * `fields`). The work list shows people's names and numbers: they agreed to share them with the
 * team for the callback. Logs carry ids only.
 */
export class TeamAdminApi {
  constructor(private readonly deps: TeamAdminApiDependencies) {}

  /** The site's team details, whether the team is open now, and its weekly hours in words. */
  async getSite(authorization: string | undefined, rawSiteId: unknown): Promise<SiteTeamView> {
    const siteId = await this.siteAccess(authorization, rawSiteId);
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
  async replaceSite(authorization: string | undefined, rawSiteId: unknown, body: BodyOf<unknown>): Promise<TeamDirectoryEntry> {
    const siteId = await this.siteAccess(authorization, rawSiteId);
    const entry = teamEntryFromBody(body(), siteId, isoNow(this.deps.clock));
    await this.deps.teams.put(entry);
    this.deps.logger.info({ event: 'admin.team_replaced', siteId }, 'team details replaced');
    return entry;
  }

  /**
   * The site's callback requests, newest first, optionally of one status (`?status=requested`), each
   * with `waitingTimeMs`; requests of people who deleted their data are listed without their details.
   */
  async listCallbacks(authorization: string | undefined, rawSiteId: unknown, query: unknown): Promise<{ siteId: SiteId; total: number; callbacks: ListedCallback[] }> {
    const siteId = await this.siteAccess(authorization, rawSiteId);
    const parsed = listQuerySchema.safeParse(query ?? {});
    if (!parsed.success) throw new AppError('BAD_REQUEST', 'Ask for ?status=requested, claimed, contacted, closed or cancelled.', { fields: fieldProblems(parsed.error) });
    const { status } = parsed.data;
    const [requests, erased] = await Promise.all([this.deps.callbacks.listBySite(siteId, status), this.deps.callbacks.erasedBySite(siteId)]);
    const callbacks = [...requests, ...erased.filter((request) => status === undefined || request.status === status)]
      .sort((a, b) => Date.parse(b.requestedAt) - Date.parse(a.requestedAt))
      .map((request) => ({ ...request, waitingTimeMs: waitingTimeMs(request) ?? null }));
    return { siteId, total: callbacks.length, callbacks };
  }

  /**
   * Claims a request, marks it contacted or closes it, recording who (`by`) and when, and appends
   * the matching event to the outbox. Body: `{ by, reason? }` (reason kept only when closing).
   * @throws AppError NOT_FOUND for an unknown request or one of another site; CONFLICT when the
   *   request's status does not allow it (the message names the status), or the person deleted their
   *   data; BAD_REQUEST for a bad body.
   */
  async transitionCallback(
    authorization: string | undefined,
    rawSiteId: unknown,
    rawId: unknown,
    action: TeamCallbackAction,
    body: BodyOf<unknown>,
  ): Promise<CallbackRequest> {
    const siteId = await this.siteAccess(authorization, rawSiteId);
    const parsed = transitionBodySchema.safeParse(body());
    if (!parsed.success) throw new AppError('BAD_REQUEST', 'Send { "by": "<who>", "reason"?: "<why>" }.', { fields: fieldProblems(parsed.error) });
    const id = callbackIdSchema.safeParse(rawId);
    if (!id.success) throw notFound();
    const at = isoNow(this.deps.clock);
    const { by, reason } = parsed.data;
    const transition: CallbackTransition = action === 'close' && reason !== undefined ? { action, by, at, reason } : { action, by, at };

    // What the last run of the change saw: `update` may run it more than once.
    let outcome: 'other-site' | { refusedFrom: CallbackStatus } | 'applied' | undefined;
    const updated = await this.deps.callbacks.update(id.data, (current) => {
      if (current.siteId !== siteId) {
        outcome = 'other-site';
        return undefined;
      }
      const result = applyTransition(current, transition);
      if (!result.ok) {
        outcome = { refusedFrom: result.from };
        return undefined;
      }
      outcome = 'applied';
      return result.request;
    });
    if (updated === undefined) {
      if (typeof outcome === 'object') {
        throw new AppError('CONFLICT', `This callback request is ${outcome.refusedFrom}: it cannot be ${actionWords[action]}.`);
      }
      if (outcome === undefined && (await this.deps.callbacks.erasedBySite(siteId)).some((erased) => erased.id === id.data)) {
        throw new AppError('CONFLICT', `The person deleted their data, so this callback request is finished: it cannot be ${actionWords[action]}.`);
      }
      throw notFound();
    }

    const event: DomainEvent = { type: eventTypeOf[action], at, siteId, callbackId: updated.id, reference: updated.reference };
    try {
      await this.deps.events.append(event);
    } catch {
      // The request has changed already: answering an error would invite a retry that gets 409.
      // The missed nudge is logged (ids only) so it can be followed up.
      this.deps.logger.error({ event: 'admin.callback_event_failed', siteId, callbackId: updated.id, type: event.type }, 'callback event not appended');
    }
    this.deps.logger.info({ event: logEventOf[action], siteId, callbackId: updated.id }, 'callback request updated');
    return updated;
  }

  private async siteAccess(authorization: string | undefined, rawSiteId: unknown): Promise<SiteId> {
    return authorizeSite(authorization, rawSiteId, { superToken: this.deps.superToken, tokens: this.deps.adminTokens });
  }
}

/**
 * A team directory entry from a PUT body, for the site in the path, stamped `updatedAt`.
 * @throws AppError BAD_REQUEST naming every field that is wrong.
 */
export function teamEntryFromBody(body: unknown, siteId: SiteId, updatedAt: string): TeamDirectoryEntry {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new AppError('BAD_REQUEST', 'Send the team details as a JSON object.', { fields: [{ field: 'body', message: 'a JSON object' }] });
  }
  const given = Object.fromEntries(Object.entries(body).filter(([field]) => !readOnlyFields.some((readOnly) => readOnly === field)));
  const problems = given['siteId'] !== undefined && given['siteId'] !== siteId ? [{ field: 'siteId', message: `must be ${siteId} (the site in the path), or left out` }] : [];
  const parsed = teamDirectoryEntrySchema.safeParse({ ...given, siteId, updatedAt });
  if (!parsed.success || problems.length > 0) {
    throw new AppError('BAD_REQUEST', 'The team details have problems; see fields.', { fields: [...problems, ...(parsed.success ? [] : fieldProblems(parsed.error))] });
  }
  return parsed.data;
}

function notFound(): AppError {
  return new AppError('NOT_FOUND', 'There is no such callback request in this site.');
}
