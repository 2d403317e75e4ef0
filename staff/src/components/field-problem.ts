import { ApiError } from '../api-error';

/** The service's message about one field of a refused form (a 400 with `fields`), if any. */
export function fieldProblem(error: unknown, field: string): string | undefined {
  return error instanceof ApiError ? error.fields.find((problem) => problem.field === field)?.message : undefined;
}

/** A Fluent `Field`'s validation props for one field of a refused form: the message next to the field. */
export function fieldValidation(error: unknown, field: string): { validationMessage: string | null; validationState: 'error' | 'none' } {
  const message = fieldProblem(error, field);
  return { validationMessage: message ?? null, validationState: message === undefined ? 'none' : 'error' };
}
