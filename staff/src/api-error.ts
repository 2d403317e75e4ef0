import { z } from 'zod';

/** A field's problem as the API reports it (400 answers). */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

/** The service's error body, as every JSON route answers it (src/http/json-route.ts). */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  }),
});

/** An answer that was not a success: its status, the service's error code and message, and any field problems. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: readonly FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
