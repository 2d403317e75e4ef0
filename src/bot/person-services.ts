import type { ConversationState, TurnContext } from 'botbuilder';
import type { PersonalData, PersonProfile, PersonView } from '../../dialogs/dialog-services';
import type { Clock } from '../domain/clock';
import { consentWordingVersion } from '../domain/consent';
import type { Area } from '../domain/sites';
import type { AuditLog, PersonRecord, PersonStore } from '../store/ports';
import { requestConversationErasure } from './erasure-flag';
import { personKey } from './person-key';

export interface PersonServicesDependencies {
  readonly people: PersonStore;
  readonly audit: AuditLog;
  readonly conversationState: ConversationState;
  readonly clock: Clock;
}

/** The person-facing services dialogs use, over the stores: profile, export and erasure. */
export class PersonServices implements PersonProfile, PersonalData {
  constructor(private readonly deps: PersonServicesDependencies) {}

  async get(context: TurnContext): Promise<PersonView> {
    const record = await this.deps.people.get(personKey(context.activity));
    return { ...(record?.consent ? { consent: record.consent } : {}), ...(record?.area ? { area: record.area } : {}) };
  }

  async recordConsent(context: TurnContext): Promise<void> {
    const givenAt = this.now();
    await this.change(context, (current) => ({ ...current, consent: { givenAt, wordingVersion: consentWordingVersion } }));
  }

  async setArea(context: TurnContext, area: Area): Promise<void> {
    await this.change(context, (current) => ({ ...current, area }));
  }

  async exportDocument(context: TurnContext): Promise<Record<string, unknown>> {
    const { activity } = context;
    const record = await this.deps.people.get(personKey(activity));
    const conversation = await this.deps.conversationState.get(context);
    return {
      about: 'Everything the Living Well companion holds about you.',
      exportedAt: this.now(),
      you: { channel: activity.channelId, idOnChannel: activity.from.id },
      consent: record?.consent ?? null,
      area: record?.area ?? null,
      recordCreatedAt: record?.createdAt ?? null,
      recordUpdatedAt: record?.updatedAt ?? null,
      thisConversation: {
        conversationId: activity.conversation.id,
        turns: typeof conversation?.['turnCount'] === 'number' ? conversation['turnCount'] : 0,
        safetyConcern: conversation?.['safetyConcern'] ?? null,
      },
      notKept: 'The messages you type are not stored.',
    };
  }

  async erase(context: TurnContext, reason: 'deleted' | 'consent-withdrawn'): Promise<void> {
    const existed = await this.deps.people.delete(personKey(context.activity));
    requestConversationErasure(context);
    await this.deps.audit.append({
      event: reason === 'deleted' ? 'person.erased' : 'consent.withdrawn',
      at: this.now(),
      channelId: context.activity.channelId,
      recordsErased: (existed ? 1 : 0) + 1,
    });
  }

  private async change(context: TurnContext, apply: (current: Omit<PersonRecord, 'createdAt' | 'updatedAt'>) => Omit<PersonRecord, 'createdAt' | 'updatedAt'>) {
    const now = this.now();
    await this.deps.people.update(personKey(context.activity), (current) => ({
      ...apply(current ?? {}),
      createdAt: current?.createdAt ?? now,
      updatedAt: now,
    }));
  }

  private now(): string {
    return new Date(this.deps.clock.now()).toISOString();
  }
}
