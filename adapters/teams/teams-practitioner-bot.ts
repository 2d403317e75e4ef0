import { TeamsActivityHandler, TurnContext, type InvokeResponse } from 'botbuilder';
import type { Logger } from 'pino';
import { type Clock, isoNow } from '../../src/domain/clock';
import { teamsCommandOf } from '../../src/domain/teams/teams-command';
import {
  channelLinkedText,
  linkCodeRefusedText,
  linkNotSiteAdminText,
  linkOnlyInChannelText,
  teamsHelpText,
  teamsUnknownText,
} from '../../src/domain/teams/teams-replies';
import { isTenantAllowed } from '../../src/domain/teams/tenant-allowed';
import type { TeamsConversationStore } from '../../src/store/ports';
import type { LinkOutcome, TeamsLinking } from '../../src/teams/teams-linking';
import { teamsTurnOf, type TeamsTurn } from './teams-activity';
import type { TeamsSettings } from './teams-settings';

export interface TeamsPractitionerBotDependencies {
  readonly settings: TeamsSettings;
  readonly conversations: TeamsConversationStore;
  readonly linking: TeamsLinking;
  readonly clock: Clock;
  /** Event names, codes and site ids only: never ids of people, names or message text. */
  readonly logger: Logger;
}

const refusalText: Readonly<Record<Extract<LinkOutcome, { kind: 'refused' }>['reason'], string>> = {
  'bad-code': linkCodeRefusedText,
  'not-site-admin': linkNotSiteAdminText,
  'not-a-channel': linkOnlyInChannelText,
};

/** What an invoke from a tenant that is not served gets: botbuilder needs an invoke response. */
const refusedInvoke: InvokeResponse = { status: 403 };

/**
 * The practitioners' bot in Teams (channel id `msteams`): refuses tenants not in
 * TEAMS_ALLOWED_TENANTS before anything (nothing stored), keeps every conversation's reference
 * fresh (install, uninstall, and every other activity: the service URL can change), and answers
 * `link CODE` and `help` (a message without text, such as a card's Submit, gets no answer here).
 */
export class TeamsPractitionerBot extends TeamsActivityHandler {
  constructor(private readonly deps: TeamsPractitionerBotDependencies) {
    super();
    this.onMessage(async (context, next) => {
      await this.answer(context);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    const turn = teamsTurnOf(context.activity);
    if (turn === undefined || !isTenantAllowed(turn.tenantId, this.deps.settings.allowedTenants)) {
      this.deps.logger.warn({ event: 'teams.refused', code: turn === undefined ? 'TEAMS_ACTIVITY_UNREADABLE' : 'TEAMS_TENANT_NOT_ALLOWED' }, 'Teams activity refused');
      if (context.activity.type === 'invoke') await context.sendActivity({ type: 'invokeResponse', value: refusedInvoke });
      return;
    }
    await this.remember(turn);
    await super.run(context);
  }

  private async remember(turn: TeamsTurn): Promise<void> {
    if (turn.conversation === undefined) {
      this.deps.logger.warn({ event: 'teams.conversation_unreadable' }, 'Teams conversation not kept: it does not fit the schema');
      return;
    }
    const saved = await this.deps.conversations.record(turn.conversation, turn.sighting, isoNow(this.deps.clock));
    if (turn.sighting !== 'heard') this.deps.logger.info({ event: `teams.${turn.sighting}`, scope: saved.scope }, `Teams conversation ${turn.sighting}`);
  }

  private async answer(context: TurnContext): Promise<void> {
    // A message without words (a card's Action.Submit brings only `value`) is not a command.
    if ((context.activity.text ?? '').trim() === '') return;
    const turn = teamsTurnOf(context.activity);
    const command = teamsCommandOf(TurnContext.removeRecipientMention(context.activity) ?? '');
    if (command.kind === 'help') {
      await context.sendActivity(teamsHelpText);
    } else if (command.kind === 'link' && turn?.conversation !== undefined) {
      const stored = await this.deps.conversations.get(turn.conversation.conversationId);
      if (stored === undefined) return;
      const outcome = await this.deps.linking.redeem(command.code, turn.sender, stored);
      this.deps.logger.info(
        outcome.kind === 'linked' ? { event: 'teams.channel_linked', siteId: outcome.siteId } : { event: 'teams.link_refused', code: outcome.reason },
        outcome.kind === 'linked' ? 'site linked to a Teams channel' : 'link code refused',
      );
      await context.sendActivity(outcome.kind === 'linked' ? channelLinkedText(outcome.siteId) : refusalText[outcome.reason]);
    } else {
      await context.sendActivity(teamsUnknownText);
    }
  }
}
