import { DateTime } from 'luxon';
import { z } from 'zod';
import { matchChoice, normaliseReply } from '../reply-text';
import { siteIds } from '../sites';
import { isCanonicalReferenceCode } from './reference-code';
import { parseUkPhone } from './uk-phone';
import { calendarDaysBetween, clockTimeWords, londonZone, monthName, weekdayName } from '../local-date';

/**
 * A person's request to be called back by their Living Well team, and its lifecycle:
 *
 *   - claim:     requested → claimed
 *   - contacted: requested or claimed → contacted (from requested, the claim is implied)
 *   - close:     requested, claimed or contacted → closed
 *   - cancel:    requested or claimed → cancelled (by the person)
 * Closed and cancelled are final.
 *
 * It holds a name and phone number (DESIGN.md §6: only where a feature needs them) and is shared
 * with the team only with the person's consent, recorded with its time and wording version.
 * Practitioners' tools show the reference code, not the name.
 */

export const callbackStatuses = ['requested', 'claimed', 'contacted', 'closed', 'cancelled'] as const;
export type CallbackStatus = (typeof callbackStatuses)[number];

/** When the person would like to be called. `any` stands on its own. */
export const bestTimeIds = ['morning', 'afternoon', 'evening', 'any'] as const;
export type BestTimeId = (typeof bestTimeIds)[number];

/** How each best time is shown, in this order as numbered choices. */
export const bestTimeLabels: Readonly<Record<BestTimeId, string>> = {
  morning: 'Morning (9am to 12pm)',
  afternoon: 'Afternoon (12pm to 5pm)',
  evening: 'Evening (5pm to 8pm)',
  any: 'Any time',
};

/** Bump when {@link callbackConsentTextFor}'s wording changes: each request records the version it saw. */
export const callbackConsentWordingVersion = '2026-11-21.1';

/**
 * What the person agrees to before a callback request is sent, in plain words. `team` is how the
 * team is named in the sentence, e.g. "the Salford Living Well team". Plain ASCII punctuation, so
 * it stays one GSM-7 text per part on SMS.
 */
export function callbackConsentTextFor(team: string): string {
  return [
    `To call you back, ${team} needs your name, your phone number, the best times to call and, if you tell me, what it's about.`,
    "I'll share those with them so they can call you back, and they're only used for this.",
    "You can cancel the request until they've called you.",
    'A callback is not for emergencies: if you need help now, type "help".',
  ].join(' ');
}

/** The consent wording with the team named generically ("your Living Well team"). */
export const callbackConsentText: string = callbackConsentTextFor('your Living Well team');

const instant = z.iso.datetime();
/** A practitioner's name or id as recorded on the request. */
const practitionerSchema = z.string().trim().min(1).max(100);
/**
 * A member of staff as Entra names them (tenant id and object id): who claimed a request, when the
 * claim came from a Teams card or the staff app. `claimedBy` is only a display name; this is how
 * "claimed by me" is known.
 */
export const staffIdentitySchema = z.strictObject({ tenantId: z.string().min(1).max(300), aadObjectId: z.string().min(1).max(300) });
export type StaffIdentity = z.infer<typeof staffIdentitySchema>;

/** True when both name the same member of staff (Entra ids compared without regard to case). */
export function sameStaff(a: StaffIdentity, b: StaffIdentity): boolean {
  return a.tenantId.toLowerCase() === b.tenantId.toLowerCase() && a.aadObjectId.toLowerCase() === b.aadObjectId.toLowerCase();
}

/** No control characters (new lines, tabs, escapes) in a name. */
const singleLineText = /^[^\p{Cc}]*$/u;

/**
 * A stored callback request (strict: unknown fields are refused). Fields for each step are
 * present once the request has reached it: `claimed*` from claimed on (set by `contacted` too,
 * when no one claimed it first), `contacted*` from contacted on, `closed*` when closed,
 * `cancelledAt` when cancelled. Instants are UTC ISO strings.
 */
