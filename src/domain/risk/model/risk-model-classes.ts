import { riskCategories, type RiskCategory } from '../risk-categories';

/** What the learned model tells apart: ordinary messages first, then each risk category in order. */
export const riskModelClasses = ['safe', ...riskCategories] as const;

export type RiskModelClass = (typeof riskModelClasses)[number];

/** Index of `safe` in {@link riskModelClasses}; risk category `i` is class `i + 1`. */
export const safeClassIndex = 0;

/**
 * The index in {@link riskModelClasses} of the class a labelled message trains.
 *
 * @param category - the message's risk category, or undefined for a safe message
 */
export function riskModelClassIndex(category: RiskCategory | undefined): number {
  return category === undefined ? safeClassIndex : riskCategories.indexOf(category) + 1;
}
