import { AppError, type AppErrorCode } from '../../src/domain/app-error';
import type { SiteId } from '../../src/domain/sites';
import type { TeamsConversation } from '../../src/domain/teams/teams-conversation';
import type { PractitionerIdentity, PractitionerRole, TeamsDirectory } from '../../src/teams/teams-directory';
import type { TeamsMessage, TeamsSender, TeamsSent } from '../../src/teams/teams-sender';

/*
 * Test doubles for the two Teams ports whose real implementations (the send pipeline, the Teams
 * stores behind the directory) are built on other branches of issue 17. They keep the ports'
 * promises that the cards rely on: sends and updates are keyed (a repeated key sends nothing).
 */

/** A Teams conversation for tests: a channel, or a practitioner's personal chat. */
export function teamsConversation(conversationId: string, scope: TeamsConversation['scope'] = 'channel'): TeamsConversation {
  return {
    conversationId,
    scope,
    serviceUrl: 'https://smba.trafficmanager.net/uk/',
    tenantId: 'tenant-1',
    botId: '28:bot-app-id',
    installed: true,
    blockedUntilHeard: false,
    updatedAt: '2026-12-01T09:00:00.000Z',
  };
}

/** A {@link TeamsSender} that records what it sent and updated (the latest card per activity), once per key. */
export class RecordingTeamsSender implements TeamsSender {
  /** Every message actually sent, in order. */
  readonly sends: Array<{ key: string; conversationId: string; activityId: string; message: TeamsMessage }> = [];
  /** Every update actually made, in order. */
  readonly updates: Array<{ key: string; conversationId: string; activityId: string; message: TeamsMessage }> = [];
  private readonly sentByKey = new Map<string, TeamsSent>();
  private readonly updateKeys = new Set<string>();
  private readonly failing = new Map<string, AppErrorCode>();

  /** Sends and updates to this conversation fail with `code` from now on. */
  failFor(conversationId: string, code: AppErrorCode): void {
    this.failing.set(conversationId, code);
  }

  async send(key: string, conversation: TeamsConversation, message: TeamsMessage): Promise<TeamsSent> {
    const earlier = this.sentByKey.get(key);
    if (earlier !== undefined) return earlier;
    this.check(conversation);
    const sent = { conversationId: conversation.conversationId, activityId: `activity-${this.sends.length + 1}` };
    this.sends.push({ key, ...sent, message });
    this.sentByKey.set(key, sent);
    return sent;
  }

  async update(key: string, conversation: TeamsConversation, sent: TeamsSent, message: TeamsMessage): Promise<void> {
    if (this.updateKeys.has(key)) return;
    this.check(conversation);
    this.updates.push({ key, conversationId: sent.conversationId, activityId: sent.activityId, message });
    this.updateKeys.add(key);
  }

  /** The card as it now shows in Teams: the latest update of the activity, or what was sent. */
  latest(activityId: string): TeamsMessage | undefined {
    const updated = this.updates.filter((update) => update.activityId === activityId).at(-1);
    return updated?.message ?? this.sends.find((send) => send.activityId === activityId)?.message;
  }

  private check(conversation: TeamsConversation): void {
    const code = this.failing.get(conversation.conversationId);
    if (code !== undefined) throw new AppError(code, 'Teams refused (test double)');
  }
}

/** A {@link TeamsDirectory} from fixed maps: site channels, personal chats and roles. */
export class FixedTeamsDirectory implements TeamsDirectory {
  readonly channels = new Map<SiteId, TeamsConversation>();
  readonly chats = new Map<string, TeamsConversation>();
  readonly roles = new Map<string, PractitionerRole>();

  /** Gives the practitioner a role at the site, and a personal chat with the bot. */
  addPractitioner(practitioner: PractitionerIdentity, siteId: SiteId, role: PractitionerRole = 'practitioner'): void {
    this.roles.set(`${practitioner.tenantId}/${practitioner.aadObjectId}/${siteId}`, role);
    this.chats.set(`${practitioner.tenantId}/${practitioner.aadObjectId}`, teamsConversation(`a:chat-${practitioner.aadObjectId}`, 'personal'));
  }

  async siteChannel(siteId: SiteId): Promise<TeamsConversation | undefined> {
    return this.channels.get(siteId);
  }

  async personalChat(practitioner: PractitionerIdentity): Promise<TeamsConversation | undefined> {
    return this.chats.get(`${practitioner.tenantId}/${practitioner.aadObjectId}`);
  }

  async roleAt(practitioner: PractitionerIdentity, siteId: SiteId): Promise<PractitionerRole | undefined> {
    return this.roles.get(`${practitioner.tenantId}/${practitioner.aadObjectId}/${siteId}`);
  }
}
