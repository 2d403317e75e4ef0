import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { formatPath } from '../../../../src/domain/field-problems';
import { CheckboxGroup } from './checkbox-group';
import type { ListingFormBinding } from './listing-form-binding';
import { bydayOf, dayChoiceOf, weekOfMonthChoices, weekdayChoices, type DayChoice } from './schedule-days';
import { TextValueField } from './text-value-field';

const useStyles = makeStyles({
  schedule: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  pair: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

const weekdayOptions = weekdayChoices.map((choice, index) => ({ value: index + 1, label: choice.name }));
const weekOptions = weekOfMonthChoices.map((choice) => ({ value: choice.ordinal, label: choice.name }));

/** One schedule: how often, on which days, at what times, from and until when. */
export function ScheduleFields(props: {
  readonly form: ListingFormBinding;
  readonly index: number;
  readonly schedule: Readonly<Record<string, unknown>>;
  readonly onRemove?: () => void;
}) {
  const styles = useStyles();
  const { form, schedule } = props;
  const path = ['schedules', props.index] as const;
  const monthly = schedule['freq'] === 'MONTHLY';
  const byday = typeof schedule['byday'] === 'string' ? schedule['byday'] : undefined;
  const choice = dayChoiceOf(byday);
  const setDays = (next: DayChoice) => form.set([...path, 'byday'], bydayOf(next));
  const setFrequency = (freq: string) => {
    // Weekly schedules have no weeks of the month and no days of the month.
    if (freq !== 'WEEKLY') {
      form.set(path, { ...schedule, freq });
      return;
    }
    const { bymonthday: _monthDays, byday: _days, ...rest } = schedule;
    const days = choice === undefined ? byday : bydayOf({ weekdays: choice.weekdays, weeks: [] });
    form.set(path, { ...rest, freq, ...(days === undefined ? {} : { byday: days }) });
  };
  const unit = monthly ? 'months' : 'weeks';
  return (
    <div className={styles.schedule} role="group" aria-label={`Schedule ${props.index + 1}`}>
      <div className={styles.pair}>
        <Field label={`Schedule ${props.index + 1}: how often`}>
          <Select value={monthly ? 'MONTHLY' : 'WEEKLY'} onChange={(_, data) => setFrequency(data.value)}>
            <option value="WEEKLY">Weekly</option>
            <option value="MONTHLY">Monthly</option>
          </Select>
        </Field>
        <TextValueField form={form} path={[...path, 'interval']} label={`Every how many ${unit}`} kind="number" required hint={`1 for every ${monthly ? 'month' : 'week'}, 2 for every other.`} />
      </div>
      {choice === undefined ? (
        <TextValueField form={form} path={[...path, 'byday']} label="Days (as codes)" hint="Like 1MO,3TU for the first Monday and third Tuesday." />
      ) : (
        <>
          <CheckboxGroup legend="Days" options={weekdayOptions} chosen={choice.weekdays} onChange={(weekdays) => setDays({ ...choice, weekdays })} error={form.errorOf(formatPath([...path, 'byday']))} />
          {monthly && (
            <CheckboxGroup legend="Which weeks of the month" hint="Tick none for every week." options={weekOptions} chosen={choice.weeks} onChange={(weeks) => setDays({ ...choice, weeks })} />
          )}
        </>
      )}
      {monthly && <TextValueField form={form} path={[...path, 'bymonthday']} label="Days of the month" hint="Instead of weekdays, or as well: like 1, 15 (or -1 for the last day)." />}
      <div className={styles.pair}>
        <TextValueField form={form} path={[...path, 'opens_at']} label="Starts at" kind="time" required />
        <TextValueField form={form} path={[...path, 'closes_at']} label="Ends at" kind="time" required />
      </div>
      <div className={styles.pair}>
        <TextValueField form={form} path={[...path, 'dtstart']} label="First session on or after" kind="date" required />
        <TextValueField form={form} path={[...path, 'until']} label="Last session on or before" kind="date" hint="Leave empty if it carries on." />
      </div>
      <TextValueField form={form} path={[...path, 'description']} label="In your own words" hint="Optional, like: Tuesdays, 10 to 11am." />
      {props.onRemove !== undefined && (
        <div>
          <Button onClick={props.onRemove}>Remove schedule {props.index + 1}</Button>
        </div>
      )}
    </div>
  );
}
