import type { Activity as BotActivity } from 'botbuilder';
import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '../../src/domain/activities/activity';
import { loadSampleActivities } from '../../src/data/sample-data';
import type { Stores } from '../../src/store/ports';
import { buttonsOf, DialogChat, textOf } from '../support/dialog-chat';
import { openTestMemoryStores } from '../support/test-stores';

/** Saturday 21 November 2026, 9am in London. */
const now = DateTime.fromISO('2026-11-21T09:00', { zone: 'Europe/London' }).toMillis();
const clock = { now: () => now };
const person = (channel: string) => `${channel}:user1`;

let samples: Activity[];
beforeAll(async () => {
  samples = await loadSampleActivities();
});

async function storesWithSamples(): Promise<Stores> {
  const stores = openTestMemoryStores();
  await stores.activities.putMany(samples);
  return stores;
}

async function chatIn(area: string, channel = 'emulator'): Promise<DialogChat> {
  const chat = new DialogChat(channel, await storesWithSamples(), clock);
  await chat.onboard(area);
  return chat;
}

/** The Adaptive Cards of some replies, as JSON text with the markdown escapes taken out, one per result. */
function cardsOf(replies: readonly Partial<BotActivity>[]): string[] {
  return replies
    .flatMap((reply) => reply.attachments ?? [])
    .map((attachment) => JSON.stringify(attachment.content).replace(/\\\\(.)/g, '$1'));
}

function sampleNamed(name: string): Activity {
  const found = samples.find((activity) => activity.name === name);
  if (found === undefined) throw new Error(`no sample ${name}`);
  return found;
}

describe('activities: the guided path', () => {
  it('asks what kind, when and where, then shows cards with the next session, place and distance, cost and how to join', async () => {
    const chat = await chatIn('Salford');
    const kinds = await chat.say('Activities');
    expect(textOf(kinds)).toContain('What kind of activity are you looking for?');
    expect(buttonsOf(kinds)).toEqual([
      'Peer support',
      'Arts & creative',
      'Walking & physical activity',
      'Volunteering',
      'Learning & courses',
      'Employment advice',
      'Housing & money advice',
      'Social & befriending',
      'Everything this week',
    ]);
    expect(buttonsOf(await chat.say('Walking & physical activity'))).toEqual(['Today', 'Tomorrow', 'This week', 'At the weekend', 'Any time']);
    expect(buttonsOf(await chat.say('Any time'))).toEqual(['Online', 'Anywhere in Salford']);
    const results = await chat.say('M6');
    const cards = cardsOf(results);
    expect(cards.length).toBeGreaterThan(0);
    expect(results.find((reply) => reply.attachments !== undefined)?.attachmentLayout).toBe('carousel');
    // Chair yoga (Thursdays in M6) and the Sunday walk (M5, under 2 km away) are both walking.
    expect(cards.join()).toContain('Salford Sunday Striders walking group');
    expect(cards.join()).toContain('Chair yoga');
    const striders = cards.find((card) => card.includes('Sunday Striders')) ?? '';
    expect(striders).toContain('Tomorrow, 10am to 11:30am');
    expect(striders).toMatch(/km away/);
    expect(striders).toContain('Free');
    expect(striders).toContain('How to join');
    expect(striders).toContain('"title":"Remind me"');
  });

  it('answers "Everything this week" straight away, in the person\'s area only', async () => {
    const chat = await chatIn('Salford');
    await chat.say('Activities');
    const results = await chat.say('Everything this week');
    expect(textOf(results)).toMatch(/\d+ activit(y|ies) found/);
    const salfordNames = new Set(samples.filter((activity) => activity.site_id === 'salford').map((activity) => activity.name));
    for (const card of cardsOf(results)) expect([...salfordNames].some((name) => card.includes(name))).toBe(true);
  });

  it('re-asks kindly, with an example, for a postcode it cannot read, then takes a good one', async () => {
    const chat = await chatIn('Salford');
    await chat.say('Activities');
    await chat.say('Volunteering');
    await chat.say('Any time');
    const reask = await chat.say('M99 ZZZZ');
    expect(textOf(reask)).toContain("I couldn't read that as a postcode");
    expect(textOf(reask)).toContain('like M6)');
    // The question comes again with its buttons, and the re-ask does not name buttons that are gone.
    expect(buttonsOf(reask)).toEqual(['Online', 'Anywhere in Salford']);
    expect(textOf(reask)).not.toContain('Online or Anywhere');
    const outside = await chat.say('CF10 1AA');
    expect(textOf(outside)).toContain('outside the areas I have listings for');
    expect(buttonsOf(outside)).toEqual(['Online', 'Anywhere in Salford']);
    expect(cardsOf(await chat.say('M28'))).not.toEqual([]);
  });

  it("gives an example postcode from the person's own area", async () => {
    const chat = await chatIn('Lambeth');
    expect(await chat.sayText('Activities')).toContain('near SE11 on Tuesday');
    await chat.say('Volunteering');
    const where = await chat.sayText('Any time');
    expect(where).toContain('(like SE11)');
    expect(where).not.toContain('M6');
  });

  it('never shows inactive or temporarily closed listings', async () => {
    const chat = await chatIn('Salford');
    await chat.say('Activities');
    await chat.say('Social & befriending');
    await chat.say('Any time');
    const cards = cardsOf(await chat.say('Anywhere in Salford')).join();
    expect(cards).not.toContain('Broughton community choir');
    expect(cards).not.toContain("Men's peer support breakfast");
  });
});

