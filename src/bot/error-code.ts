import { DialogContextError } from 'botbuilder-dialogs';
import { isAppError } from '../domain/app-error';

/**
 * A loggable code for any thrown value: AppError codes, otherwise the error's class name.
 * botbuilder wraps whatever a dialog throws in a DialogContextError: the code is the wrapped
 * error's, so a store outage, a conflict and a bug in a dialog are told apart in the logs. Its own
 * complaints carry a string, and botbuilder 4.23 has one kind: a dialog id on the stack that no
 * longer exists (e.g. removed by a deploy).
 */
export function errorCode(error: unknown): string {
  if (error instanceof DialogContextError) return typeof error.error === 'string' ? 'DIALOG_NOT_FOUND' : errorCode(error.error);
  if (isAppError(error)) return error.code;
  if (error instanceof Error) return `UNEXPECTED_${error.name.toUpperCase()}`;
  return 'UNEXPECTED_THROW';
}
