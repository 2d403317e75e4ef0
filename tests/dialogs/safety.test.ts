import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { atAreaQuestion, dialogTestAdapter, onboarded } from '../support/dialog-test-bot';

function expectSafetyReply(reply: Partial<Activity>): void {
  expect(reply.channelData?.safety?.level).toMatch(/^(concern|urgent)$/);
  expect(reply.channelData?.safety?.categories.length).toBeGreaterThan(0);
  expect(reply.text).toContain('999');
  expect(reply.text).toContain('116 123');
  expect(reply.text).toContain('85258');
  expect(reply.text).toContain('not a crisis service');
}

describe('safety on every message', () => {
  it('answers a risk message sent as the very first message, before the welcome', async () => {
    await dialogTestAdapter()
      .send('i dont want to be here anymore')
      .assertReply((reply) => {
        expectSafetyReply(reply);
        // No area yet: the NHS line covers both nations.
        expect(reply.text).toContain('111');
      })
      .assertReply((reply) => expect(reply.text).toContain('not an emergency service'))
      .assertReply((reply) => expect(reply.text).toContain('Are you happy for me to save'))
      .startTest();
  });

  it('answers a risk message in the middle of onboarding, then carries on with the same question', async () => {
    await atAreaQuestion(dialogTestAdapter())
      .send('I’ve taken all my tablets')
      .assertReply((reply) => {
        expectSafetyReply(reply);
        expect(reply.channelData?.safety).toEqual({ level: 'urgent', categories: ['overdose'] });
      })
      .assertReply("When you're ready, we can carry on where we left off.")
      .assertReply('Which area do you live in?')
      .send('luton')
      .assertReply((reply) => expect(reply.text).toContain('Luton Living Well team'))
      .startTest();
  });

  it('gives Edinburgh the Scottish routes (NHS 24, Breathing Space)', async () => {
    await onboarded(dialogTestAdapter(), 'Edinburgh')
      .send('I want to end my life')
      .assertReply((reply) => {
        expectSafetyReply(reply);
        expect(reply.text).toContain('NHS 24');
        expect(reply.text).toContain('0800 83 85 87');
        expect(reply.text).not.toContain('option 2');
      })
      .startTest();
  });

  it('gives an English site NHS 111 option 2 and not Breathing Space', async () => {
    await onboarded(dialogTestAdapter(), 'Tameside & Glossop')
      .send('I want to end my life')
      .assertReply((reply) => {
        expectSafetyReply(reply);
        expect(reply.text).toContain('NHS 111: call 111 and choose the mental health option (option 2)');
        expect(reply.text).not.toContain('Breathing Space');
        expect(reply.text).not.toContain('NHS 24');
      })
      .startTest();
  });

  it('does not close the concern on a single "I\'m fine": it checks in gently, every time', async () => {
    await onboarded(dialogTestAdapter())
      .send('nobody would miss me if i was gone')
      .assertReply(expectSafetyReply)
      .assertReply(() => undefined)
      .assertReply('What would you like to do?')
      .send("I'm fine")
      .assertReply((reply) => {
        expect(reply.text).toContain("I'm still thinking about what you said earlier");
        expect(reply.channelData?.safety).toBeUndefined();
      })
      .assertReply("When you're ready, we can carry on where we left off.")
      .assertReply('What would you like to do?')
      .send('im ok')
      .assertReply((reply) => expect(reply.text).toContain("I'm still thinking about what you said earlier"))
      .assertReply(() => undefined)
      .assertReply(() => undefined)
      .send('im fine, forget it')
      .assertReply((reply) => expect(reply.text).toContain("I'm still thinking about what you said earlier"))
      .assertReply(() => undefined)
      .assertReply(() => undefined)
      .send('2')
      .assertReply((reply) => expect(reply.text).toContain('What kind of activity are you looking for?'))
      .startTest();
  });

  it('treats "I\'m fine" as ordinary when there was no concern', async () => {
    await onboarded(dialogTestAdapter())
      .send("I'm fine")
      .assertReply((reply) => expect(reply.text).toContain("I'm not sure I understood"))
      .startTest();
  });

  it.each(['this traffic is killing me', 'I could murder a curry', "I'm dying for a cup of tea"])(
    'does not treat %j as risk',
    async (text) => {
      await onboarded(dialogTestAdapter())
        .send(text)
        .assertReply((reply) => {
          expect(reply.channelData?.safety).toBeUndefined();
          expect(reply.text).toContain("I'm not sure I understood");
        })
        .startTest();
    },
  );
});
