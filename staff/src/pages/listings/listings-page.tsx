import { Button, Field, SearchBox, Select, Spinner, Text, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { londonIsoDate } from '../../../../src/domain/local-date';
import type { PageProps } from '../../page-props';
import { ExportButtons } from './export-buttons';
import { flagFilterLabels, visibleListings, type ListingColumn, type ListingTableView } from './listing-table-rows';
import { ListingsTable } from './listings-table';
import { listingFlags, listingOverviewSchema, type ListingFlag } from './overview-schemas';
import { ProblemBar } from '../../components/problem-bar';
import { useLoaded } from '../../use-loaded';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  tools: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
});

/** `#/listings`: the site's listings with their review flags; search, filter, sort, add and export. */
export function ListingsPage(props: PageProps) {
  const styles = useStyles();
  const { loaded } = useLoaded(() => props.client.get('activities/overview', listingOverviewSchema), props.siteId);
  const [view, setView] = useState<ListingTableView>(() => ({ today: londonIsoDate(Date.now()), search: '', flag: 'all', sortBy: 'name', direction: 'ascending' }));
  const sort = (column: ListingColumn) =>
    setView((current) => ({ ...current, sortBy: column, direction: current.sortBy === column && current.direction === 'ascending' ? 'descending' : 'ascending' }));

  const rows = loaded.state === 'loaded' ? visibleListings(loaded.value.listings, view) : [];
  return (
    <section className={styles.page} aria-labelledby="listings-title">
      <Title2 as="h1" id="listings-title">
        Listings
      </Title2>
      <div className={styles.tools}>
        <Button appearance="primary" onClick={() => props.navigate('/listings/new')}>
          New listing
        </Button>
        <ExportButtons client={props.client} />
      </div>
      <div className={styles.tools}>
        <Field label="Search listings">
          <SearchBox value={view.search} onChange={(_, data) => setView({ ...view, search: data.value })} />
        </Field>
        <Field label="Show">
          <Select value={view.flag} onChange={(_, data) => setView({ ...view, flag: isFlag(data.value) ? data.value : 'all' })}>
            <option value="all">All listings</option>
            {listingFlags.map((flag) => (
              <option key={flag} value={flag}>
                {flagFilterLabels[flag]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {loaded.state === 'loading' && <Spinner label="Loading listings…" />}
      {loaded.state === 'failed' && <ProblemBar title="The listings could not be loaded." error={loaded.error} />}
      {loaded.state === 'loaded' && (
        <>
          <Text role="status">
            Showing {rows.length} of {loaded.value.listings.length} listings.
          </Text>
          <ListingsTable listings={rows} sortBy={view.sortBy} direction={view.direction} onSort={sort} />
        </>
      )}
    </section>
  );
}

function isFlag(value: string): value is ListingFlag {
  return (listingFlags as readonly string[]).includes(value);
}
