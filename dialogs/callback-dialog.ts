import type { TurnContext } from 'botbuilder';
import type { DialogContext, DialogTurnResult } from '../src/dialog-runtime';
import { z } from 'zod';
import {
  bestTimeIds,
  bestTimeLabels,
  callbackConsentTextFor,
  callbackNextStep,
  describeCallbackStatus,
  isOpen,
  matchBestTimes,
  nothingToCancelText,
  type CallbackRequest,
} from '../src/domain/callbacks/callback-request';
import { urgentHelpText } from '../src/domain/crisis-lines';
import { parseUkPhone } from '../src/domain/callbacks/uk-phone';
import { matchChoice, matchYesNoChoice } from '../src/domain/reply-text';
import { siteById, siteIds } from '../src/domain/sites';
import { isSkipNote } from '../src/domain/wellbeing/rating-note';
import { callbackNextSteps, teamContactDetails } from '../src/domain/team/team-contact-text';
import { choiceReply } from './choice-reply';
import type { Clock } from '../src/domain/clock';
import type { CallbackRequests, TeamContact } from './dialog-services';
import { readDialogState } from './dialog-state';
import { dialogIds } from './ids';
import { StepDialog, type Question } from './step-dialog';

const optionsSchema = z.object({ siteId: z.enum(siteIds).optional(), show: z.literal('status').optional() });

const detailsSchema = z.object({
  siteId: z.enum(siteIds),
  name: z.string().optional(),
  phoneE164: z.string().optional(),
  bestTimes: z.array(z.enum(bestTimeIds)).optional(),
  about: z.string().optional(),
});
const stateSchema = z.discriminatedUnion('step', [
  /** The team has not called yet: cancel it, or leave it. */
  z.object({ step: z.literal('existing') }),
  /** The team has called: call them again, or leave it. */
  z.object({ step: z.literal('called'), siteId: z.enum(siteIds) }),
  /** No open request: ask for one, or leave it. */
  z.object({ step: z.literal('again') }),
  z.object({ step: z.literal('name'), details: detailsSchema }),
  /** On SMS: offer the number they are texting from. */
  z.object({ step: z.literal('phone-confirm'), details: detailsSchema, offered: z.string() }),
  z.object({ step: z.literal('phone'), details: detailsSchema }),
  z.object({ step: z.literal('times'), details: detailsSchema }),
  z.object({ step: z.literal('about'), details: detailsSchema }),
  z.object({ step: z.literal('consent'), details: detailsSchema }),
]);
type State = z.infer<typeof stateSchema>;
type Details = z.infer<typeof detailsSchema>;

const maxNameLength = 60;
const maxAboutLength = 500;
const existingChoices = ['Cancel my callback', 'Back to menu'] as const;
const calledChoices = ['Call or text the team', 'Back to menu'] as const;
const againChoices = ['Request a callback', 'Back to menu'] as const;
const phoneConfirmChoices = ['Yes', 'No, another number'] as const;
const consentChoices = ['Yes, send it', "No, don't send"] as const;

/**
 * A callback request: what to call them, a UK number (on SMS the one they text from is offered),
 * best times, optionally what it is about, and explicit consent to share these with the team. It
 * ends with a reference code and what happens next, honest about opening hours. Also "my
 * callback" (`show: 'status'`): the request's status, with what can be done next at that status
 * (cancel it before the team calls; call the team once they have; ask again once it is closed).
 */
export class CallbackDialog extends StepDialog<State> {
  protected readonly stateSchema = stateSchema;

  constructor(
    private readonly callbacks: CallbackRequests,
    private readonly team: TeamContact,
    private readonly clock: Clock,
  ) {
    super(dialogIds.callback);
  }

