import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TeamDirectoryEntry } from '../../src/domain/team/team-directory';
import { loadSampleTeams } from '../../src/data/sample-data';
import type { Stores } from '../../src/store/ports';
import { buttonsOf, DialogChat, textOf } from '../support/dialog-chat';
import { moveLatestCallback } from '../support/callback-fixture';
import { openTestMemoryStores } from '../support/test-stores';

const london = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/London' }).toMillis();
/** Monday 23 November 2026, 10am: the sample teams are open (9am to 5pm). */
const mondayMorning = london('2026-11-23T10:00');
/** Saturday 21 November 2026, 3pm: the Salford sample team closed at 1pm, and opens Monday at 9am. */
const saturdayAfternoon = london('2026-11-21T15:00');
/** Christmas Day 2026 (a Friday), 11am: closed all day. */
const christmasDay = london('2026-12-25T11:00');

let teams: TeamDirectoryEntry[];
beforeAll(async () => {
  teams = await loadSampleTeams();
});

async function storesWithTeams(): Promise<Stores> {
  const stores = openTestMemoryStores();
  for (const entry of teams) await stores.teams.put(entry);
  return stores;
}

async function chatAt(now: number, options: { area?: string; channel?: string; userId?: string } = {}): Promise<DialogChat> {
  const chat = new DialogChat(options.channel ?? 'emulator', await storesWithTeams(), { now: () => now }, options.userId);
  await chat.onboard(options.area ?? 'Salford');
  return chat;
}

/** Through "contact team" and the callback questions up to the consent question. */
async function upToConsent(chat: DialogChat): Promise<string> {
  await chat.say('contact team');
  await chat.say('Request a callback');
  await chat.say('Sam');
  await chat.say('07700 900123');
  await chat.say('1 and 3');
  return chat.sayText('Skip');
}

describe('contact team: how to reach the team, and whether it is open', () => {
  it('shows the team, open now until 5pm, with its numbers and the choices', async () => {
    const chat = await chatAt(mondayMorning);
    const replies = await chat.say('contact team');
    const text = textOf(replies);
    expect(text).toContain('Salford Living Well Team (sample)');
    expect(text).toContain('Open now, until 5pm.');
    expect(text).toContain('Phone: 0161 496 0234');
    expect(text).toContain('Text: 07700 900104');
    expect(buttonsOf(replies)).toEqual(['Request a callback', 'Call or text them', 'Urgent help', 'Back to menu']);
  });

  it('says when a closed team opens next', async () => {
    const chat = await chatAt(saturdayAfternoon);
    expect(await chat.sayText('Contact team')).toContain('Closed now. Opens Monday at 9am.');
  });

  it('names the bank holiday when the team is closed for it', async () => {
    const chat = await chatAt(christmasDay);
    expect(await chat.sayText('contact team')).toMatch(/Closed now \(Christmas Day\)\. Opens /);
  });

  it('gives the full details, weekly hours included, on "Call or text them"', async () => {
    const chat = await chatAt(mondayMorning);
    await chat.say('contact team');
    const details = await chat.sayText('Call or text them');
    expect(details).toContain('Address:');
    expect(details).toContain('Opening hours (UK time):');
    expect(details).toMatch(/Monday to Wednesday: 9am to 5pm/);
    expect(details).toMatch(/Thursday: 9am to 8pm/);
  });

  it('asks where the person lives first when they have not said, and saves nothing without agreement', async () => {
    const chat = new DialogChat('emulator', await storesWithTeams(), { now: () => mondayMorning });
    await chat.say('hi');
    await chat.say('no');
    expect(await chat.sayText('contact team')).toContain('Which area do you live in?');
    expect(await chat.sayText('Luton')).toContain('Luton Living Well Team (sample)');
    expect(await chat.stores.people.get('emulator:user1')).toBeUndefined();
  });

  it('offers urgent help from the team menu', async () => {
    const chat = await chatAt(mondayMorning);
    await chat.say('contact team');
    const help = await chat.sayText('Urgent help');
    expect(help).toContain('999');
    expect(help).toContain('116 123');
  });
});

