import { type DialogContext, type DialogTurnResult } from '../src/dialog-runtime';
import { z } from 'zod';
import {
  defaultQuietHours,
  describeCheckInPreferences,
  frequencyChoices,
  matchFrequency,
  matchQuietHours,
  matchTimeOfDay,
  quietHoursChoices,
  timeOfDayChoices,
} from '../src/domain/wellbeing/check-in-preferences';
import { setPreferences } from '../src/domain/wellbeing/wellbeing-changes';
import type { CheckInPreferences, QuietHours } from '../src/domain/wellbeing/wellbeing-record';
import { choiceReply } from './choice-reply';
import type { WellbeingJournal } from './dialog-services';
import { readDialogState } from './dialog-state';
import { StepDialog, type Question } from './step-dialog';
import { dialogIds } from './ids';

const frequencySchema = z.enum(['weekly', 'fortnightly', 'monthly', 'never']);
const timeOfDaySchema = z.enum(['morning', 'afternoon', 'evening', 'any']);

const stateSchema = z.discriminatedUnion('step', [
  z.object({ step: z.literal('frequency') }),
  z.object({ step: z.literal('time'), frequency: frequencySchema }),
  z.object({ step: z.literal('quiet'), frequency: frequencySchema, timeOfDay: timeOfDaySchema }),
]);
type State = z.infer<typeof stateSchema>;

/**
 * How often and when the person wants to be asked to check in, and their quiet hours
 * (Europe/London). Saving plans the next reminder (the wellbeing journal does); the reply says
 * where reminders come, as far as the channel can send them.
 */
export class CheckInSettingsDialog extends StepDialog<State> {
  protected readonly stateSchema = stateSchema;

  constructor(private readonly journal: WellbeingJournal) {
    super(dialogIds.checkInSettings);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const current = (await this.journal.get(dc.context)).preferences;
    await dc.context.sendActivity(
      current === undefined
        ? "Let's set how often I ask about your goals."
        : `At the moment: ${describeCheckInPreferences(current)}. Let's go through it again.`,
    );
    return this.ask(dc, { step: 'frequency' });
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = readDialogState(dc, stateSchema) ?? { step: 'frequency' };
    const text = dc.context.activity.text;
    switch (state.step) {
      case 'frequency': {
        const frequency = matchFrequency(text);
        if (frequency === undefined) return this.askAgain(dc, state);
        if (frequency === 'never') {
          const current = (await this.journal.get(dc.context)).preferences;
          return this.save(dc, frequency, current?.timeOfDay ?? 'any', current?.quietHours ?? defaultQuietHours);
        }
        return this.ask(dc, { step: 'time', frequency });
      }
      case 'time': {
        const timeOfDay = matchTimeOfDay(text);
        if (timeOfDay === undefined) return this.askAgain(dc, state);
        return this.ask(dc, { step: 'quiet', frequency: state.frequency, timeOfDay });
      }
      case 'quiet': {
        const quiet = matchQuietHours(text);
        if (quiet === undefined) return this.askAgain(dc, state, "Sorry, I didn't catch those times.");
        return this.save(dc, state.frequency, state.timeOfDay, quiet);
      }
    }
  }

  private async save(
    dc: DialogContext,
    frequency: CheckInPreferences['frequency'],
    timeOfDay: CheckInPreferences['timeOfDay'],
    quietHours: QuietHours | null,
  ): Promise<DialogTurnResult> {
    const saved = await this.journal.update(dc.context, (current, at) => {
      const preferences: CheckInPreferences = { frequency, timeOfDay, quietHours, updatedAt: at };
      return { record: setPreferences(current, preferences), result: preferences };
    });
    await dc.context.sendActivity(
      saved.frequency === 'never'
        ? "Okay, I won't send check-in reminders. You can still type \"check in\" whenever you like."
        : `Saved: ${describeCheckInPreferences(saved)}. ${remindersWhere(dc.context.activity.channelId)} You can also type "check in" whenever you like.`,
    );
    return dc.endDialog();
  }


  protected question(state: State): Question {
    return questionFor(state);
  }
}

/** Where reminders come: by text on SMS, in the chat on web chat; other channels cannot send unasked. */
function remindersWhere(channelId: string): string {
  if (channelId === 'sms') return "I'll text you a short reminder when it's time.";
  if (channelId === 'webchat') return "I'll leave a short reminder here in the chat when it's time.";
  return 'Reminders come by text or in the web chat; here, type "check in" when it suits you.';
}

function questionFor(state: State) {
  switch (state.step) {
    case 'frequency':
      return choiceReply('How often would you like me to ask how your goals are going?', frequencyChoices.map((choice) => choice.label));
    case 'time':
      return choiceReply('What time of day suits you best? (UK time)', timeOfDayChoices.map((choice) => choice.label));
    case 'quiet':
      return choiceReply(
        `Are there times I should never message you? Type them like "10pm to 8am", or choose one.`,
        quietHoursChoices.map((choice) => choice.label),
      );
  }
}
