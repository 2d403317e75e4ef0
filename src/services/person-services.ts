import type { ConversationState, TurnContext } from 'botbuilder';
import type { ActivityReminderItem, ActivityReminderList, ErasureOutcome, ExportLink, PersonalData, PersonProfile, PersonView } from '../../dialogs/dialog-services';
import { type Clock, isoNow } from '../domain/clock';
import { consentWordingVersion } from '../domain/consent';
import { progressSharingWordingVersion } from '../domain/progress-sharing';
import type { Area } from '../domain/sites';
import type { ErasureReason } from '../domain/my-data/erasure-text';
import type { HeldData } from '../domain/my-data/held-data';
import type { ActivityStore, AuditLog, CallbackStore, DataExportStore, DirectLineHistory, EventOutbox, PersonStore, PushSubscriptionStore, SmsChannelStore, WellbeingStore } from '../store/ports';
import type { KeyedReference } from '../store/keyed-reference';
import type { PersonRecord } from '../domain/person-record';
import type { ActivityReminders } from './activity-reminders';
import { requestConversationErasure } from '../bot/erasure-flag';
import type { ExportLinks } from './export-links';
import type { CheckInReminders } from './check-in-reminders';
import type { ReportRecorder } from './report-recorder';
import { personKey } from '../bot/person-key';
import { turnFenceOf } from '../bot/turn-fence';

export interface PersonServicesDependencies {
  readonly people: PersonStore;
  /** Listings, for the names of the activities a person asked to be reminded of. */
  readonly activities: Pick<ActivityStore, 'get'>;
  /** Goals, ratings, wellbeing answers and check-in preferences. */
  readonly wellbeing: WellbeingStore;
  /** Callback requests (name, number, best times, what it is about). */
  readonly callbacks: CallbackStore;
  /** For `callback.cancelled` when an erasure cancels an open request. */
  readonly events: EventOutbox;
  /** Web chat history (what the person typed and what they were sent): exported, and erased. */
  readonly directLine: DirectLineHistory;
  /** SMS replies waiting for MORE and the answers kept for retried messages (erased; an opt-out stays). */
  readonly sms: Pick<SmsChannelStore, 'eraseFor'>;
  /** "Export my data" files: issued here, erased with the person. */
  readonly exportLinks: Pick<ExportLinks, 'issue'>;
  readonly exports: Pick<DataExportStore, 'eraseFor'>;
  /** Check-in reminders: every job of the person, and their plan, go with the erasure. */
  readonly checkInReminders: Pick<CheckInReminders, 'erase'>;
  /** Browsers the person asked to be told on (web push), kept under their keyed reference: erased with them. */
  readonly pushSubscriptions: Pick<PushSubscriptionStore, 'eraseFor'>;
  readonly references: KeyedReference;
  readonly audit: AuditLog;
  readonly conversationState: ConversationState;
  /** "Remind me": plans, lists and stops the jobs; erasure leaves none behind. */
  readonly activityReminders: Pick<ActivityReminders, 'plan' | 'list' | 'cancel' | 'forget'>;
  /** The outcome reports: erasure forgets the person's first/latest values (counts already kept stay). */
  readonly reports: Pick<ReportRecorder, 'forget'>;
  readonly clock: Clock;
}

/** The person-facing services dialogs use, over the stores: profile, reminders, export and erasure. */
export class PersonServices implements PersonProfile, PersonalData, ActivityReminderList {
  /**
   * The person's record as read in each turn: the consent check and the dialog both ask for it, and
   * one read per turn is enough. Dropped when this turn changes or erases the record; the turn
   * holds the conversation lock, and every change re-reads the record inside the store's update.
   */
  private readonly readThisTurn = new WeakMap<TurnContext, Promise<PersonRecord | undefined>>();

  constructor(private readonly deps: PersonServicesDependencies) {}

  private record(context: TurnContext): Promise<PersonRecord | undefined> {
    let read = this.readThisTurn.get(context);
    if (read === undefined) {
      read = this.deps.people.get(personKey(context.activity));
      this.readThisTurn.set(context, read);
      // A failed read is not remembered: the next ask tries the store again.
      read.catch(() => this.readThisTurn.delete(context));
    }
    return read;
  }

  async get(context: TurnContext): Promise<PersonView> {
    const record = await this.record(context);
    const reminders = record?.activityReminders?.map((request) => request.activityId) ?? [];
    return {
      ...(record?.consent ? { consent: record.consent } : {}),
      ...(record?.area ? { area: record.area } : {}),
      ...(record?.progressSharing ? { progressSharing: record.progressSharing } : {}),
      ...(reminders.length > 0 ? { activityReminders: reminders } : {}),
    };
  }

