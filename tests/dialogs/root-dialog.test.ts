import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { dialogTestAdapter, onboarded } from '../support/dialog-test-bot';

const menuPrompt = (reply: Partial<Activity>) => {
  expect(reply.text).toBe('What would you like to do?');
  expect(reply.suggestedActions?.actions.map((action) => action.title)).toEqual([
    'Goals',
    'Activities',
    'Contact team',
    'My data',
    'Help',
  ]);
};

describe('root dialog', () => {
  it('offers the main menu once the person is onboarded', async () => {
    await onboarded(dialogTestAdapter()).send('menu').assertReply(menuPrompt).startTest();
  });

  it('opens the goals area from the menu', async () => {
    await onboarded(dialogTestAdapter())
      .send('Goals')
      .assertReply((reply) => {
        expect(reply.text).toContain("You haven't set any goals yet");
        expect(reply.suggestedActions?.actions.map((action) => action.title)).toEqual(['Add a goal', 'Wellbeing questions', 'Check-in settings', 'Back to menu']);
      })
      .send('Back to menu')
      .assertReply(menuPrompt)
      .startTest();
  });

  it('shows help with urgent help lines from the menu, then the menu again', async () => {
    await onboarded(dialogTestAdapter())
      .send('Help')
      .assertReply((reply) => {
        expect(reply.text).toContain('999');
        expect(reply.text).toContain('116 123');
        expect(reply.text).toContain('85258');
        expect(reply.text).toContain('"cancel"');
      })
      .assertReply(menuPrompt)
      .startTest();
  });

  it('answers "help" typed while a question waits, then asks the question again', async () => {
    await onboarded(dialogTestAdapter())
      .send('HELP')
      .assertReply((reply) => expect(reply.text).toContain('116 123'))
      .assertReply(menuPrompt)
      .send('2')
      .assertReply((reply) => expect(reply.text).toContain('What kind of activity are you looking for?'))
      .startTest();
  });

  it('stops on "cancel" and goes back to the menu', async () => {
    await onboarded(dialogTestAdapter())
      .send('cancel')
      .assertReply("Okay, I've stopped that.")
      .assertReply(menuPrompt)
      .startTest();
  });

  it('shows the menu on "menu"', async () => {
    await onboarded(dialogTestAdapter())
      .send('menu')
      .assertReply(menuPrompt)
      .startTest();
  });

  it('asks again kindly when the answer is not one of the choices', async () => {
    await onboarded(dialogTestAdapter())
      .send('banana')
      .assertReply((reply) => expect(reply.text).toContain("I'm not sure I understood"))
      .startTest();
  });
});
