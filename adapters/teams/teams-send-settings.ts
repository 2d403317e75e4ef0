import type { TeamsSendRates } from '../../src/teams/teams-send-limits';

/** The Teams send pipeline's settings (TEAMS_SEND_*), built once by the configuration. */
export interface TeamsSendSettings {
  /** Token buckets per conversation and per tenant, checked against Teams' documented limits. */
  readonly rates: TeamsSendRates;
  /** HTTP attempts per send, all counted against the rates (429, 412, 5xx and no answer are tried again). */
  readonly attempts: number;
  /** Wait before the second attempt; each next one doubles, with full jitter (a random share of it). */
  readonly backoffMs: number;
  /** How long all sending pauses after a 429 without `Retry-After` (with one: at least that long). */
  readonly throttlePauseMs: number;
  /** How long all sending pauses after a 401 (the app id, secret or tenant is wrong). */
  readonly authPauseMs: number;
  /** How long a send key's result is kept: a repeat within it sends nothing (the duplicate window). */
  readonly duplicateWindowMs: number;
  /** Longest a send may take in all, waits for the rates and retries included, before it fails (UPSTREAM_UNAVAILABLE). */
  readonly sendTimeoutMs: number;
  /** Longest one HTTP attempt may take. */
  readonly attemptTimeoutMs: number;
}
