/** Codes for errors the service expects and handles; one place maps each to an HTTP status. */
export const appErrorCodes = [
  'BAD_REQUEST',
  'NOT_AN_ACTIVITY',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'NOT_FOUND',
  'GONE',
  'CONFLICT',
  'STORE_UNAVAILABLE',
  'STORE_CONFLICT',
  'STORE_RECORD_INVALID',
  'TURN_BUSY',
  'LOCK_LOST',
  'SHUTTING_DOWN',
  'UPSTREAM_UNAVAILABLE',
  'TEAMS_BLOCKED',
  'TEAMS_UNREACHABLE',
] as const;

export type AppErrorCode = (typeof appErrorCodes)[number];

/** One problem with one field of a request, e.g. `{ field: 'schedules[0].byday', message: '...' }`. */
export interface FieldProblem {
  /** Path into the body (`schedules[0].byday`), or a query or path parameter's name. */
  readonly field: string;
  readonly message: string;
}

/**
 * A safety message a client should show although its request failed: with the store down, a chat
 * message that shows risk (or answers an "are you safe?" question) still gets its reply this way.
 */
export interface SafetyNotice {
  readonly text: string;
  readonly safety?: { readonly level: string; readonly categories: readonly string[] };
}

/** A typed, expected error. `message` is developer text: never shown to people. */
export class AppError extends Error {
  /** For RATE_LIMITED and outages: when the caller may try again (sent as Retry-After). */
  readonly retryAfterSeconds: number | undefined;
  /** For BAD_REQUEST on a body, query or path: which fields are wrong and why (sent to the caller). */
  readonly fields: readonly FieldProblem[] | undefined;
  /** For STORE_UNAVAILABLE on a chat message: safety messages to show anyway (sent to the caller). */
  readonly safety: readonly SafetyNotice[] | undefined;

  constructor(
    readonly code: AppErrorCode,
    message: string,
    options?: { cause?: unknown; retryAfterSeconds?: number; fields?: readonly FieldProblem[]; safety?: readonly SafetyNotice[] },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.retryAfterSeconds = options?.retryAfterSeconds;
    this.fields = options?.fields;
    this.safety = options?.safety;
  }
}

/** True when `error` is an {@link AppError}, optionally with the given code. */
export function isAppError(error: unknown, code?: AppErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
