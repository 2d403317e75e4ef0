import { Button, Field, SearchBox, Select, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { activityCategoryIds, activityCategoryLabels } from '../../../../src/domain/activities/activity';
import type { PageProps } from '../../page-props';
import { ProblemBar } from '../../components/problem-bar';
import { taxonomyMappingsSchema, type TaxonomyMappings } from './taxonomy-schemas';
import { mappingsToSave, matchingRows, taxonomyRows, withCategory, type TaxonomyRow } from './taxonomy-rows';
import { useLoaded } from '../../use-loaded';
import { useUnsavedChanges } from '../../components/use-unsaved-changes';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  code: { color: tokens.colorNeutralForeground3 },
  select: { width: '100%', minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
});

/**
 * `#/taxonomy`: which Living Well category each term of other vocabularies (Open Referral UK, esd,
 * a directory's own) means, for imports and directory pulls. Terms no mapping covers come first,
 * with how many listings use them.
 */
export function TaxonomyPage(props: PageProps) {
  const styles = useStyles();
  const { loaded } = useLoaded(() => props.client.get('taxonomy-mappings', taxonomyMappingsSchema), props.siteId);
  // The table as last saved here (the PUT's answer), over the one loaded.
  const [saved, setSaved] = useState<TaxonomyMappings | undefined>();
  const [edited, setEdited] = useState<TaxonomyRow[] | undefined>();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<unknown>();
  const [savedNote, setSavedNote] = useState('');
  const [search, setSearch] = useState('');
  useUnsavedChanges(edited !== undefined);

  if (loaded.state === 'loading') return <Spinner label="Loading the mappings…" />;
  if (loaded.state === 'failed') return <ProblemBar title="The mappings could not be loaded." error={loaded.error} />;
  const rows = edited ?? taxonomyRows(saved ?? loaded.value);
  const unmapped = rows.filter((row) => row.listings !== undefined && row.category === null).length;
  const shown = matchingRows(rows, search);

  const save = async () => {
    setSaving(true);
    setProblem(undefined);
    try {
      setSaved(await props.client.send('PUT', 'taxonomy-mappings', mappingsToSave(rows), taxonomyMappingsSchema));
      setEdited(undefined);
      setSavedNote('Saved. Listings that needed a kind now have the kinds their terms map to.');
    } catch (error) {
      setProblem(error);
    } finally {
      setSaving(false);
    }
  };
  return (
    <section className={styles.page} aria-labelledby="taxonomy-title">
      <Title2 as="h1" id="taxonomy-title">
        Taxonomy
      </Title2>
      <Text>Imported listings name their kind in other vocabularies. Choose which of our categories each term means.</Text>
      <Text role="status">{unmapped === 0 ? 'Every term is mapped.' : `${unmapped} ${unmapped === 1 ? 'term is' : 'terms are'} not mapped yet.`}</Text>
      <Field label="Find a term">
        <SearchBox value={search} onChange={(_, data) => setSearch(data.value)} />
      </Field>
      {search !== '' && <Text role="status">{`Showing ${shown.length} of ${rows.length} terms.`}</Text>}
      {shown.length > 0 && (
          <Table aria-label="Mappings">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Term</TableHeaderCell>
                <TableHeaderCell>Our category</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {shown.map((row) => (
                <TableRow key={row.key}>
                  <TableCell>
                    <Text block weight="semibold">
                      {row.label ?? row.code}
                    </Text>
                    <Text block size={200} className={styles.code}>{`${row.vocabulary}: ${row.code}`}</Text>
                    {row.listings !== undefined && <Text block size={200}>{`Not mapped; used by ${row.listings} ${row.listings === 1 ? 'listing' : 'listings'}`}</Text>}
                  </TableCell>
                  <TableCell>
                    <Select
                      className={styles.select}
                      aria-label={`Category for ${row.label ?? row.code} (${row.vocabulary})`}
                      value={row.category ?? ''}
                      onChange={(_, data) => {
                        setSavedNote('');
                        setEdited(withCategory(rows, row.key, activityCategoryIds.find((id) => id === data.value) ?? null));
                      }}
                    >
                      <option value="">Not mapped</option>
                      {activityCategoryIds.map((id) => (
                        <option key={id} value={id}>
                          {activityCategoryLabels[id]}
                        </option>
                      ))}
                    </Select>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
      )}
      {rows.length === 0 && <Text>No terms yet: they appear here when listings are imported.</Text>}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={saving || edited === undefined} onClick={() => void save()}>
          {saving ? 'Saving…' : 'Save mappings'}
        </Button>
        {edited !== undefined && (
          <Button disabled={saving} onClick={() => setEdited(undefined)}>
            Undo changes
          </Button>
        )}
        {savedNote !== '' && <Text>{savedNote}</Text>}
      </div>
      {problem !== undefined && <ProblemBar title="The mappings were not saved." error={problem} />}
    </section>
  );
}