describe('contact team: a callback request', () => {
  it('asks name, number, best times, what it is about and consent, then gives a reference and what happens next (open)', async () => {
    const chat = await chatAt(mondayMorning);
    await chat.say('contact team');
    expect(await chat.sayText('Request a callback')).toContain('What would you like them to call you?');
    expect(await chat.sayText('Sam')).toContain('What number should they call?');
    const times = await chat.say('07700 900123');
    expect(buttonsOf(times)).toEqual(['Morning (9am to 12pm)', 'Afternoon (12pm to 5pm)', 'Evening (5pm to 8pm)', 'Any time']);
    expect(await chat.sayText('1 and 3')).toContain("what it's about");
    const consent = await chat.say('Feeling low since my job ended');
    expect(textOf(consent)).toContain('Salford Living Well Team (sample)');
    expect(buttonsOf(consent)).toEqual(['Yes, send it', "No, don't send"]);
    const done = await chat.sayText('Yes, send it');
    const reference = /Your reference is (CB-[A-Z0-9]{4}-[A-Z0-9]{3})\./.exec(done)?.[1];
    expect(reference).toBeDefined();
    expect(done).toContain('is open now, so they will see your request today');

    const stored = await chat.stores.callbacks.latestFor('emulator:user1');
    expect(stored).toMatchObject({
      reference,
      siteId: 'salford',
      name: 'Sam',
      phoneE164: '+447700900123',
      bestTimes: ['morning', 'evening'],
      about: 'Feeling low since my job ended',
      status: 'requested',
      consentToShare: { wordingVersion: expect.any(String) },
    });
    // The team's work list, and the event the Teams nudges will hang on.
    expect((await chat.stores.callbacks.listBySite('salford')).map((request) => request.reference)).toEqual([reference]);
    expect((await chat.stores.events.read('0', 10)).map(({ event }) => [event.type, event.reference])).toEqual([['callback.requested', reference]]);
  });

  it('out of hours, says when the team will see it and points to urgent help meanwhile', async () => {
    const chat = await chatAt(saturdayAfternoon);
    await upToConsent(chat);
    const done = await chat.sayText('yes');
    expect(done).toContain('is closed at the moment, and opens Monday at 9am');
    expect(done).toContain('type "help" for urgent help');
  });

  it.each([
    ['12345', "doesn't look like a complete UK number"],
    ['+1 555 0100', 'outside the UK'],
    ['call me on my mobile', 'in digits'],
  ])('re-asks kindly for the phone number %j', async (bad, expected) => {
    const chat = await chatAt(mondayMorning);
    await chat.say('contact team');
    await chat.say('Request a callback');
    await chat.say('Sam');
    expect(await chat.sayText(bad)).toContain(expected);
    expect(await chat.sayText('0161 496 0999')).toContain('When is best to call?');
  });

  it('on SMS offers the number the person texts from', async () => {
    const chat = await chatAt(mondayMorning, { channel: 'sms', userId: '+447700900456' });
    await chat.say('contact team');
    await chat.say('Request a callback');
    expect(await chat.sayText('Sam')).toContain("the number you're texting from (07700 900456)");
    await chat.say('yes');
    await chat.say('any time');
    await chat.say('skip');
    await chat.say('yes');
    expect((await chat.stores.callbacks.latestFor('sms:+447700900456'))?.phoneE164).toBe('+447700900456');
  });

  it('sends nothing when the person does not agree to share', async () => {
    const chat = await chatAt(mondayMorning);
    await upToConsent(chat);
    expect(await chat.sayText('No')).toContain("I haven't sent anything");
    expect(await chat.stores.callbacks.latestFor('emulator:user1')).toBeUndefined();
  });

  it('says so instead of making a duplicate while one is open', async () => {
    const chat = await chatAt(mondayMorning);
    await upToConsent(chat);
    await chat.say('yes');
    await chat.say('contact team');
    const again = await chat.sayText('Request a callback');
    expect(again).toContain("You already have a callback request open, so I haven't made another one.");
    expect(await chat.stores.callbacks.listFor('emulator:user1')).toHaveLength(1);
  });

  it('shows "my callback" and cancels it, after which a new request is possible', async () => {
    const chat = await chatAt(mondayMorning);
    await upToConsent(chat);
    await chat.say('yes');
    const status = await chat.say('my callback');
    expect(textOf(status)).toMatch(/Your callback request CB-\S+ was sent today at 10am\. The team hasn't picked it up yet\./);
    expect(buttonsOf(status)).toEqual(['Cancel my callback', 'Back to menu']);
    expect(await chat.sayText('Cancel my callback')).toContain("I've cancelled your callback request");
    expect((await chat.stores.callbacks.latestFor('emulator:user1'))?.status).toBe('cancelled');
    await chat.say('contact team');
    expect(await chat.sayText('Request a callback')).toContain('What would you like them to call you?');
  });

  it('after the team has called, shows that honestly and offers their numbers, not a cancel that cannot work', async () => {
    const chat = await chatAt(mondayMorning);
    await upToConsent(chat);
    await chat.say('yes');
    await moveLatestCallback(chat.stores.callbacks, 'emulator:user1', { action: 'contacted', by: 'practitioner-1', at: new Date(mondayMorning).toISOString() });
    const status = await chat.say('my callback');
    expect(textOf(status)).toMatch(/The team contacted you today at 10am\./);
    expect(textOf(status)).toContain("They'll close the request once they've noted what happens next.");
    expect(buttonsOf(status)).toEqual(['Call or text the team', 'Back to menu']);
    const details = await chat.sayText('Call or text the team');
    expect(details).toContain('Phone: 0161 496 0234');
    expect(details).toContain('What would you like to do?');
    // Typed anyway: says why nothing was cancelled.
    expect(await chat.sayText('cancel my callback')).toContain("The team has already called you, so there's nothing to cancel.");
    // Asking for another call meanwhile says the same, with the same choices.
    await chat.say('contact team');
    const again = await chat.say('Request a callback');
    expect(textOf(again)).toContain("You already have a callback request open, so I haven't made another one.");
    expect(buttonsOf(again)).toEqual(['Call or text the team', 'Back to menu']);
  });

  it('after the team has closed the request, offers to ask again', async () => {
    const chat = await chatAt(mondayMorning);
    await upToConsent(chat);
    await chat.say('yes');
    const at = new Date(mondayMorning).toISOString();
    await moveLatestCallback(chat.stores.callbacks, 'emulator:user1', { action: 'contacted', by: 'practitioner-1', at });
    await moveLatestCallback(chat.stores.callbacks, 'emulator:user1', { action: 'close', by: 'practitioner-1', at });
    const status = await chat.say('my callback');
    expect(textOf(status)).toContain('and has closed the request.');
    expect(buttonsOf(status)).toEqual(['Request a callback', 'Back to menu']);
    expect(await chat.sayText('Request a callback')).toContain('What would you like them to call you?');
  });

  it('with no request at all, "my callback" offers to make one', async () => {
    const chat = await chatAt(mondayMorning);
    const status = await chat.say('my callback');
    expect(textOf(status)).toContain('You have no callback requests.');
    expect(buttonsOf(status)).toEqual(['Request a callback', 'Back to menu']);
    expect(await chat.sayText('cancel my callback')).toContain("You don't have a callback request, so there's nothing to cancel.");
  });

  it('answers a risk message typed as "what it is about" with the safety reply first, then asks again', async () => {
    const chat = await chatAt(mondayMorning);
    await chat.say('contact team');
    await chat.say('Request a callback');
    await chat.say('Sam');
    await chat.say('07700 900123');
    await chat.say('any time');
    const replies = await chat.say('i keep thinking about ending my life');
    expect(replies[0]?.channelData?.safety?.level).toMatch(/^(concern|urgent)$/);
    expect(textOf(replies.slice(1))).toContain("what it's about");
  });
});

describe('contact team: the safety reply', () => {
  it('includes the team while it is open', async () => {
    const chat = await chatAt(mondayMorning);
    const [reply] = await chat.say('i want to end my life');
    expect(reply?.text).toContain('- Salford Living Well Team (sample): open now until 5pm, call 0161 496 0234.');
  });

  it('leaves the team out while it is closed', async () => {
    const chat = await chatAt(saturdayAfternoon);
    const [reply] = await chat.say('i want to end my life');
    expect(reply?.text).toContain('116 123');
    expect(reply?.text).not.toContain('Salford Living Well Team');
  });
});

describe('contact team: people\'s data', () => {
  it('exports the callback request; erasing cancels it, and the team\'s list keeps it without details', async () => {
    const chat = await chatAt(mondayMorning);
    await upToConsent(chat);
    await chat.say('yes');
    const exported = await chat.exportedDocument();
    expect(exported).toMatchObject({ callbackRequests: [{ name: 'Sam', phoneE164: '+447700900123', status: 'requested' }] });
    const reference = (await chat.stores.callbacks.latestFor('emulator:user1'))?.reference ?? 'none';
    expect(await chat.sayText('my data')).toContain(`Your callback request ${reference} to the Salford Living Well team`);
    expect(await chat.sayText('delete my data')).toContain(`It also cancels your callback request ${reference}: the Salford Living Well team won't call you back.`);
    expect(await chat.sayText('Yes, delete everything')).toContain(`and cancelled your callback request ${reference}.`);
    expect(await chat.stores.callbacks.listFor('emulator:user1')).toEqual([]);
    expect(await chat.stores.callbacks.listBySite('salford')).toEqual([]);
    expect(await chat.stores.callbacks.erasedBySite('salford')).toEqual([
      expect.objectContaining({ status: 'cancelled', cancelledAt: expect.any(String), cancelledByErasure: true }),
    ]);
    expect(JSON.stringify(await chat.stores.callbacks.erasedBySite('salford'))).not.toMatch(/Sam|7700900123|emulator/);
    const events = await chat.stores.events.read('0', 10);
    expect(events.map(({ event }) => event.type)).toEqual(['callback.requested', 'callback.cancelled']);
  });
});

describe('the "are you safe?" question and the person\'s team', () => {
  it('after a yes while the team is open, names the team in the full reply and offers a callback that works', async () => {
    const chat = await chatAt(mondayMorning);
    const question = await chat.say("what's the point");
    expect(question[0]?.channelData?.safety?.level).toBe('check');
    const replies = await chat.say('yes');
    expect(replies[0]?.channelData?.safety?.level).toBe('concern');
    expect(textOf(replies)).toContain('Salford Living Well Team (sample): open now until 5pm, call 0161 496 0234.');
    expect(textOf(replies)).toContain('If you would like Salford Living Well Team (sample) to call you back, reply "call me back".');
    expect(await chat.sayText('Call me back')).toContain('name');
  });

  it("marks a callback asked for after a safety reply in the same conversation (for the team's card), and only then", async () => {
    const chat = await chatAt(mondayMorning);
    await chat.say("what's the point");
    await chat.say('yes');
    await chat.say('Call me back');
    await chat.say('Sam');
    await chat.say('07700 900123');
    await chat.say('Any time');
    await chat.say('Skip');
    await chat.say('Yes, send it');
    expect(await chat.stores.callbacks.latestFor('emulator:user1')).toMatchObject({ status: 'requested', safetyReplyInConversation: true });

    const calm = await chatAt(mondayMorning);
    await upToConsent(calm);
    await calm.say('Yes, send it');
    const request = await calm.stores.callbacks.latestFor('emulator:user1');
    expect(request?.status).toBe('requested');
    expect(request?.safetyReplyInConversation).toBeUndefined();
  });

  it('after a yes while the team is closed, offers no callback (nobody would answer now)', async () => {
    const chat = await chatAt(saturdayAfternoon);
    await chat.say("what's the point");
    const replies = await chat.say('yes');
    expect(textOf(replies)).not.toContain('call me back');
    expect(textOf(replies)).toContain('116 123');
  });
});
