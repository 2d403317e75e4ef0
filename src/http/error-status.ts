import type { AppErrorCode } from '../domain/app-error';

/** The one place that maps error codes to HTTP statuses. */
export const httpStatusForCode: Readonly<Record<AppErrorCode, number>> = {
  BAD_REQUEST: 400,
  NOT_AN_ACTIVITY: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
  NOT_FOUND: 404,
  GONE: 410,
  CONFLICT: 409,
  STORE_UNAVAILABLE: 503,
  STORE_CONFLICT: 409,
  STORE_RECORD_INVALID: 500,
  TURN_BUSY: 503,
  LOCK_LOST: 503,
  SHUTTING_DOWN: 503,
  UPSTREAM_UNAVAILABLE: 502,
  // Teams refused a send (blocked, or a personal chat gone): only the send pipeline meets these.
  TEAMS_BLOCKED: 502,
  TEAMS_UNREACHABLE: 502,
};
