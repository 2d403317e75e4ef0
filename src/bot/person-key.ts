import type { Activity } from 'botbuilder';

/** A person is identified per channel: `<channelId>:<their id on that channel>`. */
export function personKey(activity: Pick<Activity, 'channelId' | 'from'>): string {
  return `${activity.channelId}:${activity.from.id}`;
}
