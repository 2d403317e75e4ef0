import { TestAdapter, type TestFlow } from 'botbuilder';
import { createCompanionBot } from '../../src/bot/create-companion-bot';
import { StoreActivityFinder } from '../../src/listings/store-activity-finder';
import { loadOutcodeCentroids } from '../../src/reference-data';
import { openTestMemoryStores } from './test-stores';
import type { Clock } from '../../src/domain/clock';
import type { Stores } from '../../src/store/ports';
import { systemClock } from '../../src/system-clock';
import { capturingLogger } from './log-capture';

/**
 * The real turn pipeline and dialogs on botbuilder's TestAdapter, with in-memory stores.
 * `emulator` renders choices as suggested actions.
 */
export function dialogTestAdapter(channelId = 'emulator', stores: Stores = openTestMemoryStores(), clock: Clock = systemClock, userId?: string): TestAdapter {
  const activities = new StoreActivityFinder({ activities: stores.activities, centroids: loadOutcodeCentroids(), clock });
  const bot = createCompanionBot(stores, capturingLogger().logger, clock, { activities });
  return new TestAdapter((context) => bot.run(context), { channelId, ...(userId === undefined ? {} : { from: { id: userId, name: 'Person' } }) });
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
