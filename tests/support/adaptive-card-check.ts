import { createRequire } from 'node:module';
import type * as AdaptiveCards from 'adaptivecards';

// adaptivecards 3.x loads in Node only through its bundle (TEAMS.md).
const ac = createRequire(__filename)('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCards;

/**
 * Parses `card` with the Adaptive Cards SDK (as a client does) and answers every problem it
 * reported: unknown elements or actions, bad property values, an unknown version. Empty: clean.
 */
export function adaptiveCardProblems(card: unknown): string[] {
  const parsed = new ac.AdaptiveCard();
  const context = new ac.SerializationContext();
  parsed.parse(card, context);
  const problems = Array.from({ length: context.eventCount }, (_, index) => context.getEventAt(index).message);
  for (const event of parsed.validateProperties().validationEvents) problems.push(event.message);
  return problems;
}
