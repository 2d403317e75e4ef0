import { TestAdapter, TurnContext } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreWellbeingJournal } from '../../src/services/store-wellbeing-journal';
import { isAppError } from '../../src/domain/app-error';
import { addGoal, rateGoal } from '../../src/domain/wellbeing/goal-rules';
import type { Stores } from '../../src/store/ports';
import { systemClock } from '../../src/runtime/system-clock';
import { savedWhenOk } from '../../dialogs/goal-change';
import { testReminders } from '../support/test-reminders';
import { ReportRecorder } from '../../src/services/report-recorder';
import { capturingLogger } from '../support/log-capture';
import { openTestMemoryStores, openTestRedisStores, randomKeyPrefix } from '../support/test-stores';

/** The outcome reports' recorder over the same stores. */
const reportRecorder = (stores: Stores) => new ReportRecorder({ aggregates: stores.reports, references: stores.references, logger: capturingLogger().logger });

const goalId = '3f0c9a52-6a43-4a8e-9a52-0f1c2d3e4f50';

/** A turn context for user1 on the emulator channel, as a dialog would have it. */
function turnFor(userId = 'user1'): TurnContext {
  const adapter = new TestAdapter();
  return new TurnContext(adapter, {
    type: 'message',
    channelId: 'emulator',
    from: { id: userId, name: '' },
    conversation: { id: `c-${userId}`, isGroup: false, conversationType: '', name: '' },
    recipient: { id: 'bot', name: '' },
    serviceUrl: 'http://127.0.0.1:9',
    text: 'x',
  });
}

async function agree(stores: Stores, personKey = 'emulator:user1'): Promise<void> {
  const at = new Date().toISOString();
  await stores.people.update(personKey, () => ({ consent: { givenAt: at, wordingVersion: 'test' }, createdAt: at, updatedAt: at }));
}

describe.each([
  ['memory', async (): Promise<Stores[]> => [openTestMemoryStores()]],
  [
    'redis (two instances)',
    async (): Promise<Stores[]> => {
      const prefix = randomKeyPrefix();
      return [await openTestRedisStores(prefix), await openTestRedisStores(prefix)];
    },
  ],
])('wellbeing journal over the store (%s)', (_name, open) => {
  let opened: Stores[] = [];
  afterEach(async () => {
    await Promise.all(opened.map((stores) => stores.close()));
    opened = [];
  });

  it('loses no rating when check-ins of one person run at once, from every instance', async () => {
    opened = await open();
    const [first] = opened;
    if (first === undefined) throw new Error('no stores');
    await agree(first);
    const journals = opened.map((stores) => new StoreWellbeingJournal({ wellbeing: stores.wellbeing, people: stores.people, clock: systemClock, reminders: testReminders(stores, systemClock), reports: reportRecorder(stores) }));
    await journals[0]?.update(turnFor(), (current, at) => savedWhenOk(addGoal(current, { id: goalId, text: 'Sleep better', at, score: 4 })));
    await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        journals[index % journals.length]?.update(turnFor(), (current, at) => savedWhenOk(rateGoal(current, goalId, { score: index % 11, at }))),
      ),
    );
    const ratings = (await first.wellbeing.get('emulator:user1'))?.goals[0]?.ratings ?? [];
    expect(ratings).toHaveLength(31);
    expect(ratings.map((rating) => rating.score).slice(1).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 30 }, (_, index) => index % 11).sort((a, b) => a - b),
    );
  });

  it('saves nothing for someone who has not agreed, and says why', async () => {
    opened = await open();
    const [stores] = opened;
    if (stores === undefined) throw new Error('no stores');
    const journal = new StoreWellbeingJournal({ wellbeing: stores.wellbeing, people: stores.people, clock: systemClock, reminders: testReminders(stores, systemClock), reports: reportRecorder(stores) });
    const attempt = journal.update(turnFor(), (current, at) => savedWhenOk(addGoal(current, { id: goalId, text: 'Sleep better', at })));
    await expect(attempt).rejects.toSatisfy((error) => isAppError(error, 'FORBIDDEN'));
    expect(await stores.wellbeing.get('emulator:user1')).toBeUndefined();
  });

  it('writes nothing for a refused change (no empty record is created)', async () => {
    opened = await open();
    const [stores] = opened;
    if (stores === undefined) throw new Error('no stores');
    await agree(stores);
    const journal = new StoreWellbeingJournal({ wellbeing: stores.wellbeing, people: stores.people, clock: systemClock, reminders: testReminders(stores, systemClock), reports: reportRecorder(stores) });
    const refused = await journal.update(turnFor(), (current, at) => savedWhenOk(rateGoal(current, goalId, { score: 5, at })));
    expect(refused).toEqual({ ok: false, reason: 'not-found' });
    expect(await stores.wellbeing.get('emulator:user1')).toBeUndefined();
  });
});