describe('activities: one-shot requests', () => {
  it('answers "walking near M6 on Sunday" directly from the menu', async () => {
    const chat = await chatIn('Salford');
    const cards = cardsOf(await chat.say('walking near M6 on Sunday'));
    expect(cards).toHaveLength(1);
    expect(cards[0]).toContain('Salford Sunday Striders walking group');
  });

  it('answers the issue\'s example "walking group near M6 on Tuesday" directly', async () => {
    const chat = await chatIn('Salford');
    const cards = cardsOf(await chat.say('walking group near M6 on Tuesday'));
    expect(cards).toHaveLength(1);
    expect(cards[0]).toContain('Buile Hill Tuesday health walk');
    expect(cards[0]).toContain('Tuesday, 10:30am to 11:30am');
  });

  it('offers what is coming up when nothing is on at the time asked', async () => {
    const chat = await chatIn('Salford');
    // The orchard volunteers meet on the second Saturday of the month, not tomorrow (Sunday).
    const replies = await chat.say('volunteering near M28 tomorrow');
    expect(textOf(replies)).toContain("I couldn't find anything at that time, but these are coming up:");
    expect(cardsOf(replies).join()).toContain('Walkden community orchard volunteers');
  });

  it('answers "free art classes this weekend" with free arts listings only, in Lambeth', async () => {
    const chat = await chatIn('Lambeth');
    const cards = cardsOf(await chat.say('free art classes this weekend'));
    expect(cards.length).toBeGreaterThan(0);
    const lambethArts = samples.filter((activity) => activity.site_id === 'lambeth' && activity.categories.includes('arts-creative'));
    for (const card of cards) {
      const listing = lambethArts.find((activity) => card.includes(activity.name));
      expect(listing).toBeDefined();
      expect(listing?.cost_options.every((option) => option.amount === 0)).toBe(true);
    }
  });
});

describe('activities: bank holidays', () => {
  it('does not offer a lunch club on Christmas Day: the next session after it is shown', async () => {
    const stores = await storesWithSamples();
    // Monday 21 December 2026; the last Friday of December is Christmas Day.
    const chat = new DialogChat('emulator', stores, { now: () => DateTime.fromISO('2026-12-21T09:00', { zone: 'Europe/London' }).toMillis() });
    await chat.onboard('Salford');
    await chat.say('Activities');
    await chat.say('Social & befriending');
    await chat.say('Any time');
    const lunch = cardsOf(await chat.say('Anywhere in Salford')).find((card) => card.includes('chippy lunch club')) ?? '';
    expect(lunch).toContain('Fri 29 January 2027');
    expect(lunch).not.toContain('25 December');
  });
});

describe('activities: SMS', () => {
  it('lists results as short numbered lines with "reply MORE", then details by number and a reminder by REMIND', async () => {
    const chat = await chatIn('Salford', 'sms');
    await chat.say('Activities');
    await chat.say('Social & befriending');
    await chat.say('Any time');
    const first = await chat.say('Anywhere in Salford');
    expect(first.flatMap((reply) => reply.attachments ?? [])).toEqual([]);
    const page = textOf(first);
    expect(page).toMatch(/^\d+ activities found, showing 1 to 3\./);
    expect(page).toMatch(/\n1\. .+\n2\. .+\n3\. .+\n/);
    expect(page).toContain('Reply MORE for more');
    // Numbers pick results here, so no numbered choices are added beside them.
    expect(buttonsOf(first)).toEqual([]);
    expect(textOf(await chat.say('MORE'))).toMatch(/\n4\. /);

    const detailsReplies = await chat.say('2');
    const details = textOf(detailsReplies);
    expect(details).toMatch(/^.+\nNext: .+\nWhere: .+\nCost: .+/);
    expect(details).toContain('Type "remind 2"');
    expect(details).toContain('another number for its details, or MENU');
    expect(buttonsOf(detailsReplies)).toEqual([]);
    expect(await chat.sayText('remind 2')).toContain("I've noted that you'd like a reminder");
    expect(await chat.sayText('remind 2')).toContain('already asked');
    const record = await chat.stores.people.get(person('sms'));
    expect(record?.activityReminders).toEqual([{ activityId: expect.any(String), requestedAt: expect.any(String), session: expect.any(String) }]);
  });
});

