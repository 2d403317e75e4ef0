import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiClient } from '../../api-client';
import { ProblemBar } from '../../components/problem-bar';
import { saveFile } from './save-file';

const useStyles = makeStyles({ row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS } });

const formats = [
  { format: 'csv', label: 'Export CSV', type: 'text/csv' },
  { format: 'json', label: 'Export HSDS JSON', type: 'application/json' },
] as const;

/** Downloads the site's listings as CSV (the import's columns) or HSDS JSON. */
export function ExportButtons(props: { readonly client: ApiClient }) {
  const styles = useStyles();
  const [busy, setBusy] = useState<string | undefined>();
  const [problem, setProblem] = useState<unknown>();
  const exportAs = async (format: (typeof formats)[number]) => {
    setBusy(format.format);
    setProblem(undefined);
    try {
      const file = await props.client.download(`activities/export?format=${format.format}`);
      saveFile(file.fileName, file.text, format.type);
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <>
      <div className={styles.row}>
        {formats.map((format) => (
          <Button key={format.format} disabled={busy !== undefined} onClick={() => void exportAs(format)}>
            {busy === format.format ? 'Exporting…' : format.label}
          </Button>
        ))}
      </div>
      {problem !== undefined && <ProblemBar title="Export failed." error={problem} />}
    </>
  );
}
