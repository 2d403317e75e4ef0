import type { Logger } from 'pino';
import type { Clock } from '../domain/clock';
import type { EventOutbox, Stores } from '../store/ports';
import type { CallbackCards } from '../teams/callback-cards';
import type { TeamsDirectory } from '../teams/teams-directory';
import type { TeamsSender } from '../teams/teams-sender';
import { CallbackCardActions, type ClaimNudgeTimer } from './callback-card-actions';
import { CallbackCardCopies } from './callback-card-copies';
import { CallbackNudges } from './callback-nudges';

export interface CallbackCardsDependencies {
  readonly stores: Pick<Stores, 'callbacks' | 'callbackCards' | 'callbackOutcomes' | 'eventCursors'>;
  /** The event outbox with the callback timers on it (`CallbackTimers`), as the admin API gets it. */
  readonly events: EventOutbox;
  /** The same `CallbackTimers`: a snooze puts its claim timer off. */
  readonly claimTimer: ClaimNudgeTimer;
  readonly sender: TeamsSender;
  readonly directory: TeamsDirectory;
  /** The cards as Teams draws them (`teamsCallbackCards` from adapters/teams). */
  readonly render: CallbackCards;
  readonly clock: Clock;
  readonly logger: Logger;
}

/** The practitioners' callback cards, assembled: the verbs (for the Teams handler) and the outbox reader. */
export function createCallbackCards(deps: CallbackCardsDependencies): { actions: CallbackCardActions; nudges: CallbackNudges } {
  const { stores, events, sender, directory, render, clock, logger } = deps;
  const copies = new CallbackCardCopies({ callbacks: stores.callbacks, cards: stores.callbackCards, outcomes: stores.callbackOutcomes, sender, directory, render, clock, logger });
  const actions = new CallbackCardActions({
    callbacks: stores.callbacks,
    events,
    cards: stores.callbackCards,
    outcomes: stores.callbackOutcomes,
    directory,
    copies,
    render,
    claimTimer: deps.claimTimer,
    clock,
    logger,
  });
  const nudges = new CallbackNudges({ events, cursors: stores.eventCursors, callbacks: stores.callbacks, cards: stores.callbackCards, directory, copies, clock, logger });
  return { actions, nudges };
}
