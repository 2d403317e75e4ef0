import { Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { britishDateInWords } from '../../../../src/domain/local-date';
import { closureHoursWords, type ClosureRow } from './team-form-values';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyle: 'none' },
});

/**
 * Extra closures and changed days (training days, a short Christmas Eve): a date and the reason
 * people are told ("Closed now (Staff training)."). New ones are closed all day; hours saved on a
 * day are kept and shown.
 */
export function ClosuresEditor(props: { readonly rows: readonly ClosureRow[]; readonly problem: (field: string) => string | undefined; readonly onChange: (rows: ClosureRow[]) => void }) {
  const styles = useStyles();
  const set = (index: number, change: Partial<ClosureRow>) => props.onChange(props.rows.map((row, at) => (at === index ? { ...row, ...change } : row)));
  const validation = (field: string) => ({ validationMessage: props.problem(field) ?? null, validationState: props.problem(field) === undefined ? ('none' as const) : ('error' as const) });
  return (
    <fieldset style={{ border: 'none', margin: 0, padding: 0 }}>
      <legend>Extra closures and changed days</legend>
      {props.rows.length === 0 ? <Text as="p">None.</Text> : null}
      <ul className={styles.list}>
        {props.rows.map((row, index) => (
          <li key={index} className={styles.row}>
            <Field label="Date" {...validation(`exceptions[${index}].date`)}>
              <Input type="date" value={row.date} onChange={(_, data) => set(index, { date: data.value })} />
            </Field>
            <Field label="Reason people are told" {...validation(`exceptions[${index}].reason`)}>
              <Input value={row.reason} maxLength={80} onChange={(_, data) => set(index, { reason: data.value })} />
            </Field>
            <Text>
              {/^\d{4}-\d{2}-\d{2}$/.test(row.date) ? `${britishDateInWords(`${row.date}T12:00:00.000Z`)}: ` : ''}
              {closureHoursWords(row.periods)}
            </Text>
            <Button onClick={() => props.onChange(props.rows.filter((_, at) => at !== index))}>Remove {row.date === '' ? 'this closure' : row.date}</Button>
          </li>
        ))}
      </ul>
      <Button onClick={() => props.onChange([...props.rows, { date: '', reason: '', periods: [] }])}>Add a closure</Button>
    </fieldset>
  );
}
