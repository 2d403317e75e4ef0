import type { DialogLookup, StackDialog } from './dialog-context';
import { DialogNotFoundError } from './dialog-not-found-error';

/** The dialogs a conversation can be in, by id. */
export class DialogSet implements DialogLookup {
  private readonly byId = new Map<string, StackDialog>();

  constructor(dialogs: readonly StackDialog[]) {
    for (const dialog of dialogs) {
      if (this.byId.has(dialog.id)) throw new Error(`two dialogs with id '${dialog.id}'`);
      this.byId.set(dialog.id, dialog);
    }
  }

  /** The dialog with `id`, or undefined when this release has none. */
  find(id: string): StackDialog | undefined {
    return this.byId.get(id);
  }

  /** The dialog with `id`; throws `DialogNotFoundError` when this release has none. */
  get(id: string): StackDialog {
    const dialog = this.byId.get(id);
    if (dialog === undefined) throw new DialogNotFoundError(id);
    return dialog;
  }
}
