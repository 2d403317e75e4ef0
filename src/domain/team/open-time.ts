import { openingStatus, type OpeningHoursSource } from './opening-hours';

/** Stretches of opening walked before giving up: about two weeks of split days. */
const maxStretches = 60;

/**
 * The instant at which `durationMs` of the team's opening time has passed since `from` (epoch ms):
 * closed hours (nights, weekends, closed days and exceptions) do not count. Undefined when the
 * team has no opening within the two weeks `openingStatus` looks ahead.
 */
export function afterOpenTime(entry: OpeningHoursSource, from: number, durationMs: number): number | undefined {
  let at = from;
  let remaining = durationMs;
  for (let stretch = 0; stretch < maxStretches; stretch += 1) {
    const status = openingStatus(entry, at);
    if (status.open) {
      const closesAt = status.closesAt ?? Number.POSITIVE_INFINITY;
      if (at + remaining <= closesAt) return at + remaining;
      remaining -= closesAt - at;
      at = closesAt;
    } else {
      if (status.nextOpensAt === undefined) return undefined;
      at = status.nextOpensAt;
    }
  }
  return undefined;
}