export const callbackRequestSchema = z
  .strictObject({
    id: z.uuid(),
    reference: z.string().refine(isCanonicalReferenceCode, 'a reference code like CB-7K3P-Q9X'),
    siteId: z.enum(siteIds),
    /** The channel identity, `<channelId>:<their id on that channel>`, e.g. `sms:+447700900123`. */
    personKey: z.string().min(3).max(300),
    channelId: z.string().min(1).max(50),
    /** What to call them. */
    name: z.string().trim().min(1).max(60).regex(singleLineText, 'a name on one line'),
    phoneE164: z.string().refine((value) => {
      const phone = parseUkPhone(value);
      return phone.ok && phone.e164 === value;
    }, 'a UK phone number in E.164 form, like +447700900123'),
    bestTimes: z
      .array(z.enum(bestTimeIds))
      .min(1)
      .max(bestTimeIds.length)
      .refine((times) => new Set(times).size === times.length, 'each best time once')
      .refine((times) => !times.includes('any') || times.length === 1, '"any" on its own'),
    about: z.string().trim().max(500).optional(),
    /** True when the person had a safety reply in the conversation the request was made in (shown on the team's card). */
    safetyReplyInConversation: z.literal(true).optional(),
    consentToShare: z.strictObject({ givenAt: instant, wordingVersion: z.string().min(1).max(40) }),
    status: z.enum(callbackStatuses),
    requestedAt: instant,
    claimedAt: instant.optional(),
    claimedBy: practitionerSchema.optional(),
    /** Who claimed it, by Entra ids, when a signed-in member of staff did (absent for a claim made with an admin token). */
    claimedByStaff: staffIdentitySchema.optional(),
    contactedAt: instant.optional(),
    contactedBy: practitionerSchema.optional(),
    closedAt: instant.optional(),
    closedBy: practitionerSchema.optional(),
    closeReason: z.string().trim().max(500).optional(),
    cancelledAt: instant.optional(),
    updatedAt: instant,
  })
  .superRefine((request, context) => {
    if (!request.personKey.startsWith(`${request.channelId}:`)) {
      context.addIssue({ code: 'custom', message: 'personKey is <channelId>:<id>', path: ['personKey'] });
    }
    const required: Readonly<Record<CallbackStatus, readonly (keyof typeof request)[]>> = {
      requested: [],
      claimed: ['claimedAt', 'claimedBy'],
      contacted: ['claimedAt', 'claimedBy', 'contactedAt', 'contactedBy'],
      closed: ['closedAt', 'closedBy'],
      cancelled: ['cancelledAt'],
    };
    for (const field of required[request.status]) {
      if (request[field] === undefined) context.addIssue({ code: 'custom', message: `a ${request.status} request has ${field}`, path: [field] });
    }
    if (request.status !== 'closed' && (request.closedAt !== undefined || request.closedBy !== undefined || request.closeReason !== undefined)) {
      context.addIssue({ code: 'custom', message: `a ${request.status} request is not closed`, path: ['closedAt'] });
    }
    if (request.status !== 'cancelled' && request.cancelledAt !== undefined) {
      context.addIssue({ code: 'custom', message: `a ${request.status} request is not cancelled`, path: ['cancelledAt'] });
    }
  });
export type CallbackRequest = z.infer<typeof callbackRequestSchema>;

/**
 * A change to a request, parsed at the trust boundary (the practitioners' API and the person's
 * "cancel"). `by` is the practitioner's name or id; `staff` their Entra ids when known (kept as
 * `claimedByStaff` when the change claims the request); `reason` is kept only when closing.
 */
export const callbackTransitionSchema = z.union([
  z.strictObject({
    action: z.enum(['claim', 'contacted', 'close']),
    by: practitionerSchema,
    staff: staffIdentitySchema.optional(),
    at: instant,
    reason: z.string().trim().max(500).optional(),
  }),
  z.strictObject({ action: z.literal('cancel'), at: instant }),
]);
export type CallbackTransition = z.infer<typeof callbackTransitionSchema>;

/** The outcome of {@link applyTransition}. */
export type TransitionResult = { ok: true; request: CallbackRequest } | { ok: false; reason: 'not-allowed'; from: CallbackStatus };

/** The statuses each action may start from. */
const allowedFrom: Readonly<Record<CallbackTransition['action'], readonly CallbackStatus[]>> = {
  claim: ['requested'],
  contacted: ['requested', 'claimed'],
  close: ['requested', 'claimed', 'contacted'],
  cancel: ['requested', 'claimed'],
};

