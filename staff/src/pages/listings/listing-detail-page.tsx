import { Spinner } from '@fluentui/react-components';
import { londonIsoDate } from '../../../../src/domain/local-date';
import type { PageProps } from '../../page-props';
import { ListingEditor } from './listing-editor';
import { newListingValues, type ListingValues } from './listing-form-values';
import { listingSchema } from './overview-schemas';
import { ProblemBar } from '../../components/problem-bar';
import { useLoaded } from '../../use-loaded';

const newId = () => crypto.randomUUID();

/** `#/listings/new` and `#/listings/:id`: a new listing, or the listing with this id, in the listing form. */
export function ListingDetailPage(props: PageProps) {
  const id = props.route.params['id'] ?? 'new';
  const isNew = id === 'new';
  const today = londonIsoDate(Date.now());
  const { loaded } = useLoaded<ListingValues>(
    () => (isNew ? Promise.resolve(newListingValues(props.siteId, newId, today)) : props.client.get(`activities/${encodeURIComponent(id)}`, listingSchema)),
    `${props.siteId}:${id}`,
  );
  if (loaded.state === 'loading') return <Spinner label="Loading the listing…" />;
  if (loaded.state === 'failed') return <ProblemBar title="The listing could not be loaded." error={loaded.error} />;
  return <ListingEditor key={String(loaded.value['id'])} client={props.client} initial={loaded.value} isNew={isNew} today={today} newId={newId} navigate={props.navigate} />;
}
