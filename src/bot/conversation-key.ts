import { createHash } from 'node:crypto';
import type { Activity } from 'botbuilder';

/** The key turns are serialized on: one conversation on one channel. */
export function conversationKey(activity: Pick<Activity, 'channelId' | 'conversation'>): string {
  return `${activity.channelId}/${activity.conversation.id}`;
}

/** A short, stable, non-reversible reference to a conversation, safe to log. */
export function conversationRef(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 12);
}
