import type { Logger } from 'pino';
import { buildConversationRoot } from '../../dialogs';
import type { ActivityFinder } from '../domain/activities/activity-finder';
import type { Clock } from '../domain/clock';
import type { EventOutbox, Stores } from '../store/ports';
import type { ActivityReminders } from './activity-reminders';
import type { CheckInReminders } from './check-in-reminders';
import { CompanionBot } from '../bot/companion-bot';
import { ExpiringConversationState } from '../bot/expiring-conversation-state';
import type { ExportLinks } from './export-links';
import { ReportRecorder } from './report-recorder';
import { PersonServices } from './person-services';
import { SafetyStep } from '../bot/safety-step';
import { SafetyReports } from './safety-reports';
import { StoreCallbackRequests } from './store-callback-requests';
import { StoreTeamContact } from './store-team-contact';
import { StoreWellbeingJournal } from './store-wellbeing-journal';
import { TurnReports } from './turn-reports';

/** What the bot needs besides the stores. */
export interface BotServices {
  /** Activity search, shared with the Open Referral feed. */
  readonly activities: ActivityFinder;
  /** "Export my data" download links, shared with the download route. */
  readonly exportLinks: ExportLinks;
  /** Check-in reminders on the jobs layer: planned from the journal, erased with the person. */
  readonly checkInReminders: CheckInReminders;
  /** "Remind me" on activities, on the jobs layer (its handler registered by the composition root). */
  readonly activityReminders: ActivityReminders;
  /** The event outbox, with the practitioners' callback timers planned on it (`CallbackTimers`). */
  readonly events: EventOutbox;
}

/** The turn pipeline with its dialogs and services, over the given stores. */
export function createCompanionBot(stores: Stores, logger: Logger, clock: Clock, services: BotServices): CompanionBot {
  const conversationState = new ExpiringConversationState(stores.botStorage, stores.references);
  const reports = new ReportRecorder({ aggregates: stores.reports, references: stores.references, logger });
  const personServices = new PersonServices({
    people: stores.people,
    activities: stores.activities,
    wellbeing: stores.wellbeing,
    callbacks: stores.callbacks,
    events: services.events,
    exportLinks: services.exportLinks,
    exports: stores.exports,
    pushSubscriptions: stores.pushSubscriptions,
    references: stores.references,
    audit: stores.audit,
    directLine: stores.directLine,
    sms: stores.sms,
    checkInReminders: services.checkInReminders,
    activityReminders: services.activityReminders,
    reports,
    conversationState,
    clock,
  });
  const turnReports = new TurnReports({ profile: personServices, reports, clock });
  return new CompanionBot({
    conversationState,
    hasConsent: async (context) => (await personServices.get(context)).consent !== undefined,
    conversationLock: stores.conversationLock,
    storeHealth: stores.health,
    safety: new SafetyStep({
      people: stores.people,
      teams: stores.teams,
      clock,
      health: stores.health,
      logger,
      areaLookupMs: 500,
      references: stores.references,
      reports: new SafetyReports({ people: stores.people, reports, clock, logger }),
    }),
    root: buildConversationRoot({
      profile: personServices,
      personalData: personServices,
      wellbeing: new StoreWellbeingJournal({ wellbeing: stores.wellbeing, people: stores.people, clock, reminders: services.checkInReminders, reports }),
      reminders: services.checkInReminders,
      activities: services.activities,
      team: new StoreTeamContact({ teams: stores.teams, clock }),
      callbacks: new StoreCallbackRequests({ callbacks: stores.callbacks, events: services.events, clock }),
      activityReminders: personServices,
      usage: turnReports,
      clock,
    }),
    logger,
    clock,
    references: stores.references,
    countActive: (context) => turnReports.countActive(context),
  });
}
