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
  'STORE_UNAVAILABLE',
  'STORE_CONFLICT',
  'STORE_RECORD_INVALID',
  'TURN_BUSY',
  'LOCK_LOST',
  'SHUTTING_DOWN',
  'UPSTREAM_UNAVAILABLE',
] as const;

export type AppErrorCode = (typeof appErrorCodes)[number];

/** A typed, expected error. `message` is developer text: never shown to people. */
export class AppError extends Error {
  /** For RATE_LIMITED and outages: when the caller may try again (sent as Retry-After). */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    readonly code: AppErrorCode,
    message: string,
    options?: { cause?: unknown; retryAfterSeconds?: number },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }
}

/** True when `error` is an {@link AppError}, optionally with the given code. */
export function isAppError(error: unknown, code?: AppErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