describe('activities: what comes after the results', () => {
  it('ends each page with buttons, offering "More" only while there is more', async () => {
    const chat = await chatIn('Salford');
    await chat.say('Activities');
    const page = await chat.say('Everything this week');
    expect(textOf(page)).toMatch(/activities found, showing 1 to 5/);
    expect(buttonsOf(page)).toEqual(['More', 'Search again', 'Back to menu']);
    let last = page;
    while (buttonsOf(last).includes('More')) last = await chat.say('More');
    expect(buttonsOf(last)).toEqual(['Search again', 'Back to menu']);
    expect(buttonsOf(await chat.say('1'))).toEqual(['Remind 1', 'Search again', 'Back to menu']);
    expect(textOf(await chat.say('Search again'))).toContain('What kind of activity are you looking for?');
  });

  it('does not offer a reminder again once it was asked for', async () => {
    const chat = await chatIn('Salford');
    await chat.say('walking near M6 on Sunday');
    const striders = sampleNamed('Salford Sunday Striders walking group');
    const reminded = await chat.submit({ action: 'remind-activity', activityId: striders.id });
    expect(textOf(reminded)).toContain("I've noted that you'd like a reminder");
    expect(buttonsOf(reminded).some((button) => button.startsWith('Remind'))).toBe(false);
    expect(buttonsOf(reminded)).toContain('Search again');
    const details = await chat.say('1');
    expect(textOf(details)).toContain('Salford Sunday Striders');
    expect(textOf(details)).toContain("You've asked for a reminder about this one.");
    expect(buttonsOf(details).some((button) => button.startsWith('Remind'))).toBe(false);
  });
});

describe('activities: remind me', () => {
  it('keeps a reminder request from the card button, and includes it in the export', async () => {
    const chat = await chatIn('Salford');
    await chat.say('walking near M6 on Sunday');
    const striders = sampleNamed('Salford Sunday Striders walking group');
    expect(textOf(await chat.submit({ action: 'remind-activity', activityId: striders.id }))).toContain("I've noted that you'd like a reminder");
    const exported = await chat.exportedDocument();
    expect(exported).toMatchObject({ activityReminders: [{ activityId: striders.id }] });
  });

  it('keeps nothing for someone who has not agreed to saving', async () => {
    const chat = new DialogChat('emulator', await storesWithSamples(), clock);
    await chat.say('hi');
    await chat.say('no');
    await chat.say('Activities');
    await chat.say('Everything this week');
    expect(await chat.sayText('remind 1')).toContain('I can only keep reminders if you agree');
    expect(await chat.stores.people.get(person('emulator'))).toBeUndefined();
  });

  it('"my reminders" lists the reminders asked for and stops one', async () => {
    const chat = await chatIn('Salford');
    await chat.say('walking near M6 on Sunday');
    const striders = sampleNamed('Salford Sunday Striders walking group');
    await chat.submit({ action: 'remind-activity', activityId: striders.id });
    const listed = await chat.sayText('my reminders');
    expect(listed).toContain('1. Salford Sunday Striders walking group: tomorrow at');
    expect(listed).toContain('Type "stop" and a number');
    expect(await chat.sayText('stop 1')).toContain("Okay, I've stopped that reminder.");
    expect((await chat.stores.people.get(person('emulator')))?.activityReminders).toEqual([]);
    expect(await chat.sayText('my reminders')).toContain('You have no activity reminders');
  });

  it('ignores a button from an older search', async () => {
    const chat = await chatIn('Salford');
    await chat.say('walking near M6 on Sunday');
    const other = sampleNamed('Ordsall open art studio');
    expect(textOf(await chat.submit({ action: 'remind-activity', activityId: other.id }))).toContain('from an older search');
    expect((await chat.stores.people.get(person('emulator')))?.activityReminders).toBeUndefined();
  });
});

describe('activities: safety comes first', () => {
  it('answers a risk message typed while choosing, then asks the same question again', async () => {
    const chat = await chatIn('Salford');
    await chat.say('Activities');
    const replies = await chat.say('whats the point i want to die');
    expect(replies[0]?.channelData?.safety?.level).toMatch(/^(concern|urgent)$/);
    expect(textOf(replies.slice(1))).toContain('What kind of activity are you looking for?');
  });
});
