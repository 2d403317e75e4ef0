import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { DialogContext, DialogSet, WaterfallDialog } from 'botbuilder-dialogs';
import { describe, expect, it } from 'vitest';
import { errorCode } from '../../src/bot/error-code';
import { AppError } from '../../src/domain/app-error';

/** What botbuilder throws when a dialog step throws `thrown`. */
async function thrownByDialog(thrown: unknown): Promise<unknown> {
  const dialogs = new DialogSet();
  dialogs.add(
    new WaterfallDialog('failing', [
      async () => {
        throw thrown;
      },
    ]),
  );
  const activity: Partial<Activity> = { type: 'message', text: 'hi', channelId: 'test', conversation: { id: 'c1', isGroup: false, conversationType: '', name: '' }, from: { id: 'u1', name: '' } };
  const context = new TurnContext(new TestAdapter(), activity);
  const dc = new DialogContext(dialogs, context, { dialogStack: [] });
  return dc.beginDialog('failing').then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('errorCode', () => {
  it("gives a dialog's error its own code, not botbuilder's wrapper", async () => {
    const wrapped = await thrownByDialog(new AppError('STORE_UNAVAILABLE', 'Redis down'));
    expect(wrapped).toBeInstanceOf(Error);
    expect(wrapped instanceof Error ? wrapped.name : '').toBe('DialogContextError');
    expect(errorCode(wrapped)).toBe('STORE_UNAVAILABLE');
    expect(errorCode(await thrownByDialog(new AppError('STORE_CONFLICT', 'changed meanwhile')))).toBe('STORE_CONFLICT');
    expect(errorCode(await thrownByDialog(new TypeError('x is undefined')))).toBe('UNEXPECTED_TYPEERROR');
  });

  it("names botbuilder's own complaint, a dialog id that no longer exists", async () => {
    const context = new TurnContext(new TestAdapter(), { type: 'message', channelId: 'test', conversation: { id: 'c2', isGroup: false, conversationType: '', name: '' } });
    const dc = new DialogContext(new DialogSet(), context, { dialogStack: [{ id: 'removed-in-v2', state: {} }] });
    const failure = await dc.continueDialog().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(errorCode(failure)).toBe('DIALOG_NOT_FOUND');
  });

  it('names typed errors by code and others by class', () => {
    expect(errorCode(new AppError('TURN_BUSY', 'busy'))).toBe('TURN_BUSY');
    expect(errorCode(new RangeError('out of range'))).toBe('UNEXPECTED_RANGEERROR');
    expect(errorCode(42)).toBe('UNEXPECTED_THROW');
  });
});
