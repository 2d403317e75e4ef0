import { Button, Link, MessageBar, MessageBarBody, MessageBarTitle, Text, Title2, Toast, ToastTitle, Toaster, makeStyles, tokens, useId, useToastController } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { ApiClient } from '../../api-client';
import { ApiError } from '../../api-error';
import { formatPath } from '../../../../src/domain/field-problems';
import { fieldName } from './field-names';
import { JoiningFields } from './joining-fields';
import { ListingAboutFields } from './listing-about-fields';
import { ListingAudit } from './listing-audit';
import type { ListingFormBinding } from './listing-form-binding';
import { checkListing, hasChanges, withValueAt, type ListingValues, type ValuePath } from './listing-form-values';
import { LocationsEditor } from './locations-editor';
import { listingSchema } from './overview-schemas';
import { problemText } from '../../components/problem-bar';
import { RetireRestoreButton } from './retire-restore-button';
import { SchedulesEditor } from './schedules-editor';
import { useUnsavedChanges } from '../../components/use-unsaved-changes';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
});

/**
 * The listing form: checked as you type with the API's own schema (problems shown at a field once
 * it is changed, and all of them when saving), saved with POST (new) or PUT, with a warning before
 * unsaved changes are lost, retire/restore and the listing's history.
 */
export function ListingEditor(props: {
  readonly client: ApiClient;
  readonly initial: ListingValues;
  readonly isNew: boolean;
  readonly today: string;
  readonly newId: () => string;
  readonly navigate: (path: string) => void;
}) {
  const styles = useStyles();
  const toasterId = useId('listing-toasts');
  const { dispatchToast } = useToastController(toasterId);
  const [saved, setSaved] = useState(props.initial);
  const [values, setValues] = useState(props.initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const [serverErrors, setServerErrors] = useState<Readonly<Record<string, string>>>({});
  const [saving, setSaving] = useState(false);
  const [version, setVersion] = useState(0);
  const [focusProblem, setFocusProblem] = useState(0);

  const checked = useMemo(() => checkListing(values), [values]);
  const errors: Readonly<Record<string, string>> = { ...(checked.ok ? {} : checked.errors), ...serverErrors };
  const dirty = hasChanges(saved, values);
  useUnsavedChanges(dirty);

  // After a save with problems, go to the first field with one (keyboard and screen reader users land on it).
  useEffect(() => {
    if (focusProblem === 0) return;
    document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusProblem]);

  const shown = (key: string) => showAll || touched.has(key) || [...touched].some((other) => sameRecord(other, key));
  const form: ListingFormBinding = {
    values,
    errorOf: (key) => (shown(key) ? errors[key] : undefined),
    set: (path: ValuePath, value: unknown) => {
      setValues((current) => withValueAt(current, path, value));
      setTouched((current) => new Set(current).add(formatPath(path)));
      setServerErrors({});
    },
  };
  const schedulesValid = !Object.keys(errors).some((key) => key.startsWith('schedules'));

  const save = async () => {
    if (!checked.ok) {
      setShowAll(true);
      setFocusProblem((count) => count + 1);
      return;
    }
    setSaving(true);
    try {
      const id = encodeURIComponent(String(values['id']));
      const listing = props.isNew
        ? await props.client.send('POST', 'activities', checked.listing, listingSchema)
        : await props.client.send('PUT', `activities/${id}`, checked.listing, listingSchema);
      setSaved(listing);
      setValues(listing);
      setVersion((count) => count + 1);
      dispatchToast(
        <Toast>
          <ToastTitle>Saved.</ToastTitle>
        </Toast>,
        { intent: 'success', politeness: 'polite' },
      );
      if (props.isNew) props.navigate(`/listings/${listing.id}`);
    } catch (error) {
      if (error instanceof ApiError && error.fields.length > 0) {
        setServerErrors(Object.fromEntries(error.fields.map((field) => [field.field.replace(/^body\./, ''), field.message])));
        setShowAll(true);
        setFocusProblem((count) => count + 1);
      }
      dispatchToast(
        <Toast>
          <ToastTitle>{`Not saved: ${problemText(error)}`}</ToastTitle>
        </Toast>,
        { intent: 'error', politeness: 'assertive' },
      );
    } finally {
      setSaving(false);
    }
  };

  const status = typeof saved['status'] === 'string' ? saved['status'] : 'active';
  const problems = Object.entries(errors);
  const title = props.isNew ? 'New listing' : typeof saved['name'] === 'string' && saved['name'] !== '' ? saved['name'] : 'Listing';
  return (
    <section className={styles.page} aria-labelledby="listing-title">
      <Toaster toasterId={toasterId} position="top-end" />
      <div>
        <Link href="#/listings">Back to listings</Link>
      </div>
      <Title2 as="h1" id="listing-title">
        {title}
      </Title2>
      {showAll && problems.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{problems.length === 1 ? 'One thing to fix before saving:' : `${problems.length} things to fix before saving:`}</MessageBarTitle>
            <ul>
              {problems.map(([key, message]) => (
                <li key={key}>
                  {fieldName(key)}: {message}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <ListingAboutFields form={form} today={props.today} />
      <LocationsEditor form={form} newId={props.newId} />
      <SchedulesEditor form={form} client={props.client} newId={props.newId} today={props.today} schedulesValid={schedulesValid} />
      <JoiningFields form={form} newId={props.newId} />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={saving} onClick={() => void save()}>
          {saving ? 'Saving…' : props.isNew ? 'Save new listing' : 'Save changes'}
        </Button>
        {!props.isNew && (
          <RetireRestoreButton
            client={props.client}
            listingId={String(saved['id'])}
            status={status}
            toasterId={toasterId}
            onChanged={(listing) => {
              setSaved((current) => ({ ...current, status: listing.status }));
              setValues((current) => ({ ...current, status: listing.status }));
              setVersion((count) => count + 1);
            }}
          />
        )}
        <Text role="status">{dirty ? 'You have unsaved changes.' : 'All changes saved.'}</Text>
      </div>
      {!props.isNew && <ListingAudit client={props.client} listingId={String(saved['id'])} version={version} />}
    </section>
  );
}

/** True when two fields are in the same record (`schedules[0].opens_at` and `schedules[0].closes_at`), so a change to one shows the other's problem. */
function sameRecord(a: string, b: string): boolean {
  const parentOf = (key: string) => key.slice(0, Math.max(0, key.lastIndexOf('.')));
  return parentOf(a) !== '' && parentOf(a) === parentOf(b);
}
