import type { Ons4QuestionId, YesNo } from '../wellbeing/wellbeing-record';

/** The channels people use the companion through (their Bot Framework channel ids). */
export const reportChannels = ['webchat', 'sms'] as const;
export type ReportChannel = (typeof reportChannels)[number];

/** The report channel of a turn's channel id; undefined for the practitioners' and developers' channels (Teams, the Emulator). */
export function reportChannelOf(channelId: string): ReportChannel | undefined {
  return reportChannels.find((channel) => channel === channelId);
}

/**
 * What the reports count, as it happens: ids, codes and numbers only, never text. `person` is the
 * person key as the services know it: the recorder turns it into a salted, site-scoped pseudonym
 * and never stores it. Goal and wellbeing events carry whether the person consented to saving:
 * without it they are not counted.
 */
export type ReportEvent =
  | { readonly type: 'callback.requested'; readonly at: string; readonly outOfHours: boolean }
  | { readonly type: 'callback.first_contact'; readonly at: string; readonly requestedAt: string }
  | { readonly type: 'practitioner.outcome'; readonly at: string; readonly code: string }
  | { readonly type: 'use.active'; readonly at: string; readonly person: string; readonly channel: ReportChannel }
  | { readonly type: 'use.check_in' | 'use.activity_search' | 'use.reminder'; readonly at: string }
  | { readonly type: 'safety.reply'; readonly at: string; readonly category: string; readonly level: string }
  | { readonly type: 'goal.set' | 'goal.achieved'; readonly at: string; readonly person: string; readonly consented: boolean }
  | { readonly type: 'goal.rated'; readonly at: string; readonly person: string; readonly consented: boolean; readonly goalId: string; readonly score: number }
  | { readonly type: 'ons4.answered'; readonly at: string; readonly person: string; readonly consented: boolean; readonly scores: Readonly<Partial<Record<Ons4QuestionId, number>>> }
  | { readonly type: 'connection.answered'; readonly at: string; readonly person: string; readonly consented: boolean; readonly closeFriend?: YesNo; readonly tookPart?: YesNo };

/**
 * The events of one safety reply or "are you safe?" question sent: one per category it names, or
 * one under `unspecified` when the uncertain signal named none.
 */
export function safetyReplyEvents(marker: { readonly level: string; readonly categories: readonly string[] }, at: string): ReportEvent[] {
  const categories = marker.categories.length > 0 ? marker.categories : ['unspecified'];
  return categories.map((category) => ({ type: 'safety.reply', at, category, level: marker.level }));
}
