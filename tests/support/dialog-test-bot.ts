import { ConversationState, TestAdapter } from 'botbuilder';
import { buildRootDialog } from '../../dialogs';
import { CompanionBot } from '../../src/bot/companion-bot';
import { createMemoryStores } from '../../src/store/memory/memory-stores';
import { systemClock } from '../../src/system-clock';
import { capturingLogger } from './log-capture';

/** The real turn pipeline and dialogs on botbuilder's TestAdapter, with in-memory stores. `emulator` renders choices as suggested actions. */
export function dialogTestAdapter(channelId = 'emulator'): TestAdapter {
  const stores = createMemoryStores({ lockWaitMs: 2_000 });
  const bot = new CompanionBot({
    conversationState: new ConversationState(stores.botStorage),
    conversationLock: stores.conversationLock,
    rootDialog: buildRootDialog(),
    logger: capturingLogger().logger,
    clock: systemClock,
  });
  return new TestAdapter((context) => bot.run(context), { channelId });
}
