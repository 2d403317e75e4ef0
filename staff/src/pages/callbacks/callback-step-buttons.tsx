import { Button, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { z } from 'zod';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ProblemBar } from '../../components/problem-bar';
import type { PageProps } from '../../page-props';
import { stepLabels, stepsFor, type CallbackStep } from './callback-steps';
import type { CallbackDetails } from './callback-schemas';

const useStyles = makeStyles({
  buttons: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

/** What each confirmation asks. */
const questions: Readonly<Record<Exclude<CallbackStep, 'outcome'>, { title: (reference: string) => string; text: string }>> = {
  claim: { title: (reference) => `Claim ${reference}?`, text: 'You will be the one to call this person back. The Teams cards will show you claimed it.' },
  contacted: { title: (reference) => `Mark ${reference} as contacted?`, text: 'Only once you have spoken to the person or tried to. Then record the outcome.' },
  close: { title: (reference) => `Close ${reference}?`, text: 'Closing ends the request: it cannot be opened again.' },
};

/**
 * The steps the request allows, each asked about first: claim, mark as contacted, close (with an
 * optional reason), and the outcome form. A refusal says why ("Already claimed by Sam at 10:42").
 */
export function CallbackStepButtons(props: { readonly client: PageProps['client']; readonly request: CallbackDetails; readonly onChanged: () => void; readonly onOutcome: () => void }) {
  const styles = useStyles();
  const [asking, setAsking] = useState<Exclude<CallbackStep, 'outcome'> | undefined>(undefined);
  // The dialog stays mounted (open or not) so Fluent can hand focus back and un-hide the page.
  const [shown, setShown] = useState<Exclude<CallbackStep, 'outcome'>>('claim');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ step: CallbackStep; error: unknown } | undefined>(undefined);
  const steps = stepsFor(props.request);

  const take = async (step: Exclude<CallbackStep, 'outcome'>) => {
    setBusy(true);
    setError(undefined);
    try {
      const body = step === 'close' && reason.trim() !== '' ? { reason: reason.trim() } : {};
      await props.client.send('POST', `callbacks/${encodeURIComponent(props.request.id)}/${step}`, body, z.unknown());
      setReason('');
      props.onChanged();
    } catch (caught) {
      setError({ step, error: caught });
      // What changed under us is shown as it now is.
      props.onChanged();
    } finally {
      setBusy(false);
      setAsking(undefined);
    }
  };

  return (
    <>
      {error === undefined ? null : <ProblemBar title={`Could not ${stepLabels[error.step].toLowerCase()}.`} error={error.error} />}
      <div className={styles.buttons} hidden={steps.length === 0}>
        {steps.map((step) => (
          <Button key={step} appearance={step === steps[0] ? 'primary' : 'secondary'} onClick={() => {
              if (step === 'outcome') return props.onOutcome();
              setShown(step);
              setAsking(step);
            }}>
            {stepLabels[step]}
          </Button>
        ))}
      </div>
      <ConfirmDialog open={asking !== undefined} title={questions[shown].title(props.request.reference)} confirmLabel={stepLabels[shown]} busy={busy} onConfirm={() => void take(shown)} onCancel={() => setAsking(undefined)}>
        <p>{questions[shown].text}</p>
        {shown === 'close' ? (
          <Field label="Why (optional, kept with the request, not in the audit trail)">
            <Textarea value={reason} maxLength={500} onChange={(_, data) => setReason(data.value)} />
          </Field>
        ) : null}
      </ConfirmDialog>
    </>
  );
}
