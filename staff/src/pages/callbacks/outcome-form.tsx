import { Button, Checkbox, Field, Input, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { contactOutcomeLabels, contactOutcomes, supportOfferedCodes, supportOfferedLabels } from '../../../../src/domain/callbacks/callback-outcome';
import { fieldProblem } from '../../components/field-problem';
import { ProblemBar } from '../../components/problem-bar';
import { useUnsavedChanges } from '../../components/use-unsaved-changes';
import type { PageProps } from '../../page-props';
import { checkOutcomeForm, emptyOutcomeForm, type OutcomeFormValues } from './callback-steps';
import { shownOutcomeSchema, type CallbackDetails } from './callback-schemas';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '36rem' },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

/** The outcome form's starting values: what was recorded, or nothing chosen yet. */
function startingValues(outcome: CallbackDetails['outcome']): OutcomeFormValues {
  if (outcome === null) return emptyOutcomeForm;
  return { contactOutcome: outcome.contactOutcome, supportOffered: outcome.supportOffered, goalsAgreed: String(outcome.goalsAgreed) };
}

/**
 * The outcome prompt's questions, as in Teams (how the contact went, the support offered, the
 * goals agreed), checked as they are answered with the API's own schema. Saving again replaces
 * the outcome (a review already recorded is kept).
 */
export function OutcomeForm(props: { readonly client: PageProps['client']; readonly request: CallbackDetails; readonly onSaved: () => void; readonly onCancel: () => void }) {
  const styles = useStyles();
  const [values, setValues] = useState<OutcomeFormValues>(startingValues(props.request.outcome));
  const [touched, setTouched] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const confirmLeave = useUnsavedChanges(touched);
  const checked = checkOutcomeForm(values);
  const problem = (field: string) => (touched && !checked.ok ? checked.problems[field] : undefined) ?? fieldProblem(error, field);
  const change = (next: Partial<OutcomeFormValues>) => {
    setValues({ ...values, ...next });
    setTouched(true);
  };

  const save = async () => {
    setTouched(true);
    if (!checked.ok) return;
    setSaving(true);
    setError(undefined);
    try {
      await props.client.send('POST', `callbacks/${encodeURIComponent(props.request.id)}/outcome`, checked.answers, shownOutcomeSchema);
      setTouched(false);
      props.onSaved();
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className={styles.form}
      aria-label={`Outcome of ${props.request.reference}`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {error === undefined ? null : <ProblemBar title="The outcome was not saved." error={error} />}
      <Field label="How did the contact go?" required validationMessage={problem('contactOutcome') ?? null} validationState={problem('contactOutcome') === undefined ? 'none' : 'error'}>
        <RadioGroup value={values.contactOutcome} onChange={(_, data) => change({ contactOutcome: data.value })}>
          {contactOutcomes.map((code) => (
            <Radio key={code} value={code} label={contactOutcomeLabels[code]} />
          ))}
        </RadioGroup>
      </Field>
      <fieldset style={{ border: 'none', margin: 0, padding: 0 }}>
        <legend>Support offered (tick any)</legend>
        {supportOfferedCodes.map((code) => (
          <Checkbox
            key={code}
            label={supportOfferedLabels[code]}
            checked={values.supportOffered.includes(code)}
            onChange={(_, data) => change({ supportOffered: data.checked === true ? [...values.supportOffered, code] : values.supportOffered.filter((ticked) => ticked !== code) })}
          />
        ))}
      </fieldset>
      <Field label="Goals agreed (0 to 5)" validationMessage={problem('goalsAgreed') ?? null} validationState={problem('goalsAgreed') === undefined ? 'none' : 'error'}>
        <Input type="number" inputMode="numeric" min={0} max={5} value={values.goalsAgreed} onChange={(_, data) => change({ goalsAgreed: data.value })} />
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit" disabled={saving}>
          {saving ? 'Saving…' : 'Save outcome'}
        </Button>
        <Button
          onClick={() => {
            if (confirmLeave()) props.onCancel();
          }}
        >
          Cancel
        </Button>
      </div>
    </form>
  );
}
