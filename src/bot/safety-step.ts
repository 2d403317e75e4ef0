import { MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { assessRisk, type RiskAssessment, type RiskCategory } from '../domain/risk/risk-check';
import type { Clock } from '../domain/clock';
import {
  maxSafetyCheckAsks,
  safetyCheckAnswer,
  safetyCheckCallbackOffer,
  safetyCheckChoices,
  safetyCheckNoReply,
  safetyCheckQuestion,
  type PendingSafetyCheck,
  type SafetyCheckAnswer,
} from '../domain/safety-check';
import { safetyReply, type OpenTeam, type SafetyMarker } from '../domain/safety-reply';
import { closingTimeWords, openingStatus } from '../domain/team/opening-hours';
import { teamHoursInForce } from '../listings/bank-holidays';
import { nationOf, type Nation } from '../domain/sites';
import type { PersonStore, StoreHealth, TeamDirectoryStore } from '../store/ports';
import { conversationKey } from './conversation-key';
import type { KeyedReference } from '../store/keyed-reference';
import { OfflineSafetyChecks } from './offline-safety-checks';
import { personKey } from './person-key';

export interface SafetyStepDependencies {
  readonly people: PersonStore;
  /** The teams' details: an open team's number goes into the reply. */
  readonly teams: TeamDirectoryStore;
  readonly clock: Clock;
  readonly health: StoreHealth;
  readonly logger: Logger;
  /** How long to wait for the person's area (and their team's hours) before answering with UK-wide lines. */
  readonly areaLookupMs: number;
  /** Keys the in-memory pending questions (never the raw conversation key). */
  readonly references: KeyedReference;
  /** Pending questions in memory, for answers that arrive while the store is down. */
  readonly offlineChecks?: OfflineSafetyChecks;
  /** The outcome reports' count of safety replies and questions (category and level only). */
  readonly reports: SafetyReplyCounter;
}

/**
 * Counts a safety reply or question sent, at the person's site, for the outcome reports: called
 * after the message is sent, returns at once (the count finishes in the background), never throws.
 */
export interface SafetyReplyCounter {
  count(personKey: string, marker: SafetyMarker): void;
}

const noRisk: RiskAssessment = { level: 'none', categories: [] };

/** The category a yes is answered for when the uncertain signal named none. */
const defaultCategories: readonly RiskCategory[] = ['suicide_self_harm'];

/** A message for the person, marked `channelData.safety` when it is a safety reply or question. */
export interface SafetyMessage {
  readonly text: string;
  readonly marker?: SafetyMarker;
  /** Suggested actions (Yes / No for the question). */
  readonly choices?: readonly string[];
}

/** The activity for a safety message: choices as suggested actions, the marker in channelData. */
export function safetyActivity(message: SafetyMessage): Partial<Activity> {
  const activity: Partial<Activity> =
    message.choices === undefined ? { type: 'message', text: message.text } : MessageFactory.suggestedActions([...message.choices], message.text);
  return message.marker === undefined ? activity : { ...activity, channelData: { safety: message.marker } };
}

/**
 * The risk check on every inbound message, before anything else. A message that shows risk gets
 * the safety reply at once; an uncertain one gets the "are you safe?" question (numbers included).
 * The reply never waits on the store for long: the person's area (for the nation's NHS route) is
 * looked up only while the store is connected and for at most `areaLookupMs`; otherwise the
 * UK-wide lines go out.
 */
export class SafetyStep {
  readonly offlineChecks: OfflineSafetyChecks;

  constructor(private readonly deps: SafetyStepDependencies) {
    this.offlineChecks = deps.offlineChecks ?? new OfflineSafetyChecks(deps.references);
  }

  async check(context: TurnContext): Promise<RiskAssessment> {
    const text = context.activity.text;
    if (text === undefined || text.trim() === '') return noRisk;
    const assessment = assessRisk(text);
    if (assessment.level === 'none') return assessment;
    const local = await this.localHelpFor(context);
    await this.send(context, this.riskReply(conversationKey(context.activity), assessment, local));
    return assessment;
  }

  /**
   * Answers the message that follows an "are you safe?" question: the full safety reply after a
   * yes (with how to ask the team for a callback when it is open), thanks after a no, the
   * question once more when the answer is unclear (up to `maxSafetyCheckAsks` asks).
   * @returns what the answer was, and whether the question was asked again
   */
  async answerCheck(context: TurnContext, pending: PendingSafetyCheck): Promise<{ answer: SafetyCheckAnswer; askedAgain: boolean }> {
    const key = conversationKey(context.activity);
    const answer = safetyCheckAnswer(context.activity.text);
    const askedAgain = answer === 'unclear' && pending.asks < maxSafetyCheckAsks;
    const local = answer === 'no' ? {} : await this.localHelpFor(context);
    for (const message of this.checkAnswerMessages(answer, pending.categories, local, askedAgain)) await this.send(context, message);
    if (askedAgain) this.offlineChecks.remember(key, pending.categories, this.deps.clock.now());
    else this.offlineChecks.forget(key);
    this.deps.logger.info({ event: 'safety.check_answered', answer, askedAgain }, 'safety question answered');
    return { answer, askedAgain };
  }

  /**
   * What to send when the store is down and no turn can run: the safety reply or question for a
   * risky message, or the answer to a question asked in this process. Undefined when neither
   * applies (the caller then sends its kind failure reply). Never touches the store.
   */
  offlineReply(key: string, text: string | undefined): readonly SafetyMessage[] | undefined {
    const assessment = text === undefined || text.trim() === '' ? noRisk : assessRisk(text);
    if (assessment.level !== 'none') return [this.riskReply(key, assessment, {}, true)];
    return this.offlineCheckAnswer(key, text);
  }

  /**
   * The answer to a question asked in this process, when the store is down: the full reply after a
   * yes, thanks after a no; undefined when no question waits here or the answer is unclear.
   */
  offlineCheckAnswer(key: string, text: string | undefined): readonly SafetyMessage[] | undefined {
    const categories = this.offlineChecks.peek(key, this.deps.clock.now());
    if (categories === undefined) return undefined;
    const answer = safetyCheckAnswer(text);
    if (answer === 'unclear') return undefined;
    this.offlineChecks.forget(key);
    this.deps.logger.info({ event: 'safety.check_answered', answer, offline: true }, 'safety question answered');
    return this.checkAnswerMessages(answer, categories, {}, false);
  }

  /**
   * The safety reply (or the question, with Yes / No) for a risky message; remembers a question
   * asked, forgets one answered by a risky message, and logs counts only (no ids or content).
   */
  private riskReply(key: string, assessment: RiskAssessment, local: { nation?: Nation; openTeam?: OpenTeam }, offline = false): SafetyMessage {
    const reply = safetyReply(assessment, local.nation, local.openTeam);
    const asking = reply.marker.level === 'check';
    if (asking) this.offlineChecks.remember(key, reply.marker.categories, this.deps.clock.now());
    else this.offlineChecks.forget(key);
    this.deps.logger.info(
      { event: 'safety.reply_sent', level: reply.marker.level, categories: reply.marker.categories, ...(offline ? { offline } : {}) },
      'safety reply sent',
    );
    return { text: reply.text, marker: reply.marker, ...(asking ? { choices: safetyCheckChoices } : {}) };
  }

  /**
   * Sends a message of this step; a safety reply or question is then counted for the reports, only
   * after it is sent and without waiting, and only while the store is connected (it reads the site).
   */
  private async send(context: TurnContext, message: SafetyMessage): Promise<void> {
    await context.sendActivity(safetyActivity(message));
    if (message.marker !== undefined && this.deps.health.isConnected()) this.deps.reports.count(personKey(context.activity), message.marker);
  }

  private checkAnswerMessages(
    answer: SafetyCheckAnswer,
    categories: readonly RiskCategory[],
    local: { nation?: Nation; openTeam?: OpenTeam },
    askedAgain: boolean,
  ): SafetyMessage[] {
    if (answer === 'no') return [{ text: safetyCheckNoReply() }];
    if (answer === 'unclear') {
      if (!askedAgain) return [];
      return [{ text: safetyCheckQuestion(categories, local.nation, true), marker: { level: 'check', categories: [...categories] }, choices: safetyCheckChoices }];
    }
    const reply = safetyReply({ level: 'concern', categories: categories.length > 0 ? categories : defaultCategories }, local.nation, local.openTeam);
    // Text, not a button: the question the conversation carries on with would replace the button at once.
    const offer: SafetyMessage[] = local.openTeam === undefined ? [] : [{ text: safetyCheckCallbackOffer(local.openTeam.teamName) }];
    return [{ text: reply.text, marker: reply.marker }, ...offer];
  }

  /** The nation's route and, when the team is open now, the team: looked up within `areaLookupMs`, or nothing. */
  private async localHelpFor(context: TurnContext): Promise<{ nation?: Nation; openTeam?: OpenTeam }> {
    if (!this.deps.health.isConnected()) return {};
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<Record<string, never>>((resolve) => {
      timer = setTimeout(() => resolve({}), this.deps.areaLookupMs);
    });
    const lookup = this.lookUp(context).catch(() => ({}));
    try {
      return await Promise.race([lookup, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async lookUp(context: TurnContext): Promise<{ nation?: Nation; openTeam?: OpenTeam }> {
    const area = (await this.deps.people.get(personKey(context.activity)))?.area;
    const nation = nationOf(area);
    if (area === undefined || area === 'elsewhere') return nation === undefined ? {} : { nation };
    const entry = await this.deps.teams.get(area);
    const now = this.deps.clock.now();
    const status = entry === undefined ? undefined : openingStatus(teamHoursInForce(entry, now), now);
    if (entry === undefined || status?.open !== true) return nation === undefined ? {} : { nation };
    const until = closingTimeWords(status, now);
    return { ...(nation === undefined ? {} : { nation }), openTeam: { teamName: entry.teamName, phone: entry.phone, ...(until === undefined ? {} : { until }) } };
  }
}