  async recordConsent(context: TurnContext): Promise<void> {
    const givenAt = isoNow(this.deps.clock);
    await this.change(context, (current) => ({ ...current, consent: { givenAt, wordingVersion: consentWordingVersion } }));
  }

  async shareProgress(context: TurnContext): Promise<void> {
    const givenAt = isoNow(this.deps.clock);
    await this.change(context, (current) => ({ ...current, progressSharing: { givenAt, wordingVersion: progressSharingWordingVersion } }));
  }

  async stopSharingProgress(context: TurnContext): Promise<boolean> {
    if ((await this.record(context))?.progressSharing === undefined) return false;
    await this.change(context, ({ progressSharing: _stopped, ...current }) => current);
    return true;
  }

  async setArea(context: TurnContext, area: Area): Promise<void> {
    await this.change(context, (current) => ({ ...current, area }));
  }

  async rememberActivity(context: TurnContext, activityId: string): Promise<'saved' | 'already' | 'no-consent'> {
    const current = await this.record(context);
    if (current?.consent === undefined) return 'no-consent';
    if (current.activityReminders?.some((request) => request.activityId === activityId)) return 'already';
    const requestedAt = isoNow(this.deps.clock);
    await this.change(context, (record) => ({
      ...record,
      // The newest 50 are kept: older requests will have passed by the time reminders read them.
      activityReminders: [...(record.activityReminders ?? []).filter((request) => request.activityId !== activityId), { activityId, requestedAt }].slice(-50),
    }));
    await this.deps.activityReminders.plan(personKey(context.activity), activityId, turnFenceOf(context));
    return 'saved';
  }

  list(context: TurnContext): Promise<readonly ActivityReminderItem[]> {
    return this.deps.activityReminders.list(personKey(context.activity));
  }

  async stop(context: TurnContext, which: string | 'all'): Promise<void> {
    this.readThisTurn.delete(context);
    await this.deps.activityReminders.cancel(personKey(context.activity), which);
  }

  async heldData(context: TurnContext): Promise<HeldData> {
    const key = personKey(context.activity);
    const [record, wellbeing, callbacks] = await Promise.all([this.deps.people.get(key), this.deps.wellbeing.get(key), this.deps.callbacks.listFor(key)]);
    const activityReminders = await Promise.all(
      (record?.activityReminders ?? []).map(async ({ activityId, requestedAt }) => {
        const name = (await this.deps.activities.get(activityId))?.name;
        return { ...(name === undefined ? {} : { name }), requestedAt };
      }),
    );
    return {
      ...(record?.consent === undefined ? {} : { consent: record.consent }),
      ...(record?.area === undefined ? {} : { area: record.area }),
      ...(record?.progressSharing === undefined ? {} : { progressSharing: record.progressSharing }),
      activityReminders,
      ...(wellbeing === undefined ? {} : { wellbeing }),
      callbacks,
    };
  }

  async exportLink(context: TurnContext): Promise<ExportLink> {
    return this.deps.exportLinks.issue(personKey(context.activity), await this.exportDocument(context));
  }

  /** Everything held about the person, as one JSON-ready document. */
  private async exportDocument(context: TurnContext): Promise<Record<string, unknown>> {
    const { activity } = context;
    const key = personKey(activity);
    const [record, wellbeing, callbacks] = await Promise.all([this.deps.people.get(key), this.deps.wellbeing.get(key), this.deps.callbacks.listFor(key)]);
    const conversation = await this.deps.conversationState.get(context);
    return {
      about: 'Everything the Living Well companion holds about you.',
      exportedAt: isoNow(this.deps.clock),
      you: { channel: activity.channelId, idOnChannel: activity.from.id },
      consent: record?.consent ?? null,
      area: record?.area ?? null,
      shareProgressWithTeam: record?.progressSharing ?? null,
      activityReminders: record?.activityReminders ?? [],
      recordCreatedAt: record?.createdAt ?? null,
      recordUpdatedAt: record?.updatedAt ?? null,
      goals: wellbeing?.goals ?? [],
      wellbeingQuestions: {
        personalWellbeingOns4: wellbeing?.ons4 ?? [],
        socialConnection: wellbeing?.connection ?? [],
        askAgain: wellbeing?.repeatMeasures ?? null,
        lastOffered: wellbeing?.lastOffered ?? {},
      },
      checkInPreferences: wellbeing?.preferences ?? null,
      callbackRequests: callbacks,
      thisConversation: {
        conversationId: activity.conversation.id,
        turns: typeof conversation?.['turnCount'] === 'number' ? conversation['turnCount'] : 0,
        safetyConcern: conversation?.['safetyConcern'] ?? null,
      },
      webChatHistory: activity.channelId === 'webchat' ? await this.webChatHistory(activity.from.id) : [],
      notKept: 'Outside web chat, the messages you type are not stored. Web chat keeps the conversation for a limited time so you can come back to it.',
    };
  }

