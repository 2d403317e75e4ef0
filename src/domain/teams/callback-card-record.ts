import { z } from 'zod';
import { siteIds } from '../sites';
import { teamsConversationSchema } from './teams-conversation';

/** What a posted copy is: the request card in the channel, a "waiting too long" nudge, or an outcome prompt. */
export const cardPostKinds = ['request', 'overdue', 'outcome'] as const;
export type CardPostKind = (typeof cardPostKinds)[number];

/** The verbs whose practitioner is remembered (to reach the claimer and the one who made contact). */
export const rememberedVerbs = ['claim', 'contacted'] as const;
export type RememberedVerb = (typeof rememberedVerbs)[number];

const id = z.string().trim().min(1).max(300);
const instant = z.iso.datetime();

/**
 * The Teams side of one callback request: where its cards were posted (to update each in place
 * when the request changes), a snooze of its "waiting too long" nudge, and who acted from a card
 * (Teams ids, each with the instant of the change they asked for: the request's `claimedAt` or
 * `contactedAt` names the one whose change was applied). Ids and instants only.
 */
export const callbackCardRecordSchema = z.strictObject({
  callbackId: z.uuid(),
  siteId: z.enum(siteIds),
  posts: z
    .array(
      z.strictObject({
        /** The send's key (`callback-card:<id>`, ...): one post per key. */
        key: id,
        kind: z.enum(cardPostKinds),
        conversation: teamsConversationSchema,
        activityId: id,
        /** For a post in a personal chat: whose. */
        practitioner: z.strictObject({ tenantId: id, aadObjectId: id }).optional(),
      }),
    )
    .max(50),
  snoozedUntil: instant.optional(),
  actors: z
    .array(z.strictObject({ verb: z.enum(rememberedVerbs), at: instant, tenantId: id, aadObjectId: id }))
    .max(20),
});
export type CallbackCardRecord = z.infer<typeof callbackCardRecordSchema>;
export type CardPost = CallbackCardRecord['posts'][number];

/** An empty record for a request. */
export function emptyCallbackCardRecord(callbackId: string, siteId: CallbackCardRecord['siteId']): CallbackCardRecord {
  return { callbackId, siteId, posts: [], actors: [] };
}

/** Who asked for the change the request shows at `at` (its `claimedAt` / `contactedAt`), if it came from a card. */
export function actorAt(record: CallbackCardRecord | undefined, verb: RememberedVerb, at: string | undefined): { tenantId: string; aadObjectId: string } | undefined {
  const actor = at === undefined ? undefined : record?.actors.find((candidate) => candidate.verb === verb && candidate.at === at);
  return actor === undefined ? undefined : { tenantId: actor.tenantId, aadObjectId: actor.aadObjectId };
}

/** The outbox reader's place: the id of the last event it handled. */
export const eventCursorSchema = z.strictObject({ lastId: z.string().regex(/^\d+-\d+$/) });
export type EventCursor = z.infer<typeof eventCursorSchema>;
