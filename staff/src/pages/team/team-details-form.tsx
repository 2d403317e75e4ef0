import { Button, Field, Input, MessageBar, MessageBarBody, Switch, Textarea, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { defaultReviewCadenceWeeks, type TeamDirectoryEntry } from '../../../../src/domain/team/team-directory';
import { fieldProblem } from '../../components/field-problem';
import { ProblemBar } from '../../components/problem-bar';
import { useUnsavedChanges } from '../../components/use-unsaved-changes';
import type { PageProps } from '../../page-props';
import { ClosuresEditor } from './closures-editor';
import { HoursEditor } from './hours-editor';
import { checkTeamForm, emptyTeamForm, teamFormChanged, teamFormValues, type TeamFormValues } from './team-form-values';
import { z } from 'zod';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '48rem' },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

/** The text fields, by the API's field name: label, form key, and whether it must be given. */
const textFields: ReadonlyArray<{ field: string; key: keyof TeamFormValues & string; label: string; required?: boolean; type?: 'email' | 'tel' }> = [
  { field: 'teamName', key: 'teamName', label: 'Team name', required: true },
  { field: 'phone', key: 'phone', label: 'Phone number', required: true, type: 'tel' },
  { field: 'textNumber', key: 'textNumber', label: 'Number that takes texts (optional)', type: 'tel' },
  { field: 'email', key: 'email', label: 'Email', required: true, type: 'email' },
  { field: 'address.line1', key: 'line1', label: 'Address line 1', required: true },
  { field: 'address.line2', key: 'line2', label: 'Address line 2 (optional)' },
  { field: 'address.city', key: 'city', label: 'Town or city', required: true },
  { field: 'address.postcode', key: 'postcode', label: 'Postcode', required: true },
  { field: 'languages', key: 'languages', label: 'Languages the team works in (codes, like en, pl)', required: true },
];

/**
 * Site admins: the team's details as people are told them (contact, address, weekly hours,
 * extra closures, bank holidays, languages) and the review cadence of goals, checked as they
 * are typed with the API's own schema; a warning before unsaved changes are lost.
 */
export function TeamDetailsForm(props: { readonly client: PageProps['client']; readonly siteId: string; readonly saved: TeamDirectoryEntry | undefined; readonly onSaved: () => void }) {
  const styles = useStyles();
  const start = props.saved === undefined ? emptyTeamForm : teamFormValues(props.saved);
  const [values, setValues] = useState<TeamFormValues>(start);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [savedNote, setSavedNote] = useState(false);
  const dirty = teamFormChanged(values, start);
  useUnsavedChanges(dirty);
  const checked = checkTeamForm(values, props.siteId);
  const problem = (field: string) => (dirty && !checked.ok ? checked.problems[field] : undefined) ?? fieldProblem(error, field);
  const validation = (field: string) => ({ validationMessage: problem(field) ?? null, validationState: problem(field) === undefined ? ('none' as const) : ('error' as const) });
  const change = (next: Partial<TeamFormValues>) => {
    setValues({ ...values, ...next });
    setSavedNote(false);
  };

  const save = async () => {
    if (!checked.ok) return;
    setSaving(true);
    setError(undefined);
    try {
      await props.client.send('PUT', `/api/admin/sites/${encodeURIComponent(props.siteId)}`, checked.body, z.unknown());
      setSavedNote(true);
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
      aria-labelledby="team-form-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Title3 as="h2" id="team-form-title">
        Contact details and hours
      </Title3>
      {error === undefined ? null : <ProblemBar title="The team details were not saved." error={error} />}
      {savedNote ? (
        <MessageBar intent="success" role="status">
          <MessageBarBody>Saved.</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.group}>
        {textFields.map((text) => (
          <Field key={text.field} label={text.label} required={text.required === true} {...validation(text.field)}>
            <Input type={text.type ?? 'text'} value={String(values[text.key])} onChange={(_, data) => change({ [text.key]: data.value })} />
          </Field>
        ))}
        <Field label="Notes for people (optional)" {...validation('notes')}>
          <Textarea value={values.notes} maxLength={1000} onChange={(_, data) => change({ notes: data.value })} />
        </Field>
      </div>
      <HoursEditor rows={values.hours} problem={problem} onChange={(hours) => change({ hours })} />
      <Switch
        checked={values.closedOnBankHolidays}
        label="Closed on bank holidays (a changed day below wins)"
        onChange={(_, data) => change({ closedOnBankHolidays: data.checked })}
      />
      <ClosuresEditor rows={values.closures} problem={problem} onChange={(closures) => change({ closures })} />
      <Field
        label={`Review goals every (weeks, 1 to 52; empty for ${defaultReviewCadenceWeeks})`}
        hint="How long after first contact, then after each review, the practitioner is asked in Teams how the person's goals are going."
        {...validation('reviewCadenceWeeks')}
      >
        <Input type="number" inputMode="numeric" min={1} max={52} value={values.reviewCadenceWeeks} onChange={(_, data) => change({ reviewCadenceWeeks: data.value })} />
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit" disabled={saving || !checked.ok || (!dirty && props.saved !== undefined)}>
          {saving ? 'Saving…' : 'Save team details'}
        </Button>
        <Button disabled={!dirty} onClick={() => setValues(start)}>
          Undo changes
        </Button>
      </div>
    </form>
  );
}
