import type { TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { matchChoice } from '../src/domain/reply-text';
import { siteById } from '../src/domain/sites';
import { choiceReply } from './choice-reply';
import type { WellbeingRecord } from '../src/domain/wellbeing/wellbeing-record';
import type { PersonalData, PersonProfile, PersonView, WellbeingJournal } from './dialog-services';
import { exportReply } from './export-reply';
import { dialogIds } from './ids';

type MyDataChoice = 'export' | 'delete' | 'withdraw' | 'menu';

const choices: readonly { value: MyDataChoice; label: string; names: string[] }[] = [
  { value: 'export', label: 'Export my data', names: ['Export my data', 'export', 'download'] },
  { value: 'delete', label: 'Delete my data', names: ['Delete my data', 'delete', 'erase'] },
  { value: 'withdraw', label: 'Withdraw consent', names: ['Withdraw consent', 'withdraw'] },
  { value: 'menu', label: 'Back to menu', names: ['Back to menu', 'back', 'menu', 'no'] },
];
const labels = choices.map((choice) => choice.label);

/** Shows, in plain words, what is held about the person, and offers export, deletion and withdrawal. */
export class MyDataDialog extends Dialog {
  constructor(
    private readonly profile: PersonProfile,
    private readonly personalData: PersonalData,
    private readonly wellbeing: WellbeingJournal,
  ) {
    super(dialogIds.myData);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const person = await this.profile.get(dc.context);
    const record = person.consent === undefined ? undefined : await this.wellbeing.get(dc.context);
    await dc.context.sendActivity(describeHeldData(person, record));
    await dc.context.sendActivity(choiceReply('What would you like to do?', labels));
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const chosen = matchChoice(dc.context.activity.text, choices);
    switch (chosen) {
      case 'export':
        await dc.context.sendActivity(exportReply(await this.personalData.exportDocument(dc.context)));
        return dc.endDialog();
      case 'delete':
        return dc.replaceDialog(dialogIds.erase, { reason: 'deleted' });
      case 'withdraw':
        return dc.replaceDialog(dialogIds.erase, { reason: 'consent-withdrawn' });
      case 'menu':
        return dc.endDialog();
      case undefined:
        await dc.context.sendActivity(choiceReply("Sorry, I didn't catch that. Please choose one, or type its number:", labels));
        return Dialog.EndOfTurn;
    }
  }

  override async repromptDialog(context: TurnContext): Promise<void> {
    await context.sendActivity(choiceReply('What would you like to do with your data?', labels));
  }
}

/** What is held, in plain words. */
export function describeHeldData(person: PersonView, wellbeing: WellbeingRecord | undefined): string {
  if (person.consent === undefined) {
    return [
      "You haven't agreed to me saving anything, so I hold nothing about you apart from where we are in this chat (which is deleted if you ask).",
    ].join('\n');
  }
  const given = person.consent.givenAt.slice(0, 10);
  return [
    'This is what I hold about you:',
    `- Your agreement to saving, given on ${given} (wording version ${person.consent.wordingVersion}).`,
    person.area === undefined
      ? '- No area yet.'
      : person.area === 'elsewhere'
        ? '- Your area: somewhere other than the Living Well sites.'
        : `- Your area: ${siteById(person.area).name}.`,
    ...describeWellbeing(wellbeing),
    '- Where we are in this chat, and whether you told me about a difficult time, so I can check in gently.',
    'Outside web chat I do not keep the messages you type; web chat keeps this conversation for a limited time so you can come back to it.',
  ].join('\n');
}

function describeWellbeing(record: WellbeingRecord | undefined): string[] {
  if (record === undefined) return [];
  const ratings = record.goals.reduce((total, goal) => total + goal.ratings.length, 0);
  const answers = record.ons4.length + record.connection.length;
  return [
    record.goals.length === 0 ? '- No goals yet.' : `- ${plural(record.goals.length, 'goal')} in your words, with ${plural(ratings, 'rating')} and any notes you added.`,
    ...(answers === 0 ? [] : [`- Your answers to the wellbeing questions (${plural(answers, 'time')}).`]),
    ...(record.preferences === undefined ? [] : ['- How often and when you would like to be asked to check in.']),
  ];
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
