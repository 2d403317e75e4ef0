import { TeamsActivityHandler, TurnContext, type AdaptiveCardInvokeResponse, type AdaptiveCardInvokeValue, type InvokeResponse } from 'botbuilder';
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
import type { CallbackCards } from '../../src/teams/callback-cards';
import type { PractitionerIdentity } from '../../src/teams/teams-directory';
import type { LinkOutcome, TeamsLinking } from '../../src/teams/teams-linking';
import type { TeamsMessage } from '../../src/teams/teams-sender';
import { adaptiveCardContentType, teamsMessageActivity } from './teams-message-activity';
import { teamsTurnOf, type TeamsTurn } from './teams-activity';
import type { TeamsSettings } from './teams-settings';

export interface TeamsPractitionerBotDependencies {
  readonly settings: TeamsSettings;
  readonly conversations: TeamsConversationStore;
  readonly linking: TeamsLinking;
  /** The verbs on the practitioners' cards (`CallbackCardActions`): each answers the card to show. */
  readonly cardActions: CardVerbs;
  /** For a click from someone Teams does not name (no Entra object id): the refusal note. */
  readonly cards: Pick<CallbackCards, 'notice'>;
  readonly clock: Clock;
  /** Event names, codes and site ids only: never ids of people, names or message text. */
  readonly logger: Logger;
}

/** Who clicked: their Entra identity, and the name Teams shows (first name on the card). */
export interface CardClicker {
  readonly practitioner: PractitionerIdentity;
  readonly displayName?: string;
}

/** The card verbs as the handler calls them; neither rejects (a failure answers a "try again" card). */
export interface CardVerbs {
  /** An `Action.Execute` (invoke `adaptiveCard/action`), with the activity's raw value (botbuilder drops `trigger`). */
  execute(actor: CardClicker, value: unknown): Promise<TeamsMessage>;
  /** An `Action.Submit` fallback: a message whose `value` is the action's data. */
  submit(actor: CardClicker, value: unknown): Promise<TeamsMessage>;
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

  /**
   * A card's `Action.Execute`: always 200 with the card to show (the fresh one, the current one for
   * a repeated or losing click, or a refusal): Teams shows what it gets back.
   */
  protected override async onAdaptiveCardInvoke(context: TurnContext, _invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const message = await this.cardAnswer(context, (actor) => this.deps.cardActions.execute(actor, context.activity.value));
    return { statusCode: 200, type: adaptiveCardContentType, value: message.card ?? {} };
  }

  /** A card's `Action.Submit` fallback (a message with `value`, no text): the card it came from is replaced by the answer. */
  private async submitted(context: TurnContext): Promise<void> {
    const message = await this.cardAnswer(context, (actor) => this.deps.cardActions.submit(actor, context.activity.value));
    const replyToId = context.activity.replyToId;
    if (replyToId === undefined) await context.sendActivity(teamsMessageActivity(message));
    else await context.updateActivity({ ...teamsMessageActivity(message), id: replyToId });
  }

  private async cardAnswer(context: TurnContext, act: (actor: CardClicker) => Promise<TeamsMessage>): Promise<TeamsMessage> {
    const sender = teamsTurnOf(context.activity)?.sender;
    if (sender === undefined) return this.deps.cards.notice('not-allowed');
    const name = context.activity.from.name;
    return act({ practitioner: sender, ...(name === undefined || name.trim() === '' ? {} : { displayName: name }) });
  }

  private async answer(context: TurnContext): Promise<void> {
    // A message without words but with a value is a card's Action.Submit; one with neither is nothing.
    if ((context.activity.text ?? '').trim() === '') {
      if (typeof context.activity.value === 'object' && context.activity.value !== null) await this.submitted(context);
      return;
    }
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
