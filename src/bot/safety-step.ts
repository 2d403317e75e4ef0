import type { TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { assessRisk, type RiskAssessment } from '../domain/risk/risk-check';
import { safetyReply } from '../domain/safety-reply';
import { nationOf, type Nation } from '../domain/sites';
import type { PersonStore, StoreHealth } from '../store/ports';
import { personKey } from './person-key';

export interface SafetyStepDependencies {
  readonly people: PersonStore;
  readonly health: StoreHealth;
  readonly logger: Logger;
  /** How long to wait for the person's area before answering with UK-wide lines. */
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
    const reply = safetyReply(assessment, await this.nationFor(context));
    await context.sendActivity({ type: 'message', text: reply.text, channelData: { safety: reply.marker } });
    // Counts for practitioners' reports; no ids or content.
    this.deps.logger.info({ event: 'safety.reply_sent', level: reply.marker.level, categories: reply.marker.categories }, 'safety reply sent');
    return assessment;
  }

  private async nationFor(context: TurnContext): Promise<Nation | undefined> {
    if (!this.deps.health.isConnected()) return undefined;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), this.deps.areaLookupMs);
    });
    const lookup = this.deps.people
      .get(personKey(context.activity))
      .then((record) => nationOf(record?.area))
      .catch(() => undefined);
    try {
      return await Promise.race([lookup, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
