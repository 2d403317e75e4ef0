import type { DialogContext, DialogTurnResult } from '../src/dialog-runtime';
import { z } from 'zod';
import { areaChoices, areaQuestion, matchArea } from '../src/domain/area-choice';
import { urgentHelpText } from '../src/domain/crisis-lines';
import { matchChoice } from '../src/domain/reply-text';
import { siteById, siteIds, type SiteId } from '../src/domain/sites';
import { teamContactDetails, teamContactSummary } from '../src/domain/team/team-contact-text';
import { choiceReply } from './choice-reply';
import type { Clock } from '../src/domain/clock';
import type { PersonProfile, TeamContact } from './dialog-services';
import { readDialogState } from './dialog-state';
import { dialogIds } from './ids';
import { StepDialog, type Question } from './step-dialog';

const optionsSchema = z.object({ start: z.literal('callback').optional() });

const stateSchema = z.discriminatedUnion('step', [
  /** `callback`: go straight to the callback questions once the area is known. */
  z.object({ step: z.literal('area'), start: z.literal('callback').optional() }),
  z.object({ step: z.literal('choice'), siteId: z.enum(siteIds) }),
]);
type State = z.infer<typeof stateSchema>;

type ContactChoice = 'callback' | 'details' | 'urgent' | 'menu';
const contactChoices: readonly { readonly value: ContactChoice; readonly label: string; readonly names: readonly string[] }[] = [
  { value: 'callback', label: 'Request a callback', names: ['callback', 'call back', 'call me', 'call me back', 'ring me'] },
  { value: 'details', label: 'Call or text them', names: ['call', 'text', 'details', 'phone', 'number', 'hours', 'opening hours', 'address'] },
  { value: 'urgent', label: 'Urgent help', names: ['urgent', 'help now', 'crisis'] },
  { value: 'menu', label: 'Back to menu', names: ['back', 'menu', 'no', 'done'] },
];
const contactLabels = contactChoices.map((choice) => choice.label);

const areaLabels = areaChoices.map((choice) => choice.label);

/**
 * "Contact team": how to reach the person's Living Well team and whether it is open now (or when
 * it opens), then a callback request, the full details, or urgent help. Someone who has not said
 * where they live is asked first (and it is saved only if they agreed to saving).
 */
export class ContactTeamDialog extends StepDialog<State> {
  protected readonly stateSchema = stateSchema;

  constructor(
    private readonly profile: PersonProfile,
    private readonly team: TeamContact,
    private readonly clock: Clock,
  ) {
    super(dialogIds.contactTeam);
  }

  override async beginDialog(dc: DialogContext, options?: unknown): Promise<DialogTurnResult> {
    const parsed = optionsSchema.safeParse(options);
    const start = parsed.success ? parsed.data.start : undefined;
    const person = await this.profile.get(dc.context);
    if (person.area === undefined) return this.ask(dc, { step: 'area', ...(start === undefined ? {} : { start }) });
    if (person.area === 'elsewhere') return this.outsideAreas(dc);
    if (start === 'callback') return dc.replaceDialog(dialogIds.callback, { siteId: person.area });
    return this.showTeam(dc, person.area);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = readDialogState(dc, stateSchema) ?? { step: 'area' };
    const text = dc.context.activity.text;
    if (state.step === 'area') {
      const area = matchArea(text);
      if (area === undefined) return this.askAgain(dc, state);
      if ((await this.profile.get(dc.context)).consent !== undefined) await this.profile.setArea(dc.context, area);
      if (area === 'elsewhere') return this.outsideAreas(dc);
      if (state.start === 'callback') return dc.replaceDialog(dialogIds.callback, { siteId: area });
      return this.showTeam(dc, area);
    }
    const chosen = matchChoice(text, contactChoices.map((choice) => ({ value: choice.value, names: [choice.label, ...choice.names] })));
    switch (chosen) {
      case undefined:
        return this.askAgain(dc, state);
      case 'menu':
        return dc.endDialog();
      case 'callback':
        return dc.replaceDialog(dialogIds.callback, { siteId: state.siteId });
      case 'urgent':
        await dc.context.sendActivity(urgentHelpText());
        return this.ask(dc, state);
      case 'details': {
        const found = await this.team.forSite(state.siteId);
        if (found !== undefined) await dc.context.sendActivity(teamContactDetails(found.entry, this.clock.now()));
        return this.ask(dc, state);
      }
    }
  }

  protected question(state: State): Question {
    return state.step === 'area'
      ? choiceReply(`${areaQuestion} Then I can show you how to reach your team.`, areaLabels)
      : choiceReply('What would you like to do?', contactLabels);
  }

  private async showTeam(dc: DialogContext, siteId: SiteId): Promise<DialogTurnResult> {
    const found = await this.team.forSite(siteId);
    if (found === undefined) {
      await dc.context.sendActivity(
        `I don't have the contact details of the ${siteById(siteId).name} team to hand right now. Please try again later.\n\n${urgentHelpText()}`,
      );
      return dc.endDialog();
    }
    await dc.context.sendActivity(teamContactSummary(found.entry, found.status, this.clock.now()));
    return this.ask(dc, { step: 'choice', siteId });
  }

  private async outsideAreas(dc: DialogContext): Promise<DialogTurnResult> {
    await dc.context.sendActivity(
      `The Living Well teams I work with are in Lambeth, Edinburgh, Luton, Salford and Tameside & Glossop, so I can't put you in touch with a team where you are. Your GP can tell you about mental health support near you.\n\n${urgentHelpText()}`,
    );
    return dc.endDialog();
  }
}

