import type { TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogTurnResult } from '../src/dialog-runtime';
import { z } from 'zod';
import { accessibilityIds, activityCategoryIds } from '../src/domain/activities/activity';
import { kindChoices, matchKind, matchWhen, matchWhere, parseResultsReply, whenChoices, whereChoices } from '../src/domain/activities/activity-choices';
import type { ActivityQuery } from '../src/domain/activities/activity-query';
import { isActivitySearch, parseActivityRequest } from '../src/domain/activities/activity-request';
import { resultDetails } from '../src/domain/activities/result-text';
import { siteById, type SiteId } from '../src/domain/sites';
import { remindActionName, resultsReply } from './activity-results-reply';
import { showsCards } from './channel-capabilities';
import { choiceReply, withChoices } from './choice-reply';
import type { ActivityFinder } from '../src/domain/activities/activity-finder';
import type { Clock } from '../src/domain/clock';
import type { PersonProfile, UsageReports } from './dialog-services';
import { readDialogState, writeDialogState } from './dialog-state';
import { dialogIds } from './ids';
import { StepDialog, type Question } from './step-dialog';

const categorySchema = z.enum(activityCategoryIds);
const whenSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(['any', 'today', 'tomorrow', 'this-week', 'weekend']) }),
  z.object({ kind: z.literal('weekday'), weekday: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6), z.literal(7)]) }),
]);
/** A query as kept in dialog state between pages of results (a field left out is absent, as in `ActivityQuery`). */
const querySchema = z.object({
  categories: z.array(categorySchema).readonly().exactOptional(),
  when: whenSchema.exactOptional(),
  partOfDay: z.enum(['morning', 'afternoon', 'evening']).exactOptional(),
  near: z.object({ lat: z.number(), lon: z.number(), maxKm: z.number().exactOptional() }).exactOptional(),
  onlineOnly: z.boolean().exactOptional(),
  freeOnly: z.boolean().exactOptional(),
  accessibility: z.array(z.enum(accessibilityIds)).readonly().exactOptional(),
  text: z.string().exactOptional(),
});
type StoredQuery = z.infer<typeof querySchema>;

const stateSchema = z.discriminatedUnion('step', [
  z.object({ step: z.literal('kind') }),
  z.object({ step: z.literal('when'), query: querySchema }),
  z.object({ step: z.literal('where'), query: querySchema }),
  /** Results shown: the ids in the order shown, so "2" or "remind 2" means the same listing. */
  z.object({ step: z.literal('results'), query: querySchema, shown: z.array(z.string()), total: z.number().int().min(0) }),
]);
type State = z.infer<typeof stateSchema>;

const optionsSchema = z.object({ request: z.string().optional() });
const remindValueSchema = z.object({ action: z.literal(remindActionName), activityId: z.uuid() });

/** How many results a page shows: fewer on SMS, where every line costs a segment. */
function pageSize(context: TurnContext): number {
  return showsCards(context) ? 5 : 3;
}

/**
 * Finding community activities: a guided path (what kind → when → where) with a quick
 * "everything this week", or a request in one go ("walking group near M6 on Tuesday"). Results
 * page by page; a number shows details; "Remind me" is kept for the reminders work.
 */
export class ActivitiesDialog extends StepDialog<State> {
  protected readonly stateSchema = stateSchema;

  constructor(
    private readonly profile: PersonProfile,
    private readonly finder: ActivityFinder,
    private readonly usage: UsageReports,
    private readonly clock: Clock,
  ) {
    super(dialogIds.activities);
  }

  override async beginDialog(dc: DialogContext, options?: unknown): Promise<DialogTurnResult> {
    const parsed = optionsSchema.safeParse(options);
    const request = parsed.success ? parsed.data.request : undefined;
    if (request !== undefined) return this.oneShot(dc, request);
    return this.ask(dc, { step: 'kind' });
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = readDialogState(dc, stateSchema);
    if (state === undefined) return this.ask(dc, { step: 'kind' });
    const text = dc.context.activity.text;
    switch (state.step) {
      case 'kind': {
        const kind = matchKind(text);
        if (kind === undefined) return this.understoodOr(dc, text, () => this.askAgain(dc, state));
        if (kind === 'everything-this-week') return this.search(dc, { when: { kind: 'this-week' } });
        return this.ask(dc, { step: 'when', query: { categories: [kind] } });
      }
      case 'when': {
        const when = matchWhen(text);
        if (when === undefined) return this.askAgain(dc, state);
        return this.ask(dc, { step: 'where', query: { ...state.query, when } });
      }
      case 'where':
        return this.answerWhere(dc, state.query, text);
      case 'results':
        return this.answerResults(dc, state);
    }
  }

