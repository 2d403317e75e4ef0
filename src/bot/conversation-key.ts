import type { Activity } from 'botbuilder';

/** The key turns are serialized on: one conversation on one channel. */
export function conversationKey(activity: Pick<Activity, 'channelId' | 'conversation'>): string {
  return `${activity.channelId}/${activity.conversation.id}`;
}