  /** Each web chat conversation of the person, with its messages in plain terms. */
  private async webChatHistory(userId: string): Promise<Array<Record<string, unknown>>> {
    const conversationIds = await this.deps.directLine.conversationsOf(userId);
    return Promise.all(
      conversationIds.map(async (conversationId) => {
        const page = await this.deps.directLine.since(conversationId, 0, 10_000);
        return {
          conversationId,
          messages: page.activities
            .filter((activity) => activity['type'] === 'message')
            .map((activity) => ({
              from: isFromPerson(activity, userId) ? 'you' : 'companion',
              at: activity['timestamp'] ?? null,
              text: activity['text'] ?? null,
            })),
        };
      }),
    );
  }

  async erase(context: TurnContext, reason: ErasureReason): Promise<ErasureOutcome> {
    const key = personKey(context.activity);
    const at = isoNow(this.deps.clock);
    this.readThisTurn.delete(context);
    const [person, wellbeing, callbacks] = await Promise.all([
      this.deps.people.delete(key),
      this.deps.wellbeing.delete(key),
      // The team's list keeps each request without its details; an open one is cancelled.
      this.deps.callbacks.eraseFor(key, at),
      context.activity.channelId === 'sms' ? this.deps.sms.eraseFor(context.activity.from.id) : undefined,
      context.activity.channelId === 'webchat' ? this.eraseWebChatHistory(context) : undefined,
      this.deps.exports.eraseFor(key),
      this.deps.checkInReminders.erase(key, turnFenceOf(context)),
      this.deps.activityReminders.forget(key, turnFenceOf(context)),
      this.deps.pushSubscriptions.eraseFor(this.deps.references('person', key)),
      this.deps.reports.forget(key),
    ]);
    // After a deletion the conversation ends; after a withdrawal the welcome follows in it.
    requestConversationErasure(context, reason === 'deleted' ? 'ends' : 'carries-on');
    const cancelled = callbacks.filter((erased) => erased.cancelledByErasure);
    for (const request of cancelled) {
      await this.deps.events.append({ type: 'callback.cancelled', at, siteId: request.siteId, callbackId: request.id, reference: request.reference });
    }
    await this.deps.audit.append({
      event: reason === 'deleted' ? 'person.erased' : 'consent.withdrawn',
      at,
      channelId: context.activity.channelId,
      recordsErased: [person, wellbeing].filter(Boolean).length + callbacks.length + 1,
    });
    return { cancelledCallbacks: cancelled.map((request) => request.reference) };
  }

  /**
   * Every web chat conversation of the person goes, except this one, whose messages go but which
   * stays open for this turn's replies (the channel ends it afterwards, after a deletion).
   */
  private async eraseWebChatHistory(context: TurnContext): Promise<void> {
    const current = context.activity.conversation.id;
    const conversations = await this.deps.directLine.conversationsOf(context.activity.from.id);
    await Promise.all(
      conversations.map((conversationId) =>
        conversationId === current ? this.deps.directLine.clearHistory(conversationId) : this.deps.directLine.deleteConversation(conversationId),
      ),
    );
  }

  private async change(context: TurnContext, apply: (current: Omit<PersonRecord, 'createdAt' | 'updatedAt'>) => Omit<PersonRecord, 'createdAt' | 'updatedAt'>) {
    const now = isoNow(this.deps.clock);
    this.readThisTurn.delete(context);
    await this.deps.people.update(personKey(context.activity), (current) => ({
      ...apply(current ?? {}),
      createdAt: current?.createdAt ?? now,
      updatedAt: now,
    }));
  }

}

function isFromPerson(activity: Record<string, unknown>, userId: string): boolean {
  const from = activity['from'];
  return typeof from === 'object' && from !== null && 'id' in from && from.id === userId;
}
