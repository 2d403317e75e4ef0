import type { z } from 'zod';
import type { FieldProblem } from './app-error';

/** `schedules[0].byday` from `['schedules', 0, 'byday']`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? String(segment) : `.${String(segment)}`;
  }
  return text;
}

/**
 * zod issues as field problems, with paths as people write them (`schedules[0].byday`); unknown
 * keys are each named. A problem with the value as a whole is named `whole` (`body`, `query`).
 */
export function fieldProblemsOf(error: z.ZodError, whole: string): FieldProblem[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: formatPath([...issue.path, key]), message: 'is not a field of this record' }));
    }
    return [{ field: issue.path.length === 0 ? whole : formatPath(issue.path), message: issue.message }];
  });
}