  protected async question(state: State, context: TurnContext): Promise<Question> {
    switch (state.step) {
      case 'kind': {
        const example = exampleOutcode(await this.siteOf(context));
        return choiceReply(`What kind of activity are you looking for? You can also just tell me, like "walking group near ${example} on Tuesday".`, kindChoices.map((choice) => choice.label));
      }
      case 'when':
        return choiceReply('When would suit you?', whenChoices.map((choice) => choice.label));
      case 'where': {
        const area = await this.siteOf(context);
        return choiceReply(
          `Where? Type a postcode, or just the first part of one (like ${exampleOutcode(area)}), or choose:`,
          whereChoices(area === undefined ? undefined : siteById(area).name).map((choice) => choice.label),
        );
      }
      case 'results': {
        const more = state.shown.length < state.total;
        // On SMS a number picks a result, so the choices are words to type rather than a numbered list.
        if (!showsCards(context)) return `Reply ${more ? 'MORE for more, ' : ''}a number for details, or tell me what else you're looking for.`;
        return choiceReply(`Type ${more ? '"more", ' : ''}a number for details, or tell me what else you are looking for.`, resultsChoices(more));
      }
    }
  }

  /** A request in one go: searched at once when understood, otherwise the guided path. */
  private async oneShot(dc: DialogContext, text: string): Promise<DialogTurnResult> {
    const request = parseActivityRequest(text);
    if (!request.understood) return this.ask(dc, { step: 'kind' });
    const query: StoredQuery = { ...request.query, ...(request.online === true ? { onlineOnly: true } : {}) };
    if (request.place === undefined) return this.search(dc, query);
    const place = this.finder.locate(request.place);
    if (!place.ok) return this.askAgain(dc, { step: 'where', query }, postcodeReask(place.reason));
    return this.search(dc, { ...query, near: { lat: place.lat, lon: place.lon, maxKm: 5 } });
  }

  private async answerWhere(dc: DialogContext, query: StoredQuery, text: string | undefined): Promise<DialogTurnResult> {
    const area = await this.siteOf(dc.context);
    const where = matchWhere(text, area === undefined ? undefined : siteById(area).name);
    if (where === 'online') return this.search(dc, { ...query, onlineOnly: true });
    if (where === 'anywhere') return this.search(dc, query);
    const place = this.finder.locate(text ?? '');
    if (!place.ok) return this.askAgain(dc, { step: 'where', query }, postcodeReask(place.reason));
    return this.search(dc, { ...query, near: { lat: place.lat, lon: place.lon, maxKm: 5 } });
  }

  private async answerResults(dc: DialogContext, state: Extract<State, { step: 'results' }>): Promise<DialogTurnResult> {
    const remindValue = remindValueSchema.safeParse(dc.context.activity.value);
    if (remindValue.success) return this.remind(dc, state, remindValue.data.activityId);
    const text = dc.context.activity.text;
    const reply = parseResultsReply(text);
    if (reply === undefined) {
      if (/^\s*search again\s*$/i.test(text ?? '')) return this.ask(dc, { step: 'kind' });
      return this.understoodOr(dc, text, () => this.askAgain(dc, state, "Sorry, I didn't catch that."));
    }
    if (reply.kind === 'more') {
      if (state.shown.length >= state.total) return this.askAgain(dc, state, "That's everything I found.");
      return this.showResults(dc, state.query, state.shown.length, state.shown);
    }
    const activityId = state.shown[reply.position - 1];
    if (activityId === undefined) return this.askAgain(dc, state, `Please choose a number from 1 to ${state.shown.length}.`);
    if (reply.kind === 'remind') return this.remind(dc, state, activityId);
    const result = await this.findShown(dc.context, state.query, reply.position - 1, activityId);
    if (result === undefined) {
      await dc.context.sendActivity('That listing has changed since I showed it. Here are the results again.');
      return this.showResults(dc, state.query, 0);
    }
    const details = resultDetails(result, this.clock.now());
    const reminded = (await this.profile.get(dc.context)).activityReminders?.includes(activityId) === true;
    const more = state.shown.length < state.total;
    const reminder = reminded ? "You've asked for a reminder about this one." : `Would you like a reminder before it starts? Type "remind ${reply.position}".`;
    const detailsText = `${details.join('\n')}\n\n${reminder}`;
    if (!showsCards(dc.context)) {
      await dc.context.sendActivity(`${detailsText}\nReply ${more ? 'MORE for more, ' : ''}another number for its details, or MENU.`);
      return Dialog.EndOfTurn;
    }
    await dc.context.sendActivity(choiceReply(detailsText, [...(reminded ? [] : [`Remind ${reply.position}`]), ...resultsChoices(more)]));
    return Dialog.EndOfTurn;
  }

