import { Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ApiClient } from '../../api-client';
import { schedulePreviewSchema, type SchedulePreview } from './overview-schemas';
import { problemText } from '../../components/problem-bar';

const useStyles = makeStyles({
  panel: {
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/** How long typing must pause before the sessions are worked out again. */
const settleMs = 400;

type PreviewState = { readonly state: 'waiting' } | { readonly state: 'loading' } | { readonly state: 'shown'; readonly preview: SchedulePreview } | { readonly state: 'failed'; readonly message: string };

/**
 * The schedules in words and their next five sessions, from the service (which knows the bank
 * holidays), worked out again once typing pauses. Shown only when the schedules are valid.
 */
export function SchedulePreviewPanel(props: { readonly client: ApiClient; readonly schedules: unknown; readonly valid: boolean }) {
  const styles = useStyles();
  const [preview, setPreview] = useState<PreviewState>({ state: 'waiting' });
  const key = JSON.stringify(props.schedules);
  useEffect(() => {
    if (!props.valid) {
      setPreview({ state: 'waiting' });
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      setPreview({ state: 'loading' });
      props.client.send('POST', 'activities/schedule-preview', { schedules: props.schedules }, schedulePreviewSchema).then(
        (answer) => current && setPreview({ state: 'shown', preview: answer }),
        (error: unknown) => current && setPreview({ state: 'failed', message: problemText(error) }),
      );
    }, settleMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // The schedules are compared by their JSON, not by identity.
  }, [key, props.valid]);

  return (
    <section className={styles.panel} aria-live="polite" aria-labelledby="schedule-preview-title">
      <Text as="h3" weight="semibold" id="schedule-preview-title" block>
        When people will see it
      </Text>
      {preview.state === 'waiting' && <Text block>Fill in the schedule to see its sessions.</Text>}
      {preview.state === 'loading' && <Spinner size="tiny" label="Working out the sessions…" />}
      {preview.state === 'failed' && <Text block>The sessions could not be worked out: {preview.message}</Text>}
      {preview.state === 'shown' && (
        <>
          <Text block>{preview.preview.description}</Text>
          {preview.preview.nextSessions.length === 0 ? (
            <Text block>No sessions coming up.</Text>
          ) : (
            <>
              <Text block>Next sessions:</Text>
              <ol aria-label="Next sessions">
                {preview.preview.nextSessions.map((session) => (
                  <li key={session}>{session}</li>
                ))}
              </ol>
            </>
          )}
        </>
      )}
    </section>
  );
}
