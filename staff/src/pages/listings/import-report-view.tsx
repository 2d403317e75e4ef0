import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { z } from 'zod';
import type { importRowsSchema } from './import-schemas';
import { listingsCount, rowLabel } from './import-summary';

const useStyles = makeStyles({
  report: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { marginTop: 0 },
});

type ImportRows = z.infer<typeof importRowsSchema>;

/**
 * What an import or a directory pull does (or did), list by list: new listings, changed ones (with
 * the fields), unchanged ones, rejected rows with each reason, and those imported as "needs a kind".
 * `headingLevel` keeps the page's heading order.
 */
export function ImportReportView(props: { readonly report: ImportRows; readonly unchanged: number; readonly done: boolean; readonly headingLevel: 'h2' | 'h3' }) {
  const styles = useStyles();
  const { report } = props;
  const Heading = props.headingLevel;
  return (
    <div className={styles.report}>
      <Text role="status">
        {props.done ? 'Done: ' : 'Preview: '}
        {report.create.length} new, {report.update.length} changed, {props.unchanged} unchanged, {report.reject.length} rejected
        {report.needsKind.length > 0 ? `; ${report.needsKind.length} of them ${report.needsKind.length === 1 ? 'needs' : 'need'} a kind` : ''}.
        {props.done ? '' : ' Nothing has been saved yet.'}
      </Text>
      {report.create.length > 0 && (
        <>
          <Heading>{`New listings ${props.done ? 'added' : 'to add'} (${report.create.length})`}</Heading>
          <ul className={styles.list}>
            {report.create.map((row, index) => (
              <li key={`${String(row.row)}-${index}`}>
                {rowLabel(row.row)}: {row.name ?? 'no name'}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.update.length > 0 && (
        <>
          <Heading>{`Listings ${props.done ? 'updated' : 'to update'} (${report.update.length})`}</Heading>
          <ul className={styles.list}>
            {report.update.map((row, index) => (
              <li key={`${String(row.row)}-${index}`}>
                {rowLabel(row.row)}: {row.name ?? 'no name'}
                {row.changes.length > 0 ? `: changes ${row.changes.join(', ')}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.reject.length > 0 && (
        <>
          <Heading>{`Rejected: not imported (${report.reject.length})`}</Heading>
          <ul className={styles.list}>
            {report.reject.map((row, index) => (
              <li key={`${String(row.row)}-${index}`}>
                {rowLabel(row.row)}
                {row.name === undefined ? '' : ` (${row.name})`}:
                <ul>
                  {row.errors.map((error) => (
                    <li key={`${error.field}:${error.message}`}>
                      {error.field}: {error.message}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
      {report.needsKind.length > 0 && (
        <>
          <Heading>{`Needs a kind: ${props.done ? 'imported' : 'will be imported'} and flagged for review (${report.needsKind.length})`}</Heading>
          <Text>No term of these is mapped to one of our categories yet. Map the terms on the Taxonomy page.</Text>
          <ul className={styles.list}>
            {report.needsKind.map((row, index) => (
              <li key={`${String(row.row)}-${index}`}>
                {rowLabel(row.row)}: {row.name ?? 'no name'}
                {row.terms.length > 0 ? `: terms ${row.terms.join(', ')}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {props.unchanged > 0 && <Text>{`${listingsCount(props.unchanged)} unchanged.`}</Text>}
    </div>
  );
}
