import { describe, expect, it } from 'vitest';
import { openTestMemoryStores } from '../support/test-stores';
import { dialogTestAdapter, onboarded } from '../support/dialog-test-bot';

const person = 'emulator:user1';

describe('my data', () => {
  it('says in plain words what is held', async () => {
    await onboarded(dialogTestAdapter(), 'Luton')
      .send('my data')
      .assertReply((reply) => {
        expect(reply.text).toContain('This is what I hold about you');
        expect(reply.text).toContain('Your area: Luton');
        expect(reply.text).toContain('I do not keep the messages you type');
      })
      .assertReply((reply) =>
        expect(reply.suggestedActions?.actions.map((action) => action.title)).toEqual([
          'Export my data',
          'Delete my data',
          'Withdraw consent',
          'Back to menu',
        ]),
      )
      .startTest();
  });

  it('exports everything as one JSON attachment', async () => {
    await onboarded(dialogTestAdapter(), 'Edinburgh')
      .send('export my data')
      .assertReply((reply) => {
        const attachment = reply.attachments?.[0];
        expect(attachment?.contentType).toBe('application/json');
        expect(attachment?.content).toMatchObject({
          you: { channel: 'emulator', idOnChannel: 'user1' },
          consent: { wordingVersion: expect.any(String), givenAt: expect.any(String) },
          area: 'edinburgh',
          thisConversation: { turns: 4 },
        });
        // Machine-readable: it survives a JSON round trip unchanged.
        expect(JSON.parse(JSON.stringify(attachment?.content))).toEqual(attachment?.content);
      })
      .assertReply('What would you like to do?')
      .startTest();
  });

  it('deletes everything after confirmation, leaving only a non-identifying audit entry', async () => {
    const stores = openTestMemoryStores();
    await onboarded(dialogTestAdapter('emulator', stores))
      .send('delete my data')
      .assertReply((reply) => expect(reply.text).toContain('It cannot be undone'))
      .send('Yes, delete everything')
      .assertReply((reply) => expect(reply.text).toContain("I've deleted everything I held about you"))
      .startTest();
    expect(await stores.people.get(person)).toBeUndefined();
    expect(stores.botStorage.keys()).toEqual([]);
    const audit = await stores.audit.list(10);
    expect(audit).toEqual([{ event: 'person.erased', at: expect.any(String), channelId: 'emulator', recordsErased: 2 }]);
    expect(JSON.stringify(audit)).not.toContain('user1');
  });

  it('keeps everything when the person says no to deleting', async () => {
    const stores = openTestMemoryStores();
    await onboarded(dialogTestAdapter('emulator', stores))
      .send('delete my data')
      .assertReply(() => undefined)
      .send('No, keep it')
      .assertReply('Okay, I have not deleted anything.')
      .assertReply('What would you like to do?')
      .startTest();
    expect(await stores.people.get(person)).toBeDefined();
  });

  it('starts afresh with the welcome after a deletion', async () => {
    await onboarded(dialogTestAdapter())
      .send('delete my data')
      .assertReply(() => undefined)
      .send('1')
      .assertReply(() => undefined)
      .send('hello')
      .assertReply((reply) => expect(reply.text).toContain('not an emergency service'))
      .assertReply((reply) => expect(reply.text).toContain('Are you happy for me to save'))
      .startTest();
  });

  it('withdraws consent: erases, audits, and returns the person to the welcome', async () => {
    const stores = openTestMemoryStores();
    await onboarded(dialogTestAdapter('emulator', stores))
      .send('withdraw consent')
      .assertReply((reply) => expect(reply.text).toContain('Withdraw your agreement?'))
      .send('yes')
      .assertReply((reply) => expect(reply.text).toContain("I've withdrawn your agreement"))
      .assertReply((reply) => expect(reply.text).toContain('not an emergency service'))
      .assertReply((reply) => expect(reply.text).toContain('Are you happy for me to save'))
      .send('no')
      .assertReply((reply) => expect(reply.text).toContain("I won't save anything about you"))
      .startTest();
    expect(await stores.people.get(person)).toBeUndefined();
    expect((await stores.audit.list(10)).map((entry) => entry.event)).toEqual(['consent.withdrawn']);
  });
});
