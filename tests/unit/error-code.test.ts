import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { errorCode } from '../../src/bot/error-code';
import { Dialog, DialogContext, DialogSet, type DialogTurnResult } from '../../src/dialog-runtime';
import { AppError } from '../../src/domain/app-error';

class FailingDialog extends Dialog {
  constructor(private readonly thrown: unknown) {
    super('failing');
  }

  override beginDialog(): Promise<DialogTurnResult> {
    return Promise.reject(this.thrown);
  }
}

function turnContext(): TurnContext {
  const activity: Partial<Activity> = { type: 'message', text: 'hi', channelId: 'test', conversation: { id: 'c1', isGroup: false, conversationType: '', name: '' }, from: { id: 'u1', name: '' } };
  return new TurnContext(new TestAdapter(), activity);
}

/** What reaches the turn pipeline when a dialog throws `thrown`. */
async function thrownByDialog(thrown: unknown): Promise<unknown> {
  const dc = new DialogContext(new DialogSet([new FailingDialog(thrown)]), turnContext(), []);
  return dc.beginDialog('failing').then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('errorCode', () => {
  it("gives a dialog's error its own code, unwrapped", async () => {
    const outage = new AppError('STORE_UNAVAILABLE', 'Redis down');
    expect(await thrownByDialog(outage)).toBe(outage);
    expect(errorCode(await thrownByDialog(outage))).toBe('STORE_UNAVAILABLE');
    expect(errorCode(await thrownByDialog(new AppError('STORE_CONFLICT', 'changed meanwhile')))).toBe('STORE_CONFLICT');
    expect(errorCode(await thrownByDialog(new TypeError('x is undefined')))).toBe('UNEXPECTED_TYPEERROR');
  });

  it('names a dialog id on the stack that this release does not have', async () => {
    const dc = new DialogContext(new DialogSet([]), turnContext(), [{ id: 'removed-in-v2', state: {} }]);
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
