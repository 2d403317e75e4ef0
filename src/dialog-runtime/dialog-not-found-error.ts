/**
 * The stack names a dialog this release does not have (e.g. one removed by a deploy). The turn
 * pipeline logs it as `DIALOG_NOT_FOUND` and starts the conversation afresh.
 */
export class DialogNotFoundError extends Error {
  override readonly name = 'DialogNotFoundError';

  constructor(readonly dialogId: string) {
    super(`no dialog with id '${dialogId}'`);
  }
}
