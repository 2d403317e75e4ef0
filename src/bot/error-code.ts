import { isAppError } from '../domain/app-error';

/** A loggable code for any thrown value: AppError codes, otherwise the error's class name. */
export function errorCode(error: unknown): string {
  if (isAppError(error)) return error.code;
  if (error instanceof Error) return `UNEXPECTED_${error.name.toUpperCase()}`;
  return 'UNEXPECTED_THROW';
}
