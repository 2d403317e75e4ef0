import { TestAdapter, TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { Dialog, DialogContext, DialogNotFoundError, DialogSet, type DialogInstance, type DialogReason, type DialogTurnResult } from '../../src/dialog-runtime';

/** A dialog that records what is asked of it, and waits (or, with `endsAt`, ends). */
class RecordingDialog extends Dialog {
  constructor(
    id: string,
    private readonly events: string[],
  ) {
    super(id);
  }

  override async beginDialog(dc: DialogContext, options?: unknown): Promise<DialogTurnResult> {
    this.events.push(`${this.id} begin ${JSON.stringify(options ?? null)}`);
    const instance = dc.activeDialog;
    if (instance !== undefined) instance.state = { begun: true };
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    this.events.push(`${this.id} continue ${dc.context.activity.text ?? ''}`);
    return dc.context.activity.text === 'done' ? dc.endDialog(`${this.id} result`) : Dialog.EndOfTurn;
  }

  override async resumeDialog(_dc: DialogContext, reason: DialogReason, result?: unknown): Promise<DialogTurnResult> {
    this.events.push(`${this.id} resume ${reason} ${String(result)}`);
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(_context: TurnContext, instance: DialogInstance): Promise<void> {
    this.events.push(`${this.id} reprompt ${JSON.stringify(instance.state)}`);
  }

  override async endDialog(_context: TurnContext, _instance: DialogInstance, reason: DialogReason): Promise<void> {
    this.events.push(`${this.id} end ${reason}`);
  }
}

function setUp(stack: DialogInstance[] = [], text = 'hello') {
  const events: string[] = [];
  const dialogs = new DialogSet(['a', 'b', 'c'].map((id) => new RecordingDialog(id, events)));
  const context = new TurnContext(new TestAdapter(), { type: 'message', text, channelId: 'test', conversation: { id: 'c1', isGroup: false, conversationType: '', name: '' } });
  return { events, stack, dc: new DialogContext(dialogs, context, stack) };
}

describe('DialogContext', () => {
  it('pushes a begun dialog onto the saved stack and hands it the options', async () => {
    const { dc, events, stack } = setUp();
    expect(await dc.beginDialog('a', { start: 'menu' })).toEqual({ status: 'waiting' });
    await dc.beginDialog('b');
    expect(stack).toEqual([
      { id: 'a', state: { begun: true } },
      { id: 'b', state: { begun: true } },
    ]);
    expect(dc.activeDialog?.id).toBe('b');
    expect(events).toEqual(['a begin {"start":"menu"}', 'b begin null']);
  });

  it('continues only the active dialog, and reports an empty stack', async () => {
    const { dc, events } = setUp([{ id: 'a', state: {} }, { id: 'b', state: {} }]);
    expect(await dc.continueDialog()).toEqual({ status: 'waiting' });
    expect(events).toEqual(['b continue hello']);
    expect(await setUp().dc.continueDialog()).toEqual({ status: 'empty' });
  });

  it('ends the active dialog and resumes the one under it with the result; complete when none is left', async () => {
    const { dc, events, stack } = setUp([{ id: 'a', state: {} }, { id: 'b', state: {} }], 'done');
    await dc.continueDialog();
    expect(events).toEqual(['b continue done', 'b end endCalled', 'a resume endCalled b result']);
    expect(stack.map((instance) => instance.id)).toEqual(['a']);
    expect(await dc.endDialog('last')).toEqual({ status: 'complete', result: 'last' });
    expect(stack).toEqual([]);
  });

  it('replaces the active dialog without resuming the one under it', async () => {
    const { dc, events, stack } = setUp([{ id: 'a', state: {} }, { id: 'b', state: {} }]);
    await dc.replaceDialog('c', { quiet: true });
    expect(events).toEqual(['b end replaceCalled', 'c begin {"quiet":true}']);
    expect(stack.map((instance) => instance.id)).toEqual(['a', 'c']);
  });

  it('cancels every dialog, top first, and says when there was nothing to cancel', async () => {
    const { dc, events, stack } = setUp([{ id: 'a', state: {} }, { id: 'b', state: {} }, { id: 'c', state: {} }]);
    expect(await dc.cancelAllDialogs()).toEqual({ status: 'cancelled' });
    expect(events).toEqual(['c end cancelCalled', 'b end cancelCalled', 'a end cancelCalled']);
    expect(stack).toEqual([]);
    expect(await dc.cancelAllDialogs()).toEqual({ status: 'empty' });
  });

  it("asks the active dialog's question again with its saved state", async () => {
    const { dc, events } = setUp([{ id: 'a', state: {} }, { id: 'b', state: { step: 2 } }]);
    await dc.repromptDialog();
    expect(events).toEqual(['b reprompt {"step":2}']);
  });

  it('refuses a dialog id this release does not have, but drops one when cancelling', async () => {
    const { dc, stack } = setUp([{ id: 'a', state: {} }, { id: 'removed-in-v2', state: {} }]);
    await expect(dc.continueDialog()).rejects.toBeInstanceOf(DialogNotFoundError);
    await expect(dc.beginDialog('nope')).rejects.toThrow("no dialog with id 'nope'");
    expect(stack.map((instance) => instance.id)).toEqual(['a', 'removed-in-v2']);
    await dc.cancelAllDialogs();
    expect(stack).toEqual([]);
  });

  it('refuses two dialogs with one id', () => {
    expect(() => new DialogSet([new RecordingDialog('a', []), new RecordingDialog('a', [])])).toThrow("two dialogs with id 'a'");
  });
});
