/** The listings pages the shell routes to. */
export { ImportPage } from './import-page';
export { ListingDetailPage } from './listing-detail-page';
export { ListingsPage } from './listings-page';
export { TaxonomyPage } from './taxonomy-page';
