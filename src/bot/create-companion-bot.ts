import type { Logger } from 'pino';
import { buildRootDialog } from '../../dialogs';
import type { ActivityFinder } from '../domain/activities/activity-finder';
import type { Clock } from '../domain/clock';
import type { Stores } from '../store/ports';
import { CompanionBot } from './companion-bot';
import { ExpiringConversationState } from './expiring-conversation-state';
import type { ExportLinks } from './export-links';
import { PersonServices } from './person-services';
import { SafetyStep } from './safety-step';
import { StoreCallbackRequests } from './store-callback-requests';
import { StoreTeamContact } from './store-team-contact';
import { StoreWellbeingJournal } from './store-wellbeing-journal';

/** What the bot needs besides the stores. */
export interface BotServices {
  /** Activity search, shared with the Open Referral feed. */
  readonly activities: ActivityFinder;
  /** "Export my data" download links, shared with the download route. */
  readonly exportLinks: ExportLinks;
}

/** The turn pipeline with its dialogs and services, over the given stores. */
export function createCompanionBot(stores: Stores, logger: Logger, clock: Clock, services: BotServices): CompanionBot {
  const conversationState = new ExpiringConversationState(stores.botStorage, stores.references);
  const personServices = new PersonServices({
    people: stores.people,
    activities: stores.activities,
    wellbeing: stores.wellbeing,
    callbacks: stores.callbacks,
    events: stores.events,
    exportLinks: services.exportLinks,
    exports: stores.exports,
    pushSubscriptions: stores.pushSubscriptions,
    references: stores.references,
    audit: stores.audit,
    directLine: stores.directLine,
    sms: stores.sms,
    conversationState,
    clock,
  });
  return new CompanionBot({
    conversationState,
    hasConsent: async (context) => (await personServices.get(context)).consent !== undefined,
    conversationLock: stores.conversationLock,
    storeHealth: stores.health,
    safety: new SafetyStep({ people: stores.people, teams: stores.teams, clock, health: stores.health, logger, areaLookupMs: 500, references: stores.references }),
    rootDialog: buildRootDialog({
      profile: personServices,
      personalData: personServices,
      wellbeing: new StoreWellbeingJournal({ wellbeing: stores.wellbeing, people: stores.people, clock }),
      activities: services.activities,
      team: new StoreTeamContact({ teams: stores.teams, clock }),
      callbacks: new StoreCallbackRequests({ callbacks: stores.callbacks, events: stores.events, clock }),
      clock,
    }),
    logger,
    clock,
    references: stores.references,
  });
}
