import { CardFactory, MessageFactory, type Activity as BotActivity, type Attachment } from 'botbuilder';
import type { ActivityResult } from '../src/domain/activities/activity-search';
import { accessibilityText, costText, placeText, resultLine } from '../src/domain/activities/result-text';
import { formatOccurrence } from '../src/domain/activities/schedule-description';
import { escapeCardText } from './progress-card';

/** What a "Remind me" button on a result card submits. Parsed with zod where it is received. */
export const remindActionName = 'remind-activity';

export interface ResultsPage {
  readonly results: readonly ActivityResult[];
  /** Position (1-based) of the first result on this page, across the pages shown so far. */
  readonly firstPosition: number;
  readonly total: number;
  readonly now: number;
}

/**
 * A page of search results. With cards: a carousel, one card per result (name, next session,
 * place and distance, cost, accessibility, how to join, and a "Remind me" button). Text-only
 * channels: a short numbered list. Both end by saying how to see more, details or a reminder.
 */
export function resultsReply(page: ResultsPage, withCards: boolean): Partial<BotActivity> {
  const last = page.firstPosition + page.results.length - 1;
  const more = last < page.total;
  const shown = `${page.total === 1 ? '1 activity' : `${page.total} activities`} found${page.total > page.results.length ? `, showing ${page.firstPosition} to ${last}` : ''}.`;
  if (!withCards) {
    const lines = page.results.map((result, index) => resultLine(page.firstPosition + index, result, page.now));
    const how = `Reply ${more ? 'MORE for more, ' : ''}a number for details, or REMIND and a number for a reminder.`;
    return MessageFactory.text([shown, ...lines, how].join('\n'));
  }
  const cards = page.results.map((result, index) => resultCard(result, page.firstPosition + index, page.now));
  const how = `${more ? 'Type "more" for more. ' : ''}Type a number for all the details, or use "Remind me" on a card.`;
  return MessageFactory.carousel(cards, `${shown} ${how}`);
}

/** One result as an Adaptive Card (1.5); the person's words never appear in it, only listings. */
function resultCard(result: ActivityResult, position: number, now: number): Attachment {
  const { activity } = result;
  const access = accessibilityText(activity);
  const facts = [
    { title: 'When', value: formatOccurrence(result.next, now) },
    { title: 'Where', value: placeText(result) },
    { title: 'Cost', value: costText(activity) },
    ...(access === '' ? [] : [{ title: 'Access', value: access }]),
    { title: 'How to join', value: activity.how_to_join },
  ];
  return CardFactory.adaptiveCard({
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.5',
    // Spoken, not rendered: plain words, no markdown escapes.
    speak: `${position}. ${activity.name}. ${facts.map((fact) => `${fact.title}: ${fact.value}`).join('. ')}`,
    body: [
      { type: 'TextBlock', text: escapeCardText(`${position}. ${activity.name}`), weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'TextBlock', text: escapeCardText(activity.organization.name), isSubtle: true, wrap: true, spacing: 'None' },
      // One line per fact rather than a FactSet: its title column wraps letter by letter in a narrow carousel card.
      ...facts.map((fact) => ({ type: 'TextBlock', text: `**${fact.title}:** ${escapeCardText(fact.value)}`, wrap: true, spacing: 'Small' })),
    ],
    actions: [{ type: 'Action.Submit', title: 'Remind me', data: { action: remindActionName, activityId: activity.id } }],
  });
}
