import { describe, expect, it } from 'vitest';
import { buttonsOf, DialogChat, textOf } from '../support/dialog-chat';
import { systemClock } from '../../src/runtime/system-clock';

const person = 'emulator:user1';

/** Onboarded, with "Sleep better" added at 4 and the wellbeing offer turned down. */
async function withSleepGoal(channelId = 'emulator'): Promise<DialogChat> {
  const chat = new DialogChat(channelId);
  await chat.onboard();
  await chat.say('add a goal');
  await chat.say('Sleep better');
  await chat.say('4');
  await chat.say('Not now');
  return chat;
}

describe('goals: the conversation the issue names', () => {
  it('add a goal → Sleep better → 4, check in → 7, my progress shows 4 → 7 (up 3), and the export has both ratings', async () => {
    const chat = new DialogChat();
    await chat.onboard();
    expect(await chat.sayText('add a goal')).toContain('What would you like to work towards?');
    expect(await chat.sayText('Sleep better')).toContain('How close are you to reaching it now, from 0 to 10?');
    const added = await chat.say('4');
    expect(textOf(added)).toContain('I\'ve added "Sleep better" to your goals, at 4 out of 10');
    // The first goal is the start: the wellbeing questions are offered, never forced.
    expect(textOf(added)).toContain('Would you like to answer 6 short questions');
    expect(buttonsOf(added)).toEqual(['Yes', 'Not now']);
    await chat.say('Not now');

    expect(await chat.sayText('check in')).toContain('"Sleep better": Last time');
    const rated = await chat.sayText('7');
    expect(rated).toContain('up from 4');
    expect(rated).toContain('What helped?');

    const progress = await chat.say('my progress');
    expect(progress[0]?.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(progress[0]?.attachments?.[0]?.content)).toContain('4 → 7, up 3');

    const exported = await chat.exportedDocument();
    expect(exported).toMatchObject({
      goals: [
        {
          text: 'Sleep better',
          status: 'active',
          ratings: [
            { score: 4, at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
            { score: 7, at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
          ],
        },
      ],
    });
  });
});

describe('goals: ratings', () => {
  it.each(['11', '-1', 'lots'])('re-asks kindly for %j and saves nothing', async (bad) => {
    const chat = new DialogChat();
    await chat.onboard();
    await chat.say('add a goal');
    await chat.say('Sleep better');
    const reply = await chat.sayText(bad);
    expect(reply).toMatch(/0 to 10/);
    expect(reply).not.toContain("I've added");
    expect(await chat.stores.wellbeing.get(person)).toBeUndefined();
    // The question still stands: a good answer now saves the goal.
    expect(await chat.sayText('5')).toContain('at 5 out of 10');
    expect((await chat.stores.wellbeing.get(person))?.goals.map((goal) => goal.ratings.map((rating) => rating.score))).toEqual([[5]]);
  });

  it.each([
    ['7/10', 7],
    ['seven', 7],
    ['0', 0],
    ['10 out of 10', 10],
  ])('takes %j as %i', async (answer, score) => {
    const chat = new DialogChat();
    await chat.onboard();
    await chat.say('add a goal');
    await chat.say('Sleep better');
    await chat.say(answer);
    expect((await chat.stores.wellbeing.get(person))?.goals[0]?.ratings[0]?.score).toBe(score);
  });

  it('re-asks a bad rating in a check-in without saving it', async () => {
    const chat = await withSleepGoal();
    await chat.say('check in');
    expect(await chat.sayText('11')).toMatch(/0 to 10/);
    expect(await chat.sayText('lots')).toMatch(/0 to 10/);
    expect((await chat.stores.wellbeing.get(person))?.goals[0]?.ratings).toHaveLength(1);
    await chat.say('6');
    expect((await chat.stores.wellbeing.get(person))?.goals[0]?.ratings.map((rating) => rating.score)).toEqual([4, 6]);
  });

  it('keeps what helped, given after the rating or with it', async () => {
    const chat = await withSleepGoal();
    await chat.say('check in');
    await chat.say('6');
    expect(await chat.sayText('going for a walk after tea')).toContain("Good to know. I've kept that with your rating.");
    await chat.say('check in');
    await chat.say('8, cutting down on coffee');
    const ratings = (await chat.stores.wellbeing.get(person))?.goals[0]?.ratings;
    expect(ratings?.map((rating) => [rating.score, rating.note])).toEqual([
      [4, undefined],
      [6, 'going for a walk after tea'],
      [8, 'cutting down on coffee'],
    ]);
  });

  it('ends a check-in with one thanks, and the goals menu after it does not repeat the lines just shown', async () => {
    const chat = await withSleepGoal();
    await chat.say('check in');
    const rated = await chat.sayText('6');
    const finished = await chat.say('going for a walk after tea');
    expect(`${rated}\n${textOf(finished)}`.match(/thank/gi)).toHaveLength(1);
    expect(textOf(finished).split('Sleep better: 4 → 6, up 2')).toHaveLength(2);
    expect(buttonsOf(finished)).toContain('Check in');
  });

  it('takes 1, the number of the Skip choice on SMS, as skipping "what helped?"', async () => {
    const chat = await withSleepGoal('sms');
    await chat.say('check in');
    expect(await chat.sayText('6')).toContain('What helped?');
    await chat.say('1');
    expect((await chat.stores.wellbeing.get('sms:user1'))?.goals[0]?.ratings.map((rating) => rating.note)).toEqual([undefined, undefined]);
  });

  it('does not ask what helped when a rating went down', async () => {
    const chat = await withSleepGoal();
    await chat.say('check in');
    const reply = await chat.sayText('2');
    expect(reply).not.toContain('What helped?');
    expect(reply).toContain('Thanks for checking in');
  });

  it("ends a check-in with this conversation's rating, not one given meanwhile in the person's other conversation", async () => {
    const here = await withSleepGoal();
    const elsewhere = new DialogChat('emulator', here.stores, systemClock, undefined, 'Convo2');
    await here.say('check in');
    expect(await here.sayText('6')).toContain('What helped?');
    // A new conversation of a known person opens with a greeting and the menu.
    await elsewhere.say('hi');
    await elsewhere.say('check in');
    expect(await elsewhere.sayText('9')).toContain('What helped?');
    expect(await elsewhere.sayText('Skip')).toContain('Sleep better: 4 → 9, up 5');
    const summary = await here.sayText('Skip');
    expect(summary).toContain('Sleep better: 4 → 6, up 2');
    expect(summary).not.toContain('9');
    expect((await here.stores.wellbeing.get(person))?.goals[0]?.ratings.map((rating) => rating.score)).toEqual([4, 6, 9]);
  });
});

describe('goals: skipping', () => {
  it('adds a goal without a rating when the rating is skipped', async () => {
    const chat = new DialogChat();
    await chat.onboard();
    await chat.say('add a goal');
    await chat.say('See friends more');
    expect(await chat.sayText('skip')).toContain('You can rate it when you check in');
    expect((await chat.stores.wellbeing.get(person))?.goals[0]).toMatchObject({ text: 'See friends more', ratings: [] });
  });

  it('lets every goal in a check-in be skipped, saving nothing', async () => {
    const chat = await withSleepGoal();
    await chat.say('check in');
    expect(await chat.sayText('skip')).toContain('No ratings this time');
    expect((await chat.stores.wellbeing.get(person))?.goals[0]?.ratings).toHaveLength(1);
  });

  it('remembers "not now" for the wellbeing questions, so they are not offered again at once', async () => {
    const chat = await withSleepGoal();
    const record = await chat.stores.wellbeing.get(person);
    expect(record?.ons4).toEqual([]);
    expect(record?.lastOffered).toEqual({ ons4: expect.any(String), connection: expect.any(String) });
    await chat.say('check in');
    const finished = await chat.sayText('5');
    expect(finished).not.toContain('short questions');
  });

  it('lets the "what helped" question be skipped', async () => {
    const chat = await withSleepGoal();
    await chat.say('check in');
    await chat.say('6');
    expect(await chat.sayText('Skip')).toContain('Thanks for checking in');
    expect((await chat.stores.wellbeing.get(person))?.goals[0]?.ratings[1]?.note).toBeUndefined();
  });
});

describe('goals: the limit of five', () => {
  it('refuses a sixth active goal and saves nothing, until one is paused', async () => {
    const chat = new DialogChat();
    await chat.onboard();
    for (const goal of ['Sleep better', 'Walk daily', 'Cook more', 'Call my sister', 'Read a book']) {
      await chat.say('add a goal');
      await chat.say(goal);
      await chat.say('5');
      await chat.say('Not now');
    }
    const refused = await chat.sayText('add a goal');
    expect(refused).toContain('You have 5 active goals, which is the most I keep at once');
    expect((await chat.stores.wellbeing.get(person))?.goals).toHaveLength(5);

    await chat.say('change a goal');
    await chat.say('Walk daily');
    expect(await chat.sayText('Pause it')).toContain('I\'ve paused "Walk daily"');
    await chat.say('add a goal');
    await chat.say('Learn to swim');
    expect(await chat.sayText('3')).toContain('I\'ve added "Learn to swim"');
    expect((await chat.stores.wellbeing.get(person))?.goals.filter((goal) => goal.status === 'active')).toHaveLength(5);

    // Resuming the paused goal would make six: refused.
    await chat.say('change a goal');
    await chat.say('Walk daily');
    expect(await chat.sayText('Make it active again')).toContain("can't make \"Walk daily\" active again");
  });
});

describe('goals: safety comes first', () => {
  it('answers a risk message typed in the middle of a check-in first, then carries on with the check-in', async () => {
    const chat = await withSleepGoal();
    await chat.say('check in');
    const replies = await chat.say('honestly i want to kill myself');
    expect(replies[0]?.channelData?.safety?.level).toMatch(/^(concern|urgent)$/);
    expect(replies[0]?.text).toContain('999');
    expect(textOf(replies.slice(1))).toContain('"Sleep better": Last time');
    // Nothing was saved from the risk message, and the check-in goes on.
    expect((await chat.stores.wellbeing.get(person))?.goals[0]?.ratings).toHaveLength(1);
    expect(await chat.sayText('3')).toContain('Thanks for checking in');
    expect((await chat.stores.wellbeing.get(person))?.goals[0]?.ratings.map((rating) => rating.score)).toEqual([4, 3]);
  });
});

describe('goals: free text and consent', () => {
  it('offers to make a wish typed at the menu into a goal', async () => {
    const chat = new DialogChat();
    await chat.onboard();
    const offer = await chat.say("I'd like to sleep better");
    expect(textOf(offer)).toContain('Would you like to make "Sleep better" one of your goals?');
    expect(buttonsOf(offer)).toEqual(['Yes', 'No']);
    expect(await chat.sayText('yes')).toContain('How close are you');
    await chat.say('3');
    expect((await chat.stores.wellbeing.get(person))?.goals[0]).toMatchObject({ text: 'Sleep better', ratings: [{ score: 3 }] });
  });

  it('asks for agreement before anything about goals is saved', async () => {
    const chat = new DialogChat();
    await chat.say('hi');
    await chat.say('no');
    const gate = await chat.sayText('add a goal');
    expect(gate).toContain('I only do that with your agreement');
    expect(gate).toContain('Are you happy for me to save');
    expect(await chat.sayText('no')).toContain("I won't save anything about you");
    expect(await chat.stores.wellbeing.get(person)).toBeUndefined();
  });
});

describe('goals: changing a goal', () => {
  it('marks a goal achieved with a word of recognition, and leaves it out of check-ins', async () => {
    const chat = await withSleepGoal();
    await chat.say('change a goal');
    expect(await chat.sayText('1')).toContain('"Sleep better" is active. What would you like to do?');
    expect(await chat.sayText("I've achieved it")).toContain('Well done: "Sleep better" is marked as achieved.');
    expect((await chat.stores.wellbeing.get(person))?.goals[0]?.status).toBe('achieved');
    expect(await chat.sayText('check in')).toContain('You have no active goals to check in on');
  });
});

describe('goals: my progress on each channel', () => {
  it('shows one short line per goal and no card on SMS', async () => {
    const chat = await withSleepGoal('sms');
    await chat.say('check in');
    await chat.say('7');
    const progress = await chat.say('my progress');
    expect(progress[0]?.text?.split('\n').slice(0, 2)).toEqual(['Your progress:', '- Sleep better: 4 → 7, up 3']);
    expect(progress.flatMap((reply) => reply.attachments ?? [])).toEqual([]);
  });

  it('shows a chart card in web chat, with the dates', async () => {
    const chat = await withSleepGoal('webchat');
    await chat.say('check in');
    await chat.say('7');
    const [progress] = await chat.say('my progress');
    const card = JSON.stringify(progress?.attachments?.[0]?.content);
    expect(card).toContain('data:image/svg+xml;base64,');
    expect(card).toContain('Sleep better');
    // The first and latest ratings were on the same day here: one date.
    expect(card).toMatch(/4 → 7, up 3 \(\d{1,2} \w{3,4} \d{4}\)/);
    expect(progress?.text).toBe('Here is how your goals are going.');
  });
});

describe('goals: wellbeing questions', () => {
  it('asks the four ONS4 questions and the two connection questions, each skippable, and saves the answers', async () => {
    const chat = new DialogChat();
    await chat.onboard();
    await chat.say('add a goal');
    await chat.say('Sleep better');
    await chat.say('4');
    expect(await chat.sayText('Yes')).toContain('Question 1 of 6');
    await chat.say('6');
    await chat.say('skip');
    await chat.say('7/10');
    const afterOns4 = await chat.sayText('3');
    expect(afterOns4).toContain('Life satisfaction: 6 (medium)');
    expect(afterOns4).toContain('Question 5 of 6: Do you have a close friend you can talk to?');
    expect(await chat.sayText('yes')).toContain('Question 6 of 6: In the last month');
    const repeat = await chat.say('skip');
    expect(textOf(repeat)).toContain('Would you like me to offer these questions again');
    // The button's own words, not only "yes" or its number.
    expect(buttonsOf(repeat)).toEqual(['Yes, offer them again', 'No, thanks']);
    expect(await chat.sayText('Yes, offer them again')).toContain("I'll offer the feelings questions every 4 weeks");
    const record = await chat.stores.wellbeing.get(person);
    expect(record?.ons4).toEqual([{ at: expect.any(String), scores: { lifeSatisfaction: 6, happiness: 7, anxiety: 3 } }]);
    expect(record?.connection).toEqual([{ at: expect.any(String), closeFriend: 'yes' }]);
    expect(record?.repeatMeasures).toBe(true);
  });

  it('re-asks an ONS4 answer out of range without saving it', async () => {
    const chat = await withSleepGoal();
    await chat.say('wellbeing questions');
    expect(await chat.sayText('12')).toContain('whole number from 0 to 10');
    expect((await chat.stores.wellbeing.get(person))?.ons4).toEqual([]);
  });
});

describe('goals: check-in settings', () => {
  it('stores how often, when and the quiet hours', async () => {
    const chat = await withSleepGoal();
    expect(await chat.sayText('check in settings')).toContain('How often would you like me to ask');
    expect(await chat.sayText('Weekly')).toContain('What time of day suits you best?');
    expect(await chat.sayText('evening')).toContain('Are there times I should never message you?');
    const saved = await chat.sayText('10pm to 7am');
    expect(saved).toContain('Saved:');
    // The test channel cannot send unasked: the reply says where reminders do come.
    expect(saved).toContain('Reminders come by text or in the web chat');
    expect((await chat.stores.wellbeing.get(person))?.preferences).toEqual({
      frequency: 'weekly',
      timeOfDay: 'evening',
      quietHours: { from: '22:00', to: '07:00' },
      updatedAt: expect.any(String),
    });
  });

  it('re-asks quiet hours it cannot read, and takes "never" straight away', async () => {
    const chat = await withSleepGoal();
    await chat.say('check in settings');
    await chat.say('fortnightly');
    await chat.say('morning');
    expect(await chat.sayText('whenever')).toContain('like "10pm to 8am"');
    await chat.say('No quiet hours');
    expect((await chat.stores.wellbeing.get(person))?.preferences).toMatchObject({ frequency: 'fortnightly', quietHours: null });
    await chat.say('check in settings');
    expect(await chat.sayText('Never')).toContain("I won't send check-in reminders");
    expect((await chat.stores.wellbeing.get(person))?.preferences?.frequency).toBe('never');
  });
});

