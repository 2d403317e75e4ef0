/**
 * What a message may need crisis signposting for, in the order replies should list them.
 *
 * Its own module so that the learned model (model/), which risk-check.ts calls, can name the
 * categories without importing risk-check.ts back (a require cycle). risk-check.ts re-exports
 * these; a unit test keeps the two the same until it does.
 */
export const riskCategories = [
  'suicide_self_harm',
  'overdose',
  'harm_to_others',
  'abuse_safeguarding',
  'eating_disorder',
] as const;

export type RiskCategory = (typeof riskCategories)[number];

/** True when `value` names one of the {@link riskCategories}. */
export function isRiskCategory(value: string): value is RiskCategory {
  return (riskCategories as readonly string[]).includes(value);
}
