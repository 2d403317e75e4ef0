import { TestAdapter, type TestFlow } from 'botbuilder';
import type { CheckInReminders } from '../../src/services/check-in-reminders';
import { createCompanionBot } from '../../src/services/create-companion-bot';
import { ExportLinks } from '../../src/services/export-links';
import { ActivityReminders } from '../../src/services/activity-reminders';
import { channelMessenger, type PersonMessenger } from '../../src/services/person-messenger';
import { InProcessJobs } from '../../src/jobs/in-process-jobs';
import type { Jobs } from '../../src/jobs/jobs';
import { StoreActivityFinder } from '../../src/listings/store-activity-finder';
import { loadOutcodeCentroids } from '../../src/data/reference-data';
import { openTestMemoryStores } from './test-stores';
import type { Clock } from '../../src/domain/clock';
import type { Stores } from '../../src/store/ports';
import { systemClock } from '../../src/runtime/system-clock';
import { capturingLogger } from './log-capture';
import { testReminders, testReportRecorder } from './test-reminders';

/** Export links as the service makes them (`/my-data/<token>`), signed with a test secret: the same for every test bot. */
export function testExportLinks(stores: Stores, clock: Clock): ExportLinks {
  return new ExportLinks({ store: stores.exports, secret: 'test-export-secret-'.padEnd(48, 'x'), clock, linkBase: '/my-data/' });
}

/**
 * "Remind me" as the service wires it, on the given jobs layer (in-process, never polling, by
 * default: dialog tests only plan) and messenger (none: nobody reachable, by default).
 */
export function testActivityReminders(stores: Stores, clock: Clock, jobs: Jobs = new InProcessJobs({ clock, logger: capturingLogger().logger, pollMs: 3_600_000 }), messenger: PersonMessenger = channelMessenger({})): ActivityReminders {
  return new ActivityReminders({ jobs, people: stores.people, wellbeing: stores.wellbeing, activities: stores.activities, addresses: stores.botStorage, references: stores.references, messenger, reports: testReportRecorder(stores), clock, logger: capturingLogger().logger });
}

/**
 * The real turn pipeline and dialogs on botbuilder's TestAdapter, with in-memory stores.
 * `emulator` renders choices as suggested actions. A `conversationId` other than TestAdapter's
 * `Convo1` makes a second conversation of the same person (same channel, user and stores).
 */
export function dialogTestAdapter(
  channelId = 'emulator',
  stores: Stores = openTestMemoryStores(),
  clock: Clock = systemClock,
  userId?: string,
  conversationId?: string,
  reminders: CheckInReminders = testReminders(stores, clock),
): TestAdapter {
  const activities = new StoreActivityFinder({ activities: stores.activities, centroids: loadOutcodeCentroids(), clock });
  const bot = createCompanionBot(stores, capturingLogger().logger, clock, {
    activities,
    exportLinks: testExportLinks(stores, clock),
    checkInReminders: reminders,
    activityReminders: testActivityReminders(stores, clock),
    events: stores.events,
  });
  const adapter = new TestAdapter((context) => bot.run(context), { channelId, ...(userId === undefined ? {} : { from: { id: userId, name: 'Person' } }) });
  if (conversationId !== undefined) adapter.conversation.conversation = { ...adapter.conversation.conversation, id: conversationId };
  return adapter;
}

/** Sends the first message and agrees: the conversation then waits for the area. */
export function atAreaQuestion(adapter: TestAdapter): TestFlow {
  return adapter
    .send('hi')
    .assertReply(() => undefined)
    .assertReply(() => undefined)
    .send('yes')
    .assertReply('Which area do you live in?');
}

/** Sends the first message, agrees, and picks an area: the conversation is then at the main menu. */
export function onboarded(adapter: TestAdapter, area = 'Salford'): TestFlow {
  return adapter
    .send('hi')
    .assertReply((reply) => {
      if (!reply.text?.includes('not an emergency service')) throw new Error('expected the welcome');
    })
    .assertReply((reply) => {
      if (!reply.text?.includes('Are you happy for me to save')) throw new Error('expected the consent question');
    })
    .send('yes')
    .assertReply((reply) => {
      if (reply.text !== 'Which area do you live in?') throw new Error('expected the area question');
    })
    .send(area)
    .assertReply(() => undefined)
    .assertReply((reply) => {
      if (reply.text !== 'What would you like to do?') throw new Error('expected the main menu');
    });
}
