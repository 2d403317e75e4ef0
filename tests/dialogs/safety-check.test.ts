import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { atAreaQuestion, dialogTestAdapter, onboarded } from '../support/dialog-test-bot';

/** A message the check treats as uncertain: it asks rather than guesses. */
const uncertain = "what's the point";

function expectQuestion(reply: Partial<Activity>): void {
  expect(reply.channelData?.safety).toEqual({ level: 'check', categories: ['suicide_self_harm'] });
  expect(reply.text).toContain('Are you thinking about harming yourself or someone else?');
  expect(reply.text).toContain('999');
  expect(reply.text).toContain('116 123');
  expect(reply.text).toContain('85258');
  expect(reply.suggestedActions?.actions.map((action) => action.value)).toEqual(['Yes', 'No']);
}

function expectFullReply(reply: Partial<Activity>): void {
  expect(reply.channelData?.safety?.level).toBe('concern');
  expect(reply.text).toContain('not a crisis service');
  expect(reply.text).toContain('116 123');
}

describe('the "are you safe?" question', () => {
  it('asks, with the numbers, when the signal is uncertain; a yes gets the full reply, then the conversation carries on', async () => {
    await onboarded(dialogTestAdapter())
      .send(uncertain)
      .assertReply(expectQuestion)
      .send('yes')
      .assertReply(expectFullReply)
      .assertReply("When you're ready, we can carry on where we left off.")
      .assertReply('What would you like to do?')
      .startTest();
  });

  it('a no carries on where the person was, mid-dialog, with the same question', async () => {
    await atAreaQuestion(dialogTestAdapter())
      .send('I cant take much more')
      .assertReply(expectQuestion)
      .send('No')
      .assertReply((reply) => {
        expect(reply.text).toContain('Thank you for telling me');
        expect(reply.channelData?.safety).toBeUndefined();
      })
      .assertReply("When you're ready, we can carry on where we left off.")
      .assertReply('Which area do you live in?')
      .send('luton')
      .assertReply((reply) => expect(reply.text).toContain('Luton Living Well team'))
      .startTest();
  });

  it('works as the very first message, before consent: the welcome follows the answer', async () => {
    await dialogTestAdapter()
      .send('im done with everything')
      .assertReply(expectQuestion)
      .send('not sure')
      .assertReply(expectFullReply)
      .assertReply((reply) => expect(reply.text).toContain('not an emergency service'))
      .assertReply((reply) => expect(reply.text).toContain('Are you happy for me to save'))
      .startTest();
  });

  it('asks once more after an unclear answer, then takes the next unclear message as an ordinary one', async () => {
    await onboarded(dialogTestAdapter())
      .send(uncertain)
      .assertReply(expectQuestion)
      .send('why do you ask')
      .assertReply((reply) => {
        expect(reply.channelData?.safety?.level).toBe('check');
        expect(reply.text).toContain('I just want to be sure');
        expect(reply.text).toContain('116 123');
      })
      .send('2')
      .assertReply((reply) => expect(reply.text).toContain('Thank you for telling me'))
      .assertReply(() => undefined)
      .assertReply('What would you like to do?')
      .send('2')
      .assertReply((reply) => expect(reply.text).toContain('What kind of activity are you looking for?'))
      .startTest();
  });

  it('a risky answer gets the full reply at once, whatever was asked', async () => {
    await onboarded(dialogTestAdapter())
      .send(uncertain)
      .assertReply(expectQuestion)
      .send('i want to kill myself')
      .assertReply((reply) => expect(reply.channelData?.safety?.level).toMatch(/^(concern|urgent)$/))
      .assertReply("When you're ready, we can carry on where we left off.")
      .assertReply('What would you like to do?')
      .send('no')
      .assertReply((reply) => expect(reply.channelData?.safety).toBeUndefined())
      .startTest();
  });

  it('after a yes, "I\'m fine" does not close the concern', async () => {
    await onboarded(dialogTestAdapter())
      .send(uncertain)
      .assertReply(expectQuestion)
      .send('yeah')
      .assertReply(expectFullReply)
      .assertReply(() => undefined)
      .assertReply(() => undefined)
      .send("I'm fine")
      .assertReply((reply) => expect(reply.text).toContain("I'm still thinking about what you said earlier"))
      .startTest();
  });
});
