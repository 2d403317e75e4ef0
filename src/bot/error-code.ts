import { isAppError } from '../domain/app-error';
import { DialogNotFoundError } from '../dialog-runtime';

/**
 * A loggable code for any thrown value: AppError codes, `DIALOG_NOT_FOUND` for a dialog id on the
 * stack that this release does not have (e.g. removed by a deploy), otherwise the error's class
 * name. Dialogs' errors reach here unwrapped, so a store outage, a conflict and a bug in a dialog
 * are told apart in the logs.
 */
export function errorCode(error: unknown): string {
  if (error instanceof DialogNotFoundError) return 'DIALOG_NOT_FOUND';
  if (isAppError(error)) return error.code;
  if (error instanceof Error) return `UNEXPECTED_${error.name.toUpperCase()}`;
  return 'UNEXPECTED_THROW';
}
