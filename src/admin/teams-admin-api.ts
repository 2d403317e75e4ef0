import type { Logger } from 'pino';
import { AppError } from '../domain/app-error';
import { type Clock, isoNow } from '../domain/clock';
import type { SiteId } from '../domain/sites';
import type { TeamsConversation } from '../domain/teams/teams-conversation';
import { isTenantAllowed } from '../domain/teams/tenant-allowed';
import type { PractitionerStore, TeamsConversationStore } from '../store/ports';
import type { SitePractitioner } from '../teams/site-practitioner';
import type { IssuedLinkCode, TeamsLinking } from '../teams/teams-linking';
import type { AdminActor, AdminAuditRecorder } from './admin-audit';
import type { PractitionerBody, PractitionerParams } from './admin-requests';

export interface TeamsAdminApiDependencies {
  readonly linking: TeamsLinking;
  readonly practitioners: PractitionerStore;
  /** Practitioners' personal chats with the bot: whether nudges can reach them. */
  readonly conversations: Pick<TeamsConversationStore, 'personalChatOf'>;
  /** TEAMS_ALLOWED_TENANTS: practitioners of other tenants are refused. */
  readonly allowedTenants: readonly string[];
  readonly clock: Clock;
  /** The site's audit trail: link codes and practitioners' changes. */
  readonly audit: AdminAuditRecorder;
  /** Event names and site ids only. */
  readonly logger: Logger;
}

/** A link code and what to do with it. */
export type LinkCodeView = IssuedLinkCode & { readonly instructions: string };

/** The admin API's Teams handlers: a site's link codes and its practitioners. */
export class TeamsAdminApi {
  constructor(private readonly deps: TeamsAdminApiDependencies) {}

  /** A one-time code that links the site to the Teams channel it is typed in (10 minutes, once). */
  async createLinkCode(siteId: SiteId, actor: AdminActor): Promise<LinkCodeView> {
    const issued = await this.deps.linking.issueCode(siteId);
    await this.deps.audit.record({ siteId, actor, action: 'link-code.issued', subject: { type: 'link-code' }, summary: 'Issued a Teams channel link code' });
    this.deps.logger.info({ event: 'admin.teams_link_code_issued', siteId }, 'Teams link code issued');
    return {
      ...issued,
      instructions: `In the Teams channel that should get the callback requests, mention the bot and type: link ${issued.code} (a site admin of the site must type it, within 10 minutes; it works once).`,
    };
  }

  /**
   * The site's practitioners, each with whether one-to-one nudges reach them: `yes`, `no-chat` (they
   * have not installed the app or written to the bot), or `blocked` (Teams refused the bot, or
   * their chat is gone: until they write to the bot again).
   */
  async listPractitioners(siteId: SiteId): Promise<{ practitioners: Array<SitePractitioner & { reachable: PractitionerReach }> }> {
    const practitioners = await this.deps.practitioners.list(siteId);
    practitioners.sort((a, b) => a.tenantId.localeCompare(b.tenantId) || a.aadObjectId.localeCompare(b.aadObjectId));
    return {
      practitioners: await Promise.all(
        practitioners.map(async (practitioner) => ({ ...practitioner, reachable: reachOf(await this.deps.conversations.personalChatOf(practitioner)) })),
      ),
    };
  }

  /**
   * Adds a practitioner to the site or changes their role.
   * @throws AppError BAD_REQUEST (field tenantId) for a tenant not in TEAMS_ALLOWED_TENANTS.
   */
  async putPractitioner(siteId: SiteId, body: PractitionerBody, actor: AdminActor): Promise<{ practitioner: SitePractitioner; created: boolean }> {
    if (!isTenantAllowed(body.tenantId, this.deps.allowedTenants)) {
      const message = 'not one of the tenants this service serves (TEAMS_ALLOWED_TENANTS)';
      throw new AppError('BAD_REQUEST', 'The practitioner is in a tenant this service does not serve.', { fields: [{ field: 'tenantId', message }] });
    }
    const practitioner: SitePractitioner = { ...body, updatedAt: isoNow(this.deps.clock) };
    const outcome = await this.deps.practitioners.put(siteId, practitioner);
    await this.deps.audit.record({
      siteId,
      actor,
      action: `practitioner.${outcome}`,
      subject: { type: 'practitioner', id: `${body.tenantId}/${body.aadObjectId}` },
      summary: `${outcome === 'added' ? 'Added a practitioner' : "Changed a practitioner's role"} (${body.role})`,
      changes: [{ field: 'role', to: body.role }],
    });
    this.deps.logger.info({ event: `admin.practitioner_${outcome}`, siteId, role: body.role }, `practitioner ${outcome}`);
    return { practitioner, created: outcome === 'added' };
  }

  /**
   * Removes a practitioner from the site.
   * @throws AppError NOT_FOUND when they are not one of its practitioners.
   */
  async removePractitioner(siteId: SiteId, who: PractitionerParams, actor: AdminActor): Promise<void> {
    if (!(await this.deps.practitioners.remove(siteId, who))) throw new AppError('NOT_FOUND', 'That practitioner is not one of this site\'s.');
    await this.deps.audit.record({ siteId, actor, action: 'practitioner.removed', subject: { type: 'practitioner', id: `${who.tenantId}/${who.aadObjectId}` }, summary: 'Removed a practitioner' });
    this.deps.logger.info({ event: 'admin.practitioner_removed', siteId }, 'practitioner removed');
  }
}

/** Whether one-to-one nudges reach a practitioner. */
export type PractitionerReach = 'yes' | 'no-chat' | 'blocked';

function reachOf(chat: Pick<TeamsConversation, 'installed' | 'blockedUntilHeard'> | undefined): PractitionerReach {
  if (chat === undefined || !chat.installed) return 'no-chat';
  return chat.blockedUntilHeard ? 'blocked' : 'yes';
}
