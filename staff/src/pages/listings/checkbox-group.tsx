import { Checkbox, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';

const useStyles = makeStyles({
  group: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  options: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** A set of ticks with a legend; its problem is shown under it and read with the group. */
export function CheckboxGroup<T extends string | number>(props: {
  readonly legend: string;
  readonly options: ReadonlyArray<{ readonly value: T; readonly label: string }>;
  readonly chosen: readonly T[];
  readonly onChange: (chosen: T[]) => void;
  readonly error?: string | undefined;
  readonly hint?: string;
}) {
  const styles = useStyles();
  const errorId = useId();
  const hintId = useId();
  const describedBy = [props.hint === undefined ? '' : hintId, props.error === undefined ? '' : errorId].filter((id) => id !== '').join(' ');
  const toggle = (value: T, on: boolean) => props.onChange(on ? [...props.chosen, value] : props.chosen.filter((item) => item !== value));
  return (
    <fieldset className={styles.group} {...(describedBy === '' ? {} : { 'aria-describedby': describedBy })}>
      <legend className={styles.legend}>{props.legend}</legend>
      {props.hint !== undefined && (
        <Text id={hintId} size={200}>
          {props.hint}
        </Text>
      )}
      <div className={styles.options}>
        {props.options.map((option) => (
          <Checkbox key={String(option.value)} label={option.label} checked={props.chosen.includes(option.value)} onChange={(_, data) => toggle(option.value, data.checked === true)} />
        ))}
      </div>
      {props.error !== undefined && (
        <Text id={errorId} className={styles.error} role="alert">
          {props.error}
        </Text>
      )}
    </fieldset>
  );
}