  override async beginDialog(dc: DialogContext, options?: unknown): Promise<DialogTurnResult> {
    const parsed = optionsSchema.safeParse(options);
    const siteId = parsed.success ? parsed.data.siteId : undefined;
    const latest = await this.callbacks.latest(dc.context);
    if (latest !== undefined && isOpen(latest)) {
      const prefix = siteId === undefined ? '' : "You already have a callback request open, so I haven't made another one.\n";
      await dc.context.sendActivity(`${prefix}${describeCallbackStatus(latest, this.clock.now())}`);
      return callbackNextStep(latest) === 'call-team' ? this.ask(dc, { step: 'called', siteId: latest.siteId }) : this.ask(dc, { step: 'existing' });
    }
    if (siteId === undefined) {
      await dc.context.sendActivity(latest === undefined ? 'You have no callback requests.' : describeCallbackStatus(latest, this.clock.now()));
      return this.ask(dc, { step: 'again' });
    }
    return this.ask(dc, { step: 'name', details: { siteId } });
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = readDialogState(dc, stateSchema);
    if (state === undefined) return dc.endDialog();
    const text = dc.context.activity.text ?? '';
    switch (state.step) {
      case 'existing': {
        const choice = matchChoice(text, [
          { value: 'cancel', names: [existingChoices[0], 'cancel it', 'cancel'] },
          { value: 'back', names: [existingChoices[1], 'back', 'menu', 'no', 'keep it'] },
        ]);
        if (choice === undefined) return this.askAgain(dc, state);
        if (choice === 'cancel') await dc.context.sendActivity(await cancelCallback(this.callbacks, dc.context));
        return dc.endDialog();
      }
      case 'called': {
        const choice = yesBackChoice(text, calledChoices, ['call', 'text', 'call them', 'details', 'contact team']);
        if (choice === undefined) return this.askAgain(dc, state);
        if (choice === 'yes') {
          const found = await this.team.forSite(state.siteId);
          await dc.context.sendActivity(found === undefined ? `I don't have the team's details to hand right now.\n\n${urgentHelpText()}` : teamContactDetails(found.entry, this.clock.now()));
        }
        return dc.endDialog();
      }
      case 'again': {
        const choice = yesBackChoice(text, againChoices, ['callback', 'call me back', 'ask again', 'yes']);
        if (choice === undefined) return this.askAgain(dc, state);
        // Through "contact team", which knows (or asks) where the person lives.
        if (choice === 'yes') return dc.replaceDialog(dialogIds.contactTeam, { start: 'callback' });
        return dc.endDialog();
      }
      case 'name': {
        const name = text.replace(/\s+/g, ' ').trim();
        if (name === '' || name.length > maxNameLength) {
          return this.askAgain(dc, state, `Please tell me a name for them to ask for, up to ${maxNameLength} letters. A first name is fine.`);
        }
        return this.askForPhone(dc, { ...state.details, name });
      }
      case 'phone-confirm': {
        const answer = matchYesNoChoice(text, phoneConfirmChoices);
        if (answer === undefined) return this.askAgain(dc, state);
        if (answer === 'yes') return this.ask(dc, { step: 'times', details: { ...state.details, phoneE164: state.offered } });
        return this.ask(dc, { step: 'phone', details: state.details });
      }
      case 'phone': {
        const phone = parseUkPhone(text);
        if (!phone.ok) return this.askAgain(dc, state, phoneReask(phone.reason));
        return this.ask(dc, { step: 'times', details: { ...state.details, phoneE164: phone.e164 } });
      }
      case 'times': {
        const bestTimes = matchBestTimes(text);
        if (bestTimes === undefined) return this.askAgain(dc, state);
        return this.ask(dc, { step: 'about', details: { ...state.details, bestTimes } });
      }
      case 'about': {
        const about = text.trim();
        if (about.length > maxAboutLength) return this.askAgain(dc, state, `That's a bit long for a note: could you say it in ${maxAboutLength} characters or fewer? Or choose Skip.`);
        const details = isSkipNote(about) ? state.details : { ...state.details, about };
        return this.ask(dc, { step: 'consent', details });
      }
      case 'consent': {
        const answer = matchYesNoChoice(text, consentChoices);
        if (answer === undefined) return this.askAgain(dc, state);
        if (answer === 'no') {
          await dc.context.sendActivity("Okay, I haven't sent anything to the team. You can still call or text them yourself: type \"contact team\" for their details.");
          return dc.endDialog();
        }
        return this.send(dc, state.details);
      }
    }
  }

