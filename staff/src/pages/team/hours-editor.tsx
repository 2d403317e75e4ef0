import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { weekdayNames } from '../../../../src/domain/local-date';
import type { HoursRow } from './team-form-values';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyle: 'none' },
});

/** The weekly opening hours: one row per opening (a day may have two, a split day), each removable. */
export function HoursEditor(props: { readonly rows: readonly HoursRow[]; readonly problem: (field: string) => string | undefined; readonly onChange: (rows: HoursRow[]) => void }) {
  const styles = useStyles();
  const set = (index: number, change: Partial<HoursRow>) => props.onChange(props.rows.map((row, at) => (at === index ? { ...row, ...change } : row)));
  const validation = (field: string) => ({ validationMessage: props.problem(field) ?? null, validationState: props.problem(field) === undefined ? ('none' as const) : ('error' as const) });
  return (
    <fieldset style={{ border: 'none', margin: 0, padding: 0 }}>
      <legend>Weekly opening hours (24-hour clock, like 09:00; 24:00 is midnight)</legend>
      <ul className={styles.list}>
        {props.rows.map((row, index) => {
          const day = weekdayNames[row.weekday - 1] ?? 'Day';
          return (
            <li key={index} className={styles.row}>
              <Field label="Day" {...validation(`openingHours[${index}].weekday`)}>
                <Select value={String(row.weekday)} onChange={(_, data) => set(index, { weekday: Number(data.value) })}>
                  {weekdayNames.map((name, at) => (
                    <option key={name} value={String(at + 1)}>
                      {name}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={`Opens (${day})`} {...validation(`openingHours[${index}].opens`)}>
                <Input value={row.opens} placeholder="09:00" onChange={(_, data) => set(index, { opens: data.value })} />
              </Field>
              <Field label={`Closes (${day})`} {...validation(`openingHours[${index}].closes`)}>
                <Input value={row.closes} placeholder="17:00" onChange={(_, data) => set(index, { closes: data.value })} />
              </Field>
              <Button onClick={() => props.onChange(props.rows.filter((_, at) => at !== index))}>Remove {day}</Button>
            </li>
          );
        })}
      </ul>
      <Button onClick={() => props.onChange([...props.rows, { weekday: 1, opens: '09:00', closes: '17:00' }])}>Add opening hours</Button>
    </fieldset>
  );
}