/**
 * The request after `transition`, or `not-allowed` with the status it was in:
 * - `claim`: requested → claimed (only from requested: a claimed request is not taken over by
 *   claiming again, and claiming twice is refused too; callers can treat a refused claim whose
 *   `claimedBy` is the same practitioner as already done);
 * - `contacted`: requested or claimed → contacted (from requested the claim is implied: claimed
 *   by and at the same as contacted);
 * - `close`: requested, claimed or contacted → closed, with an optional reason;
 * - `cancel` (by the person): requested or claimed → cancelled.
 * Closed and cancelled are final. `updatedAt` becomes the transition's `at`.
 */
export function applyTransition(request: CallbackRequest, transition: CallbackTransition): TransitionResult {
  if (!allowedFrom[transition.action].includes(request.status)) return { ok: false, reason: 'not-allowed', from: request.status };
  const at = transition.at;
  switch (transition.action) {
    case 'claim':
      return { ok: true, request: { ...request, ...claimerOf(transition), status: 'claimed', claimedAt: at, claimedBy: transition.by, updatedAt: at } };
    case 'contacted':
      return {
        ok: true,
        request: {
          ...request,
          // From requested the claim is implied: the claimer is whoever marked it contacted.
          ...(request.claimedAt === undefined ? claimerOf(transition) : {}),
          status: 'contacted',
          claimedAt: request.claimedAt ?? at,
          claimedBy: request.claimedBy ?? transition.by,
          contactedAt: at,
          contactedBy: transition.by,
          updatedAt: at,
        },
      };
    case 'close': {
      const closed: CallbackRequest = { ...request, status: 'closed', closedAt: at, closedBy: transition.by, updatedAt: at };
      const reason = transition.reason?.trim();
      return { ok: true, request: reason === undefined || reason === '' ? closed : { ...closed, closeReason: reason } };
    }
    case 'cancel':
      return { ok: true, request: { ...request, status: 'cancelled', cancelledAt: at, updatedAt: at } };
  }
}

/** The claimer's Entra ids of a transition that claims, when it carries them. */
function claimerOf(transition: { readonly staff?: StaffIdentity | undefined }): { claimedByStaff?: StaffIdentity } {
  return transition.staff === undefined ? {} : { claimedByStaff: transition.staff };
}

/** True while the team still has something to do: requested, claimed or contacted. */
export function isOpen(request: Pick<CallbackRequest, 'status'>): boolean {
  return request.status === 'requested' || request.status === 'claimed' || request.status === 'contacted';
}

/**
 * What a person can sensibly do next about their latest request:
 * - `cancel` while the team has not called yet (requested or claimed);
 * - `call-team` once the team has called (contacted): the request stays open until the team
 *   closes it, so it can neither be cancelled nor asked for again, but the team can be called;
 * - `ask-again` when there is no request, or the last one is closed or cancelled.
 */
export type CallbackNextStep = 'cancel' | 'call-team' | 'ask-again';

/** See {@link CallbackNextStep}. */
export function callbackNextStep(request: Pick<CallbackRequest, 'status'> | undefined): CallbackNextStep {
  switch (request?.status) {
    case 'requested':
    case 'claimed':
      return 'cancel';
    case 'contacted':
      return 'call-team';
    case undefined:
    case 'closed':
    case 'cancelled':
      return 'ask-again';
  }
}

/**
 * Why nothing was cancelled, from the person's latest request: none, the team has called already
 * (it closes the request itself), or it is closed or cancelled already.
 */
export function nothingToCancelText(latest: Pick<CallbackRequest, 'status'> | undefined): string {
  switch (latest?.status) {
    case undefined:
      return "You don't have a callback request, so there's nothing to cancel.";
    case 'contacted':
      return "The team has already called you, so there's nothing to cancel. They'll close the request once they've noted what happens next.";
    case 'closed':
      return "Your last callback request is closed already, so there's nothing to cancel.";
    case 'cancelled':
      return "Your last callback request is cancelled already.";
    case 'requested':
    case 'claimed':
      // Only when cancelling raced with the team picking it up; say what is true now.
      return "I couldn't cancel your callback request just now. Please try again.";
  }
}

/**
 * How long the person waited to be contacted, in milliseconds: `requestedAt` to `contactedAt`.
 * Undefined until the team has contacted them (and for requests closed or cancelled without
 * contact). Never negative, even if clocks disagreed.
 */
export function waitingTimeMs(request: Pick<CallbackRequest, 'requestedAt' | 'contactedAt'>): number | undefined {
  if (request.contactedAt === undefined) return undefined;
  return Math.max(0, Date.parse(request.contactedAt) - Date.parse(request.requestedAt));
}

