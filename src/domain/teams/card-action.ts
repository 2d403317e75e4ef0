import { z } from 'zod';
import { cardVerbs } from './callback-card-view';
import { contactOutcomes, goalsAgreedRange, goalsProgressedCodes, supportOfferedCodes, supportStatuses } from '../callbacks/callback-outcome';

/**
 * What a card's action carries back (`activity.value.action.data` for `Action.Execute`,
 * `activity.value` for the `Action.Submit` fallback), parsed at the trust boundary. Every action
 * names the request and the state version it was shown at, so a repeated or stale click changes
 * nothing.
 */
export const requestCardActionSchema = z.strictObject({
  verb: z.enum(cardVerbs),
  callbackId: z.uuid(),
  /** The request's `updatedAt` when the card was drawn. */
  version: z.iso.datetime(),
});

/**
 * The outcome prompt's submit: the request, and the inputs' values as Adaptive Cards sends them
 * (a multi-select ChoiceSet answers its values comma-separated; a number input may come as text).
 */
export const outcomeCardActionSchema = z.strictObject({
  verb: z.literal('outcome'),
  callbackId: z.uuid(),
  contactOutcome: z.enum(contactOutcomes),
  supportOffered: z
    .string()
    .max(500)
    .optional()
    .transform((text) => (text ?? '').split(',').map((code) => code.trim()).filter((code) => code !== ''))
    .pipe(z.array(z.enum(supportOfferedCodes)).max(supportOfferedCodes.length)),
  goalsAgreed: z.coerce.number().int().min(goalsAgreedRange.min).max(goalsAgreedRange.max),
});

/**
 * The review card's submit: the request, the review's base instant it asked about (a stale or
 * repeated answer changes nothing), the goals progressed input and the button's support status.
 */
export const reviewCardActionSchema = z.strictObject({
  verb: z.literal('review'),
  callbackId: z.uuid(),
  base: z.iso.datetime(),
  goalsProgressed: z.enum(goalsProgressedCodes),
  supportStatus: z.enum(supportStatuses),
});

/**
 * Which request and card an action is about, read before the rest: an action whose other fields do
 * not fit (an outcome submitted without a choice, through the fallback that has no validation) is
 * answered with the card as it is, rather than a note that would replace the card.
 */
export const cardTargetSchema = z.looseObject({ verb: z.string().max(20), callbackId: z.uuid() });

/** The review a misfit review action was about (its other fields not fitting), to answer with that card. */
export const reviewTargetSchema = z.looseObject({ base: z.iso.datetime() });

export const cardActionSchema = z.discriminatedUnion('verb', [requestCardActionSchema, outcomeCardActionSchema, reviewCardActionSchema]);
export type CardAction = z.output<typeof cardActionSchema>;
export type RequestCardAction = z.output<typeof requestCardActionSchema>;
export type OutcomeCardAction = z.output<typeof outcomeCardActionSchema>;
export type ReviewCardAction = z.output<typeof reviewCardActionSchema>;

/**
 * The `adaptiveCard/action` invoke's value as Teams sends it: the action (its `data` parsed with
 * {@link cardActionSchema} afterwards) and `trigger`, which botbuilder drops: `automatic` is a
 * refresh, which must change nothing. Loose: Teams adds fields of its own.
 */
export const universalActionInvokeSchema = z.looseObject({
  action: z.looseObject({ type: z.literal('Action.Execute'), verb: z.string().optional(), data: z.unknown() }),
  trigger: z.enum(['manual', 'automatic']).optional(),
});
