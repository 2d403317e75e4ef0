import { CardFactory, type Attachment } from 'botbuilder';
import type { Goal } from '../src/domain/wellbeing/wellbeing-record';
import { describeRatings, ratingChartDataUrl } from './rating-chart-svg';

/** One goal on the progress card, with its progress already worded by the caller. */
export interface ProgressCardGoal {
  readonly goal: Goal;
  /** e.g. "4 → 7, up 3". Shown as plain text. */
  readonly line: string;
  /** e.g. "That is your highest yet." Shown as plain text, in the "good" colour. */
  readonly celebration?: string;
}

interface TextBlock {
  readonly type: 'TextBlock';
  readonly text: string;
  readonly wrap: true;
  readonly size?: 'Medium';
  readonly weight?: 'Bolder';
  readonly isSubtle?: true;
  readonly color?: 'Good';
}

interface ImageElement {
  readonly type: 'Image';
  readonly url: string;
  readonly altText: string;
  readonly size: 'Stretch';
}

interface Container {
  readonly type: 'Container';
  readonly separator?: true;
  readonly spacing: 'Medium';
  readonly items: readonly (TextBlock | ImageElement)[];
}

interface ProgressAdaptiveCard {
  readonly $schema: string;
  readonly type: 'AdaptiveCard';
  readonly version: '1.5';
  readonly speak: string;
  readonly fallbackText: string;
  readonly body: readonly (TextBlock | Container)[];
}

const heading = 'Your progress';

/**
 * Text made safe to show literally in an Adaptive Card TextBlock in Web Chat. Web Chat renders
 * TextBlocks with markdown-it (HTML on, linkify and typographer on) after the card's own
 * {{DATE()}}/{{TIME()}} substitution, so a person's "*really*", "[link](x)", "<b>", "1." or
 * "{{DATE(...)}}" would otherwise change shape. CommonMark lets any ASCII punctuation be
 * backslash-escaped and drops the backslash when rendering, so escaping all of it is simpler and
 * safer than picking characters. Leading spaces go too: four of them would start a code block.
 */
export function escapeCardText(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    // The class is every ASCII punctuation character: ! to /, : to @, [ to `, { to ~.
    .map((line) => line.replace(/^[ \t]+/, '').replace(/[!-/:-@[-`{-~]/g, (character) => `\\${character}`))
    .join('\n');
}

/** One line for speech and for hosts that cannot show the card: whitespace folded, no markup. */
function plain(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function summary(goals: readonly ProgressCardGoal[]): string {
  if (goals.length === 0) return `${heading}: no goals to show yet.`;
  const parts = goals.map(({ goal, line, celebration }) => {
    const extra = plain(celebration ?? '');
    return extra === '' ? `${plain(goal.text)}: ${plain(line)}.` : `${plain(goal.text)}: ${plain(line)}. ${extra}`;
  });
  return `${heading}. ${parts.join(' ')}`;
}

function goalContainer({ goal, line, celebration }: ProgressCardGoal, index: number): Container {
  const items: (TextBlock | ImageElement)[] = [
    { type: 'TextBlock', text: escapeCardText(goal.text), weight: 'Bolder', wrap: true },
    { type: 'TextBlock', text: escapeCardText(line), wrap: true, isSubtle: true },
  ];
  if (celebration !== undefined && celebration.trim() !== '') {
    items.push({ type: 'TextBlock', text: escapeCardText(celebration), wrap: true, color: 'Good' });
  }
  // A chart with no points says nothing the line does not.
  if (goal.ratings.length > 0) {
    items.push({ type: 'Image', url: ratingChartDataUrl(goal.ratings), altText: describeRatings(goal.ratings), size: 'Stretch' });
  }
  return index === 0 ? { type: 'Container', spacing: 'Medium', items } : { type: 'Container', separator: true, spacing: 'Medium', items };
}

/**
 * "My progress" for Web Chat: one Adaptive Card (schema 1.5) with, per goal in the order given,
 * the goal's words, the caller's progress line, an optional celebration and, when the goal has
 * ratings, a line chart of them with the ratings in words as its altText.
 */
export function progressCard(goals: readonly ProgressCardGoal[]): Attachment {
  const text = summary(goals);
  const card: ProgressAdaptiveCard = {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.5',
    speak: text,
    fallbackText: text,
    body: [{ type: 'TextBlock', text: heading, size: 'Medium', weight: 'Bolder', wrap: true }, ...goals.map(goalContainer)],
  };
  return CardFactory.adaptiveCard(card);
}
