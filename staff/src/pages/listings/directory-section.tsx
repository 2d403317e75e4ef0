import { Button, Field, Input, Select, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiClient } from '../../api-client';
import { FormSection } from './form-section';
import { directoryReportSchema, directorySchedules, directorySettingsSchema, type DirectoryReport, type DirectorySchedule, type DirectorySettings } from './import-schemas';
import { ImportReportView } from './import-report-view';
import { britishDateTime } from '../../british-time';
import { ProblemBar } from '../../components/problem-bar';
import { useLoaded } from '../../use-loaded';

const useStyles = makeStyles({ actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM } });

const scheduleLabels: Readonly<Record<DirectorySchedule, string>> = { off: 'Off: only when I press Pull now', daily: 'Every day', weekly: 'Every week' };

/**
 * Pull listings from a directory's Open Referral API: its address and how often, a preview of what
 * would change, "Pull now", and the last pull's report. Settings are saved before a preview or a pull.
 */
export function DirectorySection(props: { readonly client: ApiClient }) {
  const styles = useStyles();
  const { loaded } = useLoaded(() => props.client.get('directory', directorySettingsSchema), 'directory');
  // The settings as last saved here (the PUT's answer), over those loaded.
  const [saved, setSaved] = useState<DirectorySettings | undefined>();
  const [baseUrl, setBaseUrl] = useState<string | undefined>();
  const [schedule, setSchedule] = useState<DirectorySchedule | undefined>();
  const [report, setReport] = useState<{ readonly report: DirectoryReport; readonly done: boolean } | undefined>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>();

  if (loaded.state === 'loading') return <Spinner size="tiny" label="Loading the directory settings…" />;
  if (loaded.state === 'failed') {
    return (
      <FormSection id="import-directory" title="Pull from a directory">
        <ProblemBar title="The directory settings could not be loaded." error={loaded.error} />
      </FormSection>
    );
  }
  const settings = saved ?? loaded.value;
  const url = baseUrl ?? settings.baseUrl ?? '';
  const often = schedule ?? settings.schedule;
  const changed = url !== (settings.baseUrl ?? '') || often !== settings.schedule;

  const act = async (what: 'save' | 'preview' | 'pull') => {
    setBusy(true);
    setProblem(undefined);
    try {
      if (changed) {
        setSaved(await props.client.send('PUT', 'directory', { baseUrl: url.trim() === '' ? null : url.trim(), schedule: often }, directorySettingsSchema));
        setBaseUrl(undefined);
        setSchedule(undefined);
      }
      if (what !== 'save') {
        const answer = await props.client.send('POST', `directory/${what}`, {}, directoryReportSchema);
        setReport({ report: answer, done: what === 'pull' });
      }
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  };
  const last = settings.lastRun ?? undefined;
  return (
    <FormSection id="import-directory" title="Pull from a directory">
      <Text>Listings from a council or charity directory that publishes an Open Referral API. Only changed listings are updated.</Text>
      <Field label="Directory address" hint="The API's base address, like https://directory.example.org/api (its /services is read).">
        <Input type="url" value={url} onChange={(_, data) => setBaseUrl(data.value)} />
      </Field>
      <Field label="Pull automatically">
        <Select value={often} onChange={(_, data) => setSchedule(directorySchedules.find((value) => value === data.value) ?? 'off')}>
          {directorySchedules.map((value) => (
            <option key={value} value={value}>
              {scheduleLabels[value]}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.actions}>
        <Button disabled={busy || !changed} onClick={() => void act('save')}>
          Save settings
        </Button>
        <Button disabled={busy || url.trim() === ''} onClick={() => void act('preview')}>
          Preview changes
        </Button>
        <Button appearance="primary" disabled={busy || url.trim() === ''} onClick={() => void act('pull')}>
          Pull now
        </Button>
      </div>
      {problem !== undefined && <ProblemBar title="That did not work." error={problem} />}
      {report !== undefined && (
        <>
          <Text weight="semibold">{`${report.done ? 'Pulled' : 'Previewed'} ${britishDateTime(report.report.at)}: ${report.report.fetched} records read.`}</Text>
          {report.report.error !== undefined && <Text>{report.report.error}</Text>}
          <ImportReportView report={report.report} unchanged={report.report.unchanged} done={report.done} headingLevel="h3" />
        </>
      )}
      {report === undefined && last !== undefined && (
        <>
          <Text weight="semibold">{`Last pull ${britishDateTime(last.at)}: ${last.fetched} records read.`}</Text>
          {last.error !== undefined && <Text>{last.error}</Text>}
          <ImportReportView report={last} unchanged={last.unchanged} done headingLevel="h3" />
        </>
      )}
      {report === undefined && last === undefined && <Text>No pull yet.</Text>}
    </FormSection>
  );
}
