import { contactOutcomes, outcomeAnswersSchema, supportOfferedCodes, type OutcomeAnswers } from '../../../../src/domain/callbacks/callback-outcome';
import { describeBestTimes } from '../../../../src/domain/callbacks/callback-request';
import { parseUkPhone } from '../../../../src/domain/callbacks/uk-phone';
import { formatPath } from '../../../../src/domain/field-problems';
import type { CallbackDetails } from './callback-schemas';

/** The steps a member of staff can take on a request from the app. */
export type CallbackStep = 'claim' | 'contacted' | 'outcome' | 'close';

/** The buttons' words. */
export const stepLabels: Readonly<Record<CallbackStep, string>> = {
  claim: 'Claim',
  contacted: 'Mark as contacted',
  outcome: 'Record outcome',
  close: 'Close',
};

/**
 * The steps the request's status allows (as the service's rules do): claim while requested;
 * contacted while requested or claimed; close while open; the outcome once the person was
 * contacted (and their data is still there).
 */
export function stepsFor(request: Pick<CallbackDetails, 'status' | 'contactedAt' | 'erasedAt'>): CallbackStep[] {
  const steps: CallbackStep[] = [];
  if (request.status === 'requested') steps.push('claim');
  if (request.status === 'requested' || request.status === 'claimed') steps.push('contacted');
  if (request.contactedAt !== undefined && request.erasedAt === undefined) steps.push('outcome');
  if (request.status === 'requested' || request.status === 'claimed' || request.status === 'contacted') steps.push('close');
  return steps;
}

/** The phone number to show and to dial: "07700 900123" and `tel:+447700900123`. */
export function phoneLink(e164: string): { text: string; href: string } {
  const parsed = parseUkPhone(e164);
  return { text: parsed.ok ? parsed.display : e164, href: `tel:${e164}` };
}

/** The best times in words ("Morning or evening"). */
export function bestTimesText(request: Pick<CallbackDetails, 'bestTimes'>): string | undefined {
  return request.bestTimes === undefined ? undefined : describeBestTimes(request.bestTimes);
}

/** The outcome form as typed: a choice, ticked codes, and the number of goals as text. */
export interface OutcomeFormValues {
  readonly contactOutcome: string;
  readonly supportOffered: readonly string[];
  readonly goalsAgreed: string;
}

export const emptyOutcomeForm: OutcomeFormValues = { contactOutcome: '', supportOffered: [], goalsAgreed: '0' };

/**
 * The outcome form checked with the API's own schema: the answers to send, or each field's
 * problem (by the API's field names), to show as the person types.
 */
export function checkOutcomeForm(values: OutcomeFormValues): { ok: true; answers: OutcomeAnswers } | { ok: false; problems: Record<string, string> } {
  const goals = values.goalsAgreed.trim();
  const parsed = outcomeAnswersSchema.safeParse({
    contactOutcome: contactOutcomes.find((code) => code === values.contactOutcome) ?? values.contactOutcome,
    supportOffered: supportOfferedCodes.filter((code) => values.supportOffered.includes(code)),
    goalsAgreed: goals === '' ? Number.NaN : Number(goals),
  });
  if (parsed.success) return { ok: true, answers: parsed.data };
  const problems: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = formatPath(issue.path);
    problems[field] ??= field === 'contactOutcome' ? 'Choose how the contact went.' : field === 'goalsAgreed' ? 'A whole number from 0 to 5.' : issue.message;
  }
  return { ok: false, problems };
}
