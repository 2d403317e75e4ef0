import { z } from 'zod';
import { siteIds } from '../sites';
import { isCanonicalReferenceCode } from './reference-code';

/** How the contact went. */
export const contactOutcomes = ['reached', 'no-answer', 'voicemail', 'wrong-number'] as const;
export type ContactOutcome = (typeof contactOutcomes)[number];

export const contactOutcomeLabels: Readonly<Record<ContactOutcome, string>> = {
  reached: 'Reached',
  'no-answer': 'No answer',
  voicemail: 'Voicemail',
  'wrong-number': 'Wrong number',
};

/** What support was offered: a short list of codes. */
export const supportOfferedCodes = ['listening', 'goal-setting', 'community-activities', 'peer-support', 'practical-help', 'signposting'] as const;
export type SupportOffered = (typeof supportOfferedCodes)[number];

export const supportOfferedLabels: Readonly<Record<SupportOffered, string>> = {
  listening: 'Listening and support',
  'goal-setting': 'Setting goals',
  'community-activities': 'Community activities',
  'peer-support': 'Peer support',
  'practical-help': 'Practical help (money, housing, work)',
  signposting: 'Signposting to another service',
};

/** Goals agreed at first contact: 0 to 5 (Goal-Based Outcomes use 3 to 5 self-set goals). */
export const goalsAgreedRange = { min: 0, max: 5 } as const;

/** At a review: how far the goals agreed at contact have come. */
export const goalsProgressedCodes = ['none', 'some', 'all'] as const;
export type GoalsProgressed = (typeof goalsProgressedCodes)[number];

export const goalsProgressedLabels: Readonly<Record<GoalsProgressed, string>> = {
  none: 'None',
  some: 'Some',
  all: 'All agreed',
};

/** At a review: whether the team still supports the person, or closes the request. */
export const supportStatuses = ['still-supported', 'closed'] as const;
export type SupportStatus = (typeof supportStatuses)[number];

export const supportStatusLabels: Readonly<Record<SupportStatus, string>> = {
  'still-supported': 'Still supported',
  closed: 'Closed',
};

/** The latest review of a contacted request (each one replaces the one before). */
export const callbackReviewSchema = z.strictObject({
  goalsProgressed: z.enum(goalsProgressedCodes),
  supportStatus: z.enum(supportStatuses),
  at: z.iso.datetime(),
});
export type CallbackReview = z.infer<typeof callbackReviewSchema>;

const id = z.string().trim().min(1).max(300);

/**
 * What a practitioner records after contacting someone: ids and codes only (no names, no words),
 * the data the outcome reports read. One per request; recording again replaces it.
 */
export const callbackOutcomeSchema = z.strictObject({
  callbackId: z.uuid(),
  siteId: z.enum(siteIds),
  reference: z.string().refine(isCanonicalReferenceCode, 'a reference code like CB-7K3P-Q9X'),
  contactOutcome: z.enum(contactOutcomes),
  supportOffered: z
    .array(z.enum(supportOfferedCodes))
    .max(supportOfferedCodes.length)
    .refine((codes) => new Set(codes).size === codes.length, 'each code once'),
  goalsAgreed: z.number().int().min(goalsAgreedRange.min).max(goalsAgreedRange.max),
  /** The practitioner, as Teams names them (tenant id and Entra object id). */
  recordedBy: z.strictObject({ tenantId: id, aadObjectId: id }),
  recordedAt: z.iso.datetime(),
  /** The latest review, once there was one (older records have none). */
  review: callbackReviewSchema.optional(),
});
export type CallbackOutcome = z.infer<typeof callbackOutcomeSchema>;

/**
 * The outcome prompt's answers as the staff app sends them (`POST .../callbacks/:id/outcome`): the
 * same codes and ranges as the Teams prompt and the stored record. The app validates with it too.
 */
export const outcomeAnswersSchema = callbackOutcomeSchema.pick({ contactOutcome: true, supportOffered: true, goalsAgreed: true });
export type OutcomeAnswers = z.infer<typeof outcomeAnswersSchema>;
