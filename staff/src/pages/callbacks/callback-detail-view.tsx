import { Badge, Link, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, Title2, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { britishDateTime } from '../../british-time';
import { ProblemBar } from '../../components/problem-bar';
import type { PageProps } from '../../page-props';
import { useLoaded } from '../../use-loaded';
import { statusLabels } from './callback-queue';
import { CallbackFacts, OutcomeFacts } from './callback-facts';
import { callbackDetailsSchema } from './callback-schemas';
import { CallbackStepButtons } from './callback-step-buttons';
import { OutcomeForm } from './outcome-form';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  history: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/**
 * `#/callbacks/:id`: one request's details (opening them is recorded in the audit trail): who to
 * call, the number (tap to call), the best times, what it is about, whether the person had a
 * safety reply in that conversation; its steps (claim, contacted, outcome, close, each through
 * the same service as the Teams cards), its outcome and its history.
 */
export function CallbackDetailView(props: PageProps) {
  const styles = useStyles();
  const id = props.route.params['id'] ?? '';
  const { loaded, reload } = useLoaded(() => props.client.get(`callbacks/${encodeURIComponent(id)}`, callbackDetailsSchema), `${props.siteId} ${id}`);
  const [recording, setRecording] = useState(false);

  if (loaded.state === 'loading') return <Spinner label="Loading the callback request…" />;
  if (loaded.state === 'failed') {
    return (
      <section className={styles.page}>
        <Link href="#/callbacks">All callbacks</Link>
        <ProblemBar title="Could not load this callback request." error={loaded.error} />
      </section>
    );
  }
  const request = loaded.value;
  return (
    <section className={styles.page} aria-labelledby="callback-title">
      <Link href="#/callbacks">All callbacks</Link>
      <div className={styles.heading}>
        <Title2 as="h1" id="callback-title">
          Callback {request.reference}
        </Title2>
        <Badge appearance="outline">{statusLabels[request.status]}</Badge>
        {request.overdue ? (
          <Badge appearance="tint" color="warning">
            Waiting too long
          </Badge>
        ) : null}
      </div>
      {request.safetyReplyInConversation === true ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Safety reply given.</MessageBarTitle> This person was given the safety reply (crisis numbers) in the conversation they asked from. Bear it in mind when you call.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {request.erasedAt !== undefined ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>The person deleted their data on {britishDateTime(request.erasedAt)}: only the reference and times are kept. Do not call.</MessageBarBody>
        </MessageBar>
      ) : null}
      <CallbackFacts request={request} />
      <CallbackStepButtons client={props.client} request={request} onChanged={reload} onOutcome={() => setRecording(true)} />
      {recording || request.outcome !== null ? (
        <section aria-labelledby="outcome-title">
          <Title3 as="h2" id="outcome-title">
            Outcome
          </Title3>
          {recording ? (
            <OutcomeForm
              client={props.client}
              request={request}
              onSaved={() => {
                setRecording(false);
                reload();
              }}
              onCancel={() => setRecording(false)}
            />
          ) : request.outcome === null ? null : (
            <OutcomeFacts outcome={request.outcome} />
          )}
        </section>
      ) : null}
      <section aria-labelledby="history-title">
        <Title3 as="h2" id="history-title">
          History
        </Title3>
        <ol className={styles.history}>
          {request.history.map((step) => (
            <li key={`${step.at} ${step.what}`}>
              <Text>
                {britishDateTime(step.at)}: {step.what}
              </Text>
            </li>
          ))}
        </ol>
      </section>
    </section>
  );
}
