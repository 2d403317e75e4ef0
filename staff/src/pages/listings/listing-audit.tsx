import { Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ApiClient } from '../../api-client';
import { auditLine } from './audit-lines';
import { FormSection } from './form-section';
import { listingAuditSchema } from './overview-schemas';
import { ProblemBar } from '../../components/problem-bar';
import { useLoaded } from '../../use-loaded';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** Who changed the listing, when and what, newest first. `version` changes when the page saved something, to load it again. */
export function ListingAudit(props: { readonly client: ApiClient; readonly listingId: string; readonly version: number }) {
  const styles = useStyles();
  const { loaded } = useLoaded(() => props.client.get(`activities/${encodeURIComponent(props.listingId)}/audit`, listingAuditSchema), `${props.listingId}:${props.version}`);
  return (
    <FormSection id="listing-history" title="History">
      {loaded.state === 'loading' && <Spinner size="tiny" label="Loading the history…" />}
      {loaded.state === 'failed' && <ProblemBar title="The history could not be loaded." error={loaded.error} />}
      {loaded.state === 'loaded' && loaded.value.entries.length === 0 && <Text>No changes recorded yet.</Text>}
      {loaded.state === 'loaded' && loaded.value.entries.length > 0 && (
        <ul className={styles.list}>
          {loaded.value.entries.map(auditLine).map((line) => (
            <li key={line.id}>
              <Text weight="semibold">{line.when}</Text> <Text>{line.who}:</Text> <Text>{line.what}</Text>
              {line.changes.length > 0 && (
                <ul>
                  {line.changes.map((change) => (
                    <li key={change}>{change}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </FormSection>
  );
}