/** The best times in words: "Morning or evening", "Any time". */
export function describeBestTimes(bestTimes: readonly BestTimeId[]): string {
  if (bestTimes.includes('any') || bestTimes.length === 0) return 'Any time';
  const words: readonly string[] = bestTimeIds.filter((id) => bestTimes.includes(id));
  const text = words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1] ?? ''}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Reads the reply to "when is best to call?": one choice or several, by number or name
 * ("1", "1 and 3", "morning, evening", "mornings or afternoons", "any time", "whenever").
 * "Any" with anything else is just "any". Undefined when any part is not a choice.
 */
export function matchBestTimes(text: string | undefined): BestTimeId[] | undefined {
  if (text === undefined) return undefined;
  const parts = text
    .split(/[,;&+/\n]|\band\b|\bor\b/i)
    .map((part) => normaliseReply(part))
    .filter((part) => part !== '');
  if (parts.length === 0) return undefined;
  const found = new Set<BestTimeId>();
  for (const part of parts) {
    // "any time" and "in the morning" are one choice; "1 3" and "mornings evenings" are two.
    const choices = [matchChoice<BestTimeId>(part, bestTimeChoices)];
    if (choices[0] === undefined) choices.splice(0, 1, ...part.split(' ').map((word) => matchChoice<BestTimeId>(word, bestTimeChoices)));
    for (const choice of choices) {
      if (choice === undefined) return undefined;
      found.add(choice);
    }
  }
  if (found.has('any')) return ['any'];
  return bestTimeIds.filter((id) => found.has(id));
}

const bestTimeChoices: readonly { readonly value: BestTimeId; readonly names: readonly string[] }[] = [
  { value: 'morning', names: [bestTimeLabels.morning, 'morning', 'mornings', 'in the morning'] },
  { value: 'afternoon', names: [bestTimeLabels.afternoon, 'afternoon', 'afternoons', 'in the afternoon'] },
  { value: 'evening', names: [bestTimeLabels.evening, 'evening', 'evenings', 'in the evening'] },
  { value: 'any', names: [bestTimeLabels.any, 'any', 'any time', 'anytime', 'whenever', 'dont mind', 'i dont mind', 'all', 'no preference'] },
];

/**
 * "My callback", relative to `now` (London time):
 * - "Your callback request CB-7K3P-Q9X was sent on Saturday 21 November at 10:15am. The team
 *   hasn't picked it up yet." ("today at …", "yesterday at …", with the year when not this year);
 * - "… A member of the team has picked it up.";
 * - "… The team contacted you on Monday 23 November at 2:05pm.";
 * - "… The team contacted you on … and has closed the request." / "… The team has closed the
 *   request." (closed without contact);
 * - "… You cancelled it on … ."
 */
export function describeCallbackStatus(request: CallbackRequest, now: number): string {
  const sent = `Your callback request ${request.reference} was sent ${whenWords(request.requestedAt, now)}.`;
  switch (request.status) {
    case 'requested':
      return `${sent} The team hasn't picked it up yet.`;
    case 'claimed':
      return `${sent} A member of the team has picked it up.`;
    case 'contacted':
      return `${sent} The team contacted you ${whenWords(request.contactedAt ?? request.updatedAt, now)}.`;
    case 'closed':
      return request.contactedAt === undefined
        ? `${sent} The team has closed the request.`
        : `${sent} The team contacted you ${whenWords(request.contactedAt, now)} and has closed the request.`;
    case 'cancelled':
      return `${sent} You cancelled it ${whenWords(request.cancelledAt ?? request.updatedAt, now)}.`;
  }
}

/** "today at 10:15am", "yesterday at 9am", "on Saturday 21 November at 10:15am" (year added when not this year). */
function whenWords(isoInstant: string, now: number): string {
  const time = DateTime.fromISO(isoInstant, { zone: 'utc' }).setZone(londonZone);
  const today = DateTime.fromMillis(now, { zone: londonZone });
  const daysAgo = calendarDaysBetween(time, today);
  const clock = clockTimeWords(time);
  if (daysAgo === 0) return `today at ${clock}`;
  if (daysAgo === 1) return `yesterday at ${clock}`;
  const year = time.year === today.year ? '' : ` ${time.year}`;
  return `on ${weekdayName(time.weekday)} ${time.day} ${monthName(time.month)}${year} at ${clock}`;
}

