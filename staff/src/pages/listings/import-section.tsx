import { Button, Field, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { ApiClient } from '../../api-client';
import { FormSection } from './form-section';
import { importReportSchema, type ImportReport } from './import-schemas';
import { importContentType, listingsCount, listingsToSave } from './import-summary';
import { ImportReportView } from './import-report-view';
import { ProblemBar } from '../../components/problem-bar';

const useStyles = makeStyles({
  file: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

interface Source {
  readonly fileName?: string;
  readonly text: string;
}

/**
 * Import listings from a CSV or HSDS JSON file (or pasted text): a preview first (the import's dry
 * run: nothing saved), then "Import N listings" saves and shows what was done.
 */
export function ImportSection(props: { readonly client: ApiClient }) {
  const styles = useStyles();
  const fileId = useId();
  const [source, setSource] = useState<Source>({ text: '' });
  const [preview, setPreview] = useState<ImportReport | undefined>();
  const [result, setResult] = useState<ImportReport | undefined>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>();

  const choose = (next: Source) => {
    setSource(next);
    setPreview(undefined);
    setResult(undefined);
    setProblem(undefined);
  };
  const run = async (dryRun: boolean) => {
    setBusy(true);
    setProblem(undefined);
    try {
      const report = await props.client.upload(`activities/import${dryRun ? '?dryRun=true' : ''}`, importContentType(source.fileName, source.text), source.text, importReportSchema);
      if (dryRun) setPreview(report);
      else {
        setResult(report);
        setPreview(undefined);
      }
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  };
  const toSave = preview === undefined ? 0 : listingsToSave(preview);
  return (
    <FormSection id="import-file" title="Import listings">
      <Text>A CSV file with the export&apos;s columns, or Open Referral (HSDS) JSON. You see what would change before anything is saved.</Text>
      <div className={styles.file}>
        <label htmlFor={fileId}>Choose a file</label>
        <input
          id={fileId}
          type="file"
          accept=".csv,.json,text/csv,application/json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file !== undefined) void file.text().then((text) => choose({ fileName: file.name, text }));
          }}
        />
      </div>
      <Field label="Or paste the CSV or JSON here">
        <Textarea value={source.fileName === undefined ? source.text : ''} resize="vertical" rows={6} onChange={(_, data) => choose({ text: data.value })} />
      </Field>
      {source.fileName !== undefined && <Text>{`Chosen: ${source.fileName}`}</Text>}
      <div className={styles.actions}>
        <Button disabled={busy || source.text.trim() === ''} onClick={() => void run(true)}>
          Preview import
        </Button>
        {preview !== undefined && (
          <Button appearance="primary" disabled={busy || toSave === 0} onClick={() => void run(false)}>
            {`Import ${listingsCount(toSave)}`}
          </Button>
        )}
      </div>
      {problem !== undefined && <ProblemBar title="The import did not work." error={problem} />}
      {preview !== undefined && <ImportReportView report={preview} unchanged={preview.unchanged.length} done={false} headingLevel="h3" />}
      {result !== undefined && <ImportReportView report={result} unchanged={result.unchanged.length} done headingLevel="h3" />}
    </FormSection>
  );
}