  protected async question(state: State): Promise<Question> {
    switch (state.step) {
      case 'existing':
        return choiceReply('Would you like to cancel it?', existingChoices);
      case 'called':
        return choiceReply("They'll close the request once they've noted what happens next. If you'd like to speak to them again, you can call or text them.", calledChoices);
      case 'again':
        return choiceReply('Would you like to ask your Living Well team to call you?', againChoices);
      case 'name':
        return 'What would you like them to call you? A first name is fine.';
      case 'phone-confirm':
        return choiceReply(`Shall they call you on the number you're texting from (${parsedDisplay(state.offered)})?`, phoneConfirmChoices);
      case 'phone':
        return 'What number should they call? A UK number, like 07700 900123 or 0161 496 0123.';
      case 'times':
        return choiceReply('When is best to call? You can choose more than one, like "1 and 3".', bestTimeIds.map((id) => bestTimeLabels[id]));
      case 'about':
        return choiceReply("Would you like to say briefly what it's about? It helps them prepare. Type a few words, or choose Skip.", ['Skip']);
      case 'consent': {
        const found = await this.team.forSite(state.details.siteId);
        const teamName = found?.entry.teamName ?? `the ${siteById(state.details.siteId).name} Living Well team`;
        return choiceReply(callbackConsentTextFor(teamName), consentChoices);
      }
    }
  }

  private async askForPhone(dc: DialogContext, details: Details): Promise<DialogTurnResult> {
    // On SMS the person's id is the number they text from: offer it rather than making them type it.
    const from = dc.context.activity.channelId === 'sms' ? parseUkPhone(dc.context.activity.from.id) : undefined;
    if (from?.ok === true) return this.ask(dc, { step: 'phone-confirm', details, offered: from.e164 });
    return this.ask(dc, { step: 'phone', details });
  }

  private async send(dc: DialogContext, details: Details): Promise<DialogTurnResult> {
    if (details.name === undefined || details.phoneE164 === undefined || details.bestTimes === undefined) {
      // State from an older release or tampered with: start the questions again rather than guess.
      return this.ask(dc, { step: 'name', details: { siteId: details.siteId } });
    }
    const outcome = await this.callbacks.request(dc.context, {
      siteId: details.siteId,
      name: details.name,
      phoneE164: details.phoneE164,
      bestTimes: details.bestTimes,
      ...(details.about === undefined ? {} : { about: details.about }),
    });
    if (!outcome.created) {
      await dc.context.sendActivity(`You already have a callback request open, so I haven't made another one.\n${describeCallbackStatus(outcome.existing, this.clock.now())}`);
      return dc.endDialog();
    }
    await dc.context.sendActivity(await this.confirmation(outcome.request));
    return dc.endDialog();
  }

  private async confirmation(request: CallbackRequest): Promise<string> {
    const found = await this.team.forSite(request.siteId);
    const teamName = found?.entry.teamName ?? `The ${siteById(request.siteId).name} Living Well team`;
    return [
      `Done: I've sent your request. Your reference is ${request.reference}.`,
      found === undefined ? `${teamName} will call you when they can.` : callbackNextSteps(teamName, found.status, this.clock.now()),
      'Type "my callback" to see how it is going, or to cancel it.',
    ].join('\n');
  }
}

/** Cancels the person's request if the team has not called yet, and says what happened. */
export async function cancelCallback(callbacks: CallbackRequests, context: TurnContext): Promise<string> {
  const cancelled = await callbacks.cancel(context);
  if (cancelled === undefined) return nothingToCancelText(await callbacks.latest(context));
  return `I've cancelled your callback request ${cancelled.reference}. Type "contact team" if you would like to ask again.`;
}

/** The first of two buttons (or one of `names`), or the second ("Back to menu", "back", "no"). */
function yesBackChoice(text: string, buttons: readonly [string, string], names: readonly string[]): 'yes' | 'back' | undefined {
  return matchChoice(text, [
    { value: 'yes', names: [buttons[0], ...names] },
    { value: 'back', names: [buttons[1], 'back', 'menu', 'no', 'no thanks'] },
  ]);
}

function phoneReask(reason: 'not-a-number' | 'not-uk' | 'invalid'): string {
  switch (reason) {
    case 'not-uk':
      return 'That looks like a number outside the UK, and the team can only call UK numbers. Please give a UK number, like 07700 900123.';
    case 'invalid':
      return "That doesn't look like a complete UK number. Please check it and try again, like 07700 900123 or 0161 496 0123.";
    case 'not-a-number':
      return 'Please type the phone number in digits, like 07700 900123.';
  }
}

function parsedDisplay(e164: string): string {
  const phone = parseUkPhone(e164);
  return phone.ok ? phone.display : e164;
}
