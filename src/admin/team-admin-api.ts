import type { Logger } from 'pino';
import { AppError } from '../domain/app-error';
import { type Clock, isoNow } from '../domain/clock';
import { fieldProblemsOf } from '../domain/field-problems';
import type { SiteId } from '../domain/sites';
import { describeWeeklyHours, openingStatus, type OpeningStatus } from '../domain/team/opening-hours';
import { teamDirectoryEntrySchema, type TeamDirectoryEntry } from '../domain/team/team-directory';
import type { BankHoliday } from '../domain/team/bank-holiday-closures';
import { teamHoursInForce, upcomingBankHolidays } from '../listings/bank-holidays';
import type { TeamDirectoryStore } from '../store/ports';
import type { JsonObject } from './admin-requests';
import type { AdminActor, AdminAuditRecorder } from './admin-audit';

export interface TeamAdminApiDependencies {
  readonly teams: TeamDirectoryStore;
  readonly clock: Clock;
  /** The site's audit trail (team details replaced). */
  readonly audit: AdminAuditRecorder;
  /** Logged by event, site and request id only: never names, numbers or what a request is about. */
  readonly logger: Logger;
}

/**
 * A site's team details as the admin API shows them: the entry, whether it is open now, its weekly
 * hours in words, and its nation's bank holidays in the coming year (whether or not it closes on them).
 */
export type SiteTeamView = TeamDirectoryEntry & { readonly openNow: OpeningStatus; readonly weeklyHours: string[]; readonly upcomingBankHolidays: BankHoliday[] };

/** Fields of an entry the server sets or computes: accepted in a PUT body (so a GET can be sent back) but not taken from it. */
const readOnlyFields = ['updatedAt', 'openNow', 'weeklyHours', 'upcomingBankHolidays'] as const;

/**
 * The admin API's team handlers: a site's contact details, opening hours, closures, bank-holiday
 * switch and review cadence (read by practitioners and site admins, replaced by site admins; the
 * access check runs before a handler). Errors are AppErrors (NOT_FOUND, BAD_REQUEST with
 * `fields`). The callback work list is `CallbackAdminApi`'s. Logs carry ids only.
 */
export class TeamAdminApi {
  constructor(private readonly deps: TeamAdminApiDependencies) {}

  /** The site's team details, whether the team is open now, its weekly hours in words and the coming bank holidays. */
  async getSite(siteId: SiteId): Promise<SiteTeamView> {
    const entry = await this.deps.teams.get(siteId);
    if (entry === undefined) throw new AppError('NOT_FOUND', 'This site has no team details yet; PUT them.');
    const now = this.deps.clock.now();
    return { ...entry, openNow: openingStatus(teamHoursInForce(entry, now), now), weeklyHours: describeWeeklyHours(entry), upcomingBankHolidays: upcomingBankHolidays(siteId, now) };
  }

  /**
   * Replaces the site's team details with the body. `siteId` comes from the path (one in the body
   * must match it) and `updatedAt` is set here; `openNow`, `weeklyHours` and `upcomingBankHolidays` are ignored.
   * @throws AppError BAD_REQUEST naming every field that is wrong.
   */
  async replaceSite(siteId: SiteId, body: JsonObject, actor: AdminActor): Promise<TeamDirectoryEntry> {
    const entry = teamEntryFromBody(body, siteId, isoNow(this.deps.clock));
    await this.deps.teams.put(entry);
    await this.deps.audit.record({ siteId, actor, action: 'team.replaced', subject: { type: 'team', id: siteId }, summary: 'Replaced the team details' });
    this.deps.logger.info({ event: 'admin.team_replaced', siteId }, 'team details replaced');
    return entry;
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
