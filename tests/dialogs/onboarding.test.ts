import { describe, expect, it } from 'vitest';
import { consentWordingVersion } from '../../src/domain/consent';
import { openTestMemoryStores } from '../support/test-stores';
import { dialogTestAdapter } from '../support/dialog-test-bot';

/** TestAdapter's default user is `user1` on the channel given. */
const person = 'emulator:user1';

function welcomeThenConsent(adapter: ReturnType<typeof dialogTestAdapter>) {
  return adapter
    .send('hello')
    .assertReply((reply) => {
      expect(reply.text).toContain('Living Well companion');
      expect(reply.text).toContain('Living Well team');
      expect(reply.text).toContain('not an emergency service');
      expect(reply.text).toContain('999');
      expect(reply.text).toContain('116 123');
    })
    .assertReply((reply) => {
      // The privacy summary and the question come together, so nobody agrees without seeing it.
      expect(reply.text).toContain('About your information');
      expect(reply.text).toContain('Are you happy for me to save');
      expect(reply.suggestedActions?.actions.map((action) => action.title)).toEqual(['Yes, I agree', 'No thanks']);
    });
}

/** Stores holding a person who agreed and chose their area in an earlier conversation. */
async function returningPersonStores() {
  const stores = openTestMemoryStores();
  await stores.people.update(person, () => ({
    consent: { givenAt: '2026-11-01T10:00:00.000Z', wordingVersion: consentWordingVersion },
    area: 'salford',
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
  }));
  return stores;
}

describe('onboarding', () => {
  it.each(['Yes, I agree', 'yes', '1', 'YES'])('records consent on %j with its time and wording version, then asks the area', async (answer) => {
    const stores = openTestMemoryStores();
    await welcomeThenConsent(dialogTestAdapter('emulator', stores))
      .send(answer)
      .assertReply((reply) => {
        expect(reply.text).toBe('Which area do you live in?');
        expect(reply.suggestedActions?.actions.map((action) => action.title)).toEqual([
          'Lambeth',
          'Edinburgh',
          'Luton',
          'Salford',
          'Tameside & Glossop',
          'Somewhere else',
        ]);
      })
      .startTest();
    const record = await stores.people.get(person);
    expect(record?.consent?.wordingVersion).toBe(consentWordingVersion);
    expect(Date.parse(record?.consent?.givenAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
  });

  it.each([
    ['EDINBURGH', 'edinburgh'],
    ['2', 'edinburgh'],
    ['tameside and glossop', 'tameside-glossop'],
    ['5', 'tameside-glossop'],
    ['Somewhere else', 'elsewhere'],
    ['6', 'elsewhere'],
  ])('takes %j as the area %s and shows the main menu', async (answer, area) => {
    const stores = openTestMemoryStores();
    await welcomeThenConsent(dialogTestAdapter('emulator', stores))
      .send('yes')
      .assertReply('Which area do you live in?')
      .send(answer)
      .assertReply((reply) => expect(reply.text).toMatch(/^Thanks/))
      .assertReply('What would you like to do?')
      .startTest();
    expect((await stores.people.get(person))?.area).toBe(area);
  });

  it('asks the area again kindly when the answer is not one of them, saving nothing new', async () => {
    const stores = openTestMemoryStores();
    await welcomeThenConsent(dialogTestAdapter('emulator', stores))
      .send('yes')
      .assertReply('Which area do you live in?')
      .send('Manchester')
      .assertReply((reply) => expect(reply.text).toContain("Sorry, I didn't catch that. Which area do you live in?"))
      .startTest();
    expect((await stores.people.get(person))?.area).toBeUndefined();
  });

  it.each(['No thanks', 'no', '2'])('on %j stores nothing and explains what still works', async (answer) => {
    const stores = openTestMemoryStores();
    await welcomeThenConsent(dialogTestAdapter('emulator', stores))
      .send(answer)
      .assertReply((reply) => {
        expect(reply.text).toContain("I won't save anything about you");
        expect(reply.text).toContain('urgent help');
        expect(reply.text).toContain('contact a Living Well team');
        expect(reply.text).toContain('local activities');
      })
      .assertReply('What would you like to do?')
      .startTest();
    expect(await stores.people.get(person)).toBeUndefined();
  });

  it('re-asks the consent question when the answer is neither yes nor no', async () => {
    await welcomeThenConsent(dialogTestAdapter())
      .send('maybe later')
      .assertReply((reply) => expect(reply.text).toContain("Sorry, I didn't catch that. Are you happy for me to save"))
      .startTest();
  });

  it('asks for agreement before goals when the person said no, and carries on when they agree', async () => {
    await welcomeThenConsent(dialogTestAdapter())
      .send('no')
      .assertReply(() => undefined)
      .assertReply('What would you like to do?')
      .send('Goals')
      .assertReply((reply) => expect(reply.text).toContain('only do that with your agreement'))
      .assertReply((reply) => expect(reply.text).toContain('Are you happy for me to save'))
      .send('1')
      .assertReply('Which area do you live in?')
      .startTest();
  });

  it('greets a returning person who already agreed without asking again', async () => {
    const stores = await returningPersonStores();
    await dialogTestAdapter('emulator', stores)
      .send('hi')
      .assertReply((reply) => expect(reply.text).toContain('Hello again'))
      .assertReply('What would you like to do?')
      .startTest();
  });

  it.each([
    ['Activities', 'What kind of activity'],
    ['export my data', 'Download my data'],
    ['check in', 'goal'],
  ])('answers a returning person who opens a new conversation with %j, after the hello', async (first, answer) => {
    const stores = await returningPersonStores();
    await dialogTestAdapter('emulator', stores)
      .send(first)
      .assertReply((reply) => expect(reply.text).toContain('Hello again'))
      .assertReply((reply) => {
        expect(reply.text).not.toBe('What would you like to do?');
        expect(JSON.stringify(reply)).toContain(answer);
      })
      .startTest();
  });
});
