import type { TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { assessRisk, type RiskAssessment } from '../domain/risk/risk-check';
import type { Clock } from '../domain/clock';
import { safetyReply, type OpenTeam } from '../domain/safety-reply';
import { closingTimeWords, openingStatus } from '../domain/team/opening-hours';
import { nationOf, type Nation } from '../domain/sites';
import type { PersonStore, StoreHealth, TeamDirectoryStore } from '../store/ports';
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
}

const noRisk: RiskAssessment = { level: 'none', categories: [] };

/**
 * The risk check on every inbound message, before anything else. A message that shows risk gets
 * the safety reply at once. The reply never waits on the store for long: the person's area (for
 * the nation's NHS route) is looked up only while the store is connected and for at most
 * `areaLookupMs`; otherwise the UK-wide lines go out.
 */
export class SafetyStep {
  constructor(private readonly deps: SafetyStepDependencies) {}

  async check(context: TurnContext): Promise<RiskAssessment> {
    const text = context.activity.text;
    if (text === undefined || text.trim() === '') return noRisk;
    const assessment = assessRisk(text);
    if (assessment.level === 'none') return assessment;
    const local = await this.localHelpFor(context);
    const reply = safetyReply(assessment, local.nation, local.openTeam);
    await context.sendActivity({ type: 'message', text: reply.text, channelData: { safety: reply.marker } });
    // Counts for practitioners' reports; no ids or content.
    this.deps.logger.info({ event: 'safety.reply_sent', level: reply.marker.level, categories: reply.marker.categories }, 'safety reply sent');
    return assessment;
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
    const status = entry === undefined ? undefined : openingStatus(entry, now);
    if (entry === undefined || status?.open !== true) return nation === undefined ? {} : { nation };
    const until = closingTimeWords(status, now);
    return { ...(nation === undefined ? {} : { nation }), openTeam: { teamName: entry.teamName, phone: entry.phone, ...(until === undefined ? {} : { until }) } };
  }
}
