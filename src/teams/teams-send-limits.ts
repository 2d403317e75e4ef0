/**
 * A token bucket: up to `burst` sends at once, refilled at `perSecond`. In any window of `t`
 * seconds it lets through at most `burst + perSecond × t` sends.
 */
export interface SendRate {
  readonly burst: number;
  readonly perSecond: number;
}

/** The limits the send pipeline keeps to: one bucket per conversation, one per tenant. */
export interface TeamsSendRates {
  readonly conversation: SendRate;
  readonly tenant: SendRate;
}

/** A documented Teams limit: at most `sends` in any `seconds`. */
export interface DocumentedLimit {
  readonly sends: number;
  readonly seconds: number;
}

/**
 * Teams' documented limits (per bot per conversation: 7/s, 60 per 30 s, 1,800/h; per app per
 * tenant: about 50/s). Microsoft says they may change; the configured rates are checked against them.
 */
export const documentedTeamsLimits: { readonly conversation: readonly DocumentedLimit[]; readonly tenant: readonly DocumentedLimit[] } = {
  conversation: [
    { sends: 7, seconds: 1 },
    { sends: 60, seconds: 30 },
    { sends: 1_800, seconds: 3_600 },
  ],
  tenant: [{ sends: 50, seconds: 1 }],
};

/** The most sends `rate` lets through in any window of `seconds`. */
export function mostSendsIn(rate: SendRate, seconds: number): number {
  return rate.burst + rate.perSecond * seconds;
}

/** The documented limits `rate` could go over (none: it is safe). */
export function limitsExceeded(rate: SendRate, limits: readonly DocumentedLimit[]): DocumentedLimit[] {
  return limits.filter((limit) => mostSendsIn(rate, limit.seconds) > limit.sends);
}