  private async remind(dc: DialogContext, state: Extract<State, { step: 'results' }>, activityId: string): Promise<DialogTurnResult> {
    if (!state.shown.includes(activityId)) return this.askAgain(dc, state, 'That reminder button is from an older search.');
    const outcome = await this.profile.rememberActivity(dc.context, activityId);
    const text =
      outcome === 'no-consent'
        ? 'I can only keep reminders if you agree to me saving things. Type "agree" if you would like to.'
        : outcome === 'already'
          ? "You've already asked for a reminder about that one."
          : 'Okay, I\'ve noted that you\'d like a reminder: one the day before and one an hour before its next session. Say "my reminders" to see or stop them.';
    // What comes next, without offering the reminder just asked for.
    await dc.context.sendActivity(showsCards(dc.context) ? choiceReply(text, resultsChoices(state.shown.length < state.total)) : text);
    return Dialog.EndOfTurn;
  }

  /** A new request typed instead of an answer starts a new search; anything else gets `otherwise`. */
  private async understoodOr(dc: DialogContext, text: string | undefined, otherwise: () => Promise<DialogTurnResult>): Promise<DialogTurnResult> {
    if (text !== undefined && isActivitySearch(parseActivityRequest(text))) return this.oneShot(dc, text);
    return otherwise();
  }

  /** A new search (counted for the outcome reports): its first page. */
  private async search(dc: DialogContext, query: StoredQuery): Promise<DialogTurnResult> {
    await this.usage.activitySearched(dc.context);
    return this.showResults(dc, query, 0);
  }

  private async showResults(dc: DialogContext, query: StoredQuery, offset: number, shownBefore: readonly string[] = []): Promise<DialogTurnResult> {
    const limit = pageSize(dc.context);
    let found = await this.finder.search(await this.fullQuery(dc.context, query, offset, limit));
    if (found.total === 0 && offset === 0 && (query.when !== undefined || query.partOfDay !== undefined)) {
      // Nothing at that time: what else of that kind is coming up is more use than a dead end.
      const anyTime = withoutTime(query);
      found = await this.finder.search(await this.fullQuery(dc.context, anyTime, 0, limit));
      if (found.total > 0) {
        await dc.context.sendActivity("I couldn't find anything at that time, but these are coming up:");
        query = anyTime;
      }
    }
    if (found.total === 0) {
      await dc.context.sendActivity("I couldn't find anything for that. You could try another kind of activity, somewhere else, or everything this week.");
      return this.ask(dc, { step: 'kind' });
    }
    const shown = [...shownBefore, ...found.results.map((result) => result.activity.id)];
    const withCards = showsCards(dc.context);
    const reply = resultsReply({ results: found.results, firstPosition: offset + 1, total: found.total, now: this.clock.now() }, withCards);
    // Where buttons show, the page ends with what to do next; on SMS the numbers are the results, and the reply says what to type.
    await dc.context.sendActivity(withCards ? withChoices(reply, resultsChoices(shown.length < found.total)) : reply);
    writeDialogState(dc, { step: 'results', query, shown, total: found.total } satisfies State);
    return Dialog.EndOfTurn;
  }

  /** The result at `index` of the query now, if it is still the listing that was shown there. */
  private async findShown(context: TurnContext, query: StoredQuery, index: number, activityId: string) {
    const found = await this.finder.search(await this.fullQuery(context, query, index, 1));
    const result = found.results[0];
    return result?.activity.id === activityId ? result : undefined;
  }

  /** The stored query with the person's site and the page asked for. */
  private async fullQuery(context: TurnContext, query: StoredQuery, offset: number, limit: number): Promise<ActivityQuery> {
    const siteId = await this.siteOf(context);
    // Near a postcode, the distance decides; online, the site does not matter.
    const scoped = query.near === undefined && query.onlineOnly !== true && siteId !== undefined;
    return { ...query, ...(scoped ? { siteId } : {}), offset, limit };
  }

  private async siteOf(context: TurnContext): Promise<SiteId | undefined> {
    const area = (await this.profile.get(context)).area;
    return area === undefined || area === 'elsewhere' ? undefined : area;
  }
}

/** The query without its day and time of day. */
function withoutTime(query: StoredQuery): StoredQuery {
  const { when: _when, partOfDay: _partOfDay, ...rest } = query;
  return rest;
}

/** Said before the "where" question is asked again (with its choices), so it names none of them. */
function postcodeReask(reason: 'not-a-postcode' | 'unknown-area'): string {
  return reason === 'unknown-area'
    ? "That postcode looks right, but it's outside the areas I have listings for (Lambeth, Edinburgh, Luton, Salford, Tameside & Glossop)."
    : "Sorry, I couldn't read that as a postcode.";
}

/** What to do after a page of results, where buttons show: "More" only when there is more. */
function resultsChoices(more: boolean): string[] {
  return [...(more ? ['More'] : []), 'Search again', 'Back to menu'];
}

/** The example outward code for someone in `siteId` (Salford's for someone whose area is not a site). */
function exampleOutcode(siteId: SiteId | undefined): string {
  return siteById(siteId ?? 'salford').exampleOutcode;
}
