import { describe, expect, it } from 'vitest';
import { dialogStateFrom } from '../../src/dialog-runtime';

describe('dialogStateFrom', () => {
  it('reads a saved stack as it is, active dialog last', () => {
    const stored = { dialogStack: [{ id: 'main-menu', state: {} }, { id: 'goals', state: { stage: 'menu' } }] };
    expect(dialogStateFrom(stored)).toEqual(stored);
  });

  it('lifts a stack saved inside the old root component, so nobody is stranded mid-dialog', () => {
    const inner = [{ id: 'main-menu', state: {} }, { id: 'check-in', state: { step: 'rate', goalIndex: 1 } }];
    const legacy = { dialogStack: [{ id: 'root', state: { dialogs: { dialogStack: inner } } }] };
    expect(dialogStateFrom(legacy)).toEqual({ dialogStack: inner });
  });

  it('starts afresh from nothing, or from a stack that does not fit', () => {
    expect(dialogStateFrom(undefined)).toEqual({ dialogStack: [] });
    expect(dialogStateFrom({ dialogStack: 'main-menu' })).toEqual({ dialogStack: [] });
    expect(dialogStateFrom({ dialogStack: [{ state: {} }] })).toEqual({ dialogStack: [] });
    // A root with a broken inner stack is kept as it is: the pipeline then reports the unknown id.
    expect(dialogStateFrom({ dialogStack: [{ id: 'root', state: { dialogs: 3 } }] })).toEqual({ dialogStack: [{ id: 'root', state: { dialogs: 3 } }] });
  });
});
