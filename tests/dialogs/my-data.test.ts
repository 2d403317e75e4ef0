import { describe, expect, it } from 'vitest';
import { isAppError } from '../../src/domain/app-error';
import { systemClock } from '../../src/runtime/system-clock';
import { DialogChat, exportLinkOf } from '../support/dialog-chat';
import { dialogTestAdapter, onboarded, testExportLinks } from '../support/dialog-test-bot';
import { TestClock } from '../support/test-clock';
import { openTestMemoryStores } from '../support/test-stores';

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

  it('exports everything as a JSON file behind a "Download my data" button, good for one download', async () => {
    const clock = new TestClock(Date.parse('2026-12-06T23:30:00.000Z'));
    const chat = new DialogChat('emulator', openTestMemoryStores(), clock);
    await chat.onboard('Edinburgh');
    const replies = await chat.say('export my data');
    const card = replies[0]?.attachments?.[0];
    expect(card?.contentType).toBe('application/vnd.microsoft.card.hero');
    expect(card?.content).toMatchObject({
      title: 'Your data, ready to download',
      text: expect.stringContaining('(living-well-my-data-2026-12-06.json)'),
      buttons: [{ type: 'openUrl', title: 'Download my data', value: expect.stringMatching(/^\/my-data\/[\w-]{22}\.[0-9a-z]+\.[\w-]{22}$/) }],
    });
    expect(card?.content.text).toContain('It works once, in the next 10 minutes');
    // The link names nothing about the person.
    const url = exportLinkOf(replies);
    for (const id of ['emulator', 'user1', 'edinburgh']) expect(url).not.toContain(id);

    const token = url.slice('/my-data/'.length);
    const links = testExportLinks(chat.stores, clock);
    const file = await links.redeem(token);
    expect(file.fileName).toBe('living-well-my-data-2026-12-06.json');
    const document: unknown = JSON.parse(file.json);
    expect(document).toMatchObject({
      you: { channel: 'emulator', idOnChannel: 'user1' },
      consent: { wordingVersion: expect.any(String), givenAt: expect.any(String) },
      area: 'edinburgh',
      thisConversation: { turns: 4 },
    });
    await expect(links.redeem(token)).rejects.toSatisfy((error: unknown) => isAppError(error, 'GONE'));
  });

  it('lets an export link run out after 10 minutes, and refuses one it did not make', async () => {
    const clock = new TestClock(Date.parse('2026-12-06T10:00:00.000Z'));
    const chat = new DialogChat('emulator', openTestMemoryStores(), clock);
    await chat.onboard();
    const url = exportLinkOf(await chat.say('export my data'));
    const token = url.slice('/my-data/'.length);
    clock.advance(10 * 60_000);
    const links = testExportLinks(chat.stores, clock);
    await expect(links.redeem(token)).rejects.toSatisfy((error: unknown) => isAppError(error, 'GONE'));
    // Changing any character of a token breaks its signature.
    const forged = `${token.slice(0, 5)}${token[5] === 'A' ? 'B' : 'A'}${token.slice(6)}`;
    await expect(links.redeem(forged)).rejects.toSatisfy((error: unknown) => isAppError(error, 'NOT_FOUND'));
    await expect(links.redeem('not-a-token')).rejects.toSatisfy((error: unknown) => isAppError(error, 'NOT_FOUND'));
  });

  it('on SMS, sends the link in words to open on a phone or computer', async () => {
    const chat = new DialogChat('sms', openTestMemoryStores(), systemClock, '+447700900123');
    await chat.onboard();
    const [reply] = await chat.say('export my data');
    expect(reply?.attachments).toBeUndefined();
    expect(reply?.text).toMatch(/^Your data is ready as a file \(living-well-my-data-\d{4}-\d\d-\d\d\.json\)\. To download it, open this link on a phone or computer\./);
    expect(reply?.text).not.toContain('7700900123');
    expect(await chat.exportedDocument()).toMatchObject({ you: { channel: 'sms', idOnChannel: '+447700900123' } });
  });

  it('erases a waiting export with the rest of the data', async () => {
    const chat = new DialogChat();
    await chat.onboard();
    const token = exportLinkOf(await chat.say('export my data')).slice('/my-data/'.length);
    await chat.say('delete my data');
    await chat.say('Yes, delete everything');
    await expect(testExportLinks(chat.stores, systemClock).redeem(token)).rejects.toSatisfy((error: unknown) => isAppError(error, 'GONE'));
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
