import { ActivityTypes, TurnContext, type Activity, type ConversationAccount, type ConversationReference } from 'botbuilder';
import { z } from 'zod';

/**
 * The parts of an inbound activity every channel gives the turn pipeline, whoever built it (a Bot
 * Connector caller, or our own Direct Line and SMS channels through {@link inboundActivity}). Other
 * fields pass through untouched for botbuilder; a channel's protocol may narrow these further.
 */
export const baseActivitySchema = z.looseObject({
  type: z.string().min(1).max(64),
  id: z.string().max(256).optional(),
  channelId: z.string().min(1).max(64),
  serviceUrl: z.url(),
  conversation: z.looseObject({ id: z.string().min(1).max(512) }),
  // A turn without both cannot know who is talking to whom.
  from: z.looseObject({ id: z.string().min(1).max(512) }),
  recipient: z.looseObject({ id: z.string().max(512) }),
  text: z.string().optional(),
});

export type BaseActivity = z.infer<typeof baseActivitySchema>;

/** Who and where an inbound activity is from: what the channel knows, never what a client claims. */
export interface InboundActivityParts {
  readonly type: string;
  readonly channelId: string;
  readonly serviceUrl: string;
  readonly conversationId: string;
  /** The person's id on the channel (a Direct Line user id, an E.164 number). */
  readonly userId: string;
  /** The bot's id on the channel (for SMS, the number the person texted). */
  readonly botId: string;
  readonly timestamp: Date;
}

/** A one-to-one conversation, as every channel here has them. */
export function personalConversation(conversationId: string): ConversationAccount {
  return { id: conversationId, isGroup: false, conversationType: 'personal', name: '' };
}

/**
 * The one builder of inbound activities for our own channels. `content` (text, value, attachments,
 * ...) comes first, so it can never override who sent the activity or where it belongs.
 */
export function inboundActivity(parts: InboundActivityParts, content: Partial<Activity> = {}): Partial<Activity> {
  return {
    ...content,
    type: parts.type,
    channelId: parts.channelId,
    serviceUrl: parts.serviceUrl,
    conversation: personalConversation(parts.conversationId),
    from: { id: parts.userId, name: '', role: 'user' },
    recipient: { id: parts.botId, name: '', role: 'bot' },
    timestamp: parts.timestamp,
  };
}

/** The activity a proactive turn (reminders, nudges) runs on: an event, addressed by `reference`. */
export function proactiveActivity(reference: Partial<ConversationReference>): Partial<Activity> {
  return TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'continueConversation' }, reference, true);
}
