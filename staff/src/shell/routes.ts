import type { ComponentType } from 'react';
import type { PageProps, StaffRole } from '../page-props';
import { AuditPage } from '../pages/admin/audit-page';
import { PractitionersPage } from '../pages/admin/practitioners-page';
import { TokensPage } from '../pages/admin/tokens-page';
import { CallbackDetailPage } from '../pages/callbacks/callback-detail-page';
import { CallbacksPage } from '../pages/callbacks/callbacks-page';
import { ImportPage } from '../pages/listings/import-page';
import { ListingDetailPage } from '../pages/listings/listing-detail-page';
import { ListingsPage } from '../pages/listings/listings-page';
import { TaxonomyPage } from '../pages/listings/taxonomy-page';
import { ReportsPage } from '../pages/reports/reports-page';
import { TeamPage } from '../pages/team/team-page';

/** One of the app's hash routes: its pattern (`/listings/:id`), who may open it, and its page. */
export interface StaffPage {
  readonly pattern: string;
  /** The navigation's name for it; pages without one (details) are reached from their list. */
  readonly navLabel?: string;
  /** The document title's words. */
  readonly title: string;
  readonly roles: readonly StaffRole[];
  readonly component: ComponentType<PageProps>;
}

const admins: readonly StaffRole[] = ['site-admin'];
const everyone: readonly StaffRole[] = ['site-admin', 'practitioner'];

/** Every page, in the navigation's order (the staff app contract's hash routes). */
export const staffPages: readonly StaffPage[] = [
  { pattern: '/listings', navLabel: 'Listings', title: 'Listings', roles: admins, component: ListingsPage },
  { pattern: '/listings/:id', title: 'Listing', roles: admins, component: ListingDetailPage },
  { pattern: '/import', navLabel: 'Import', title: 'Import listings', roles: admins, component: ImportPage },
  { pattern: '/taxonomy', navLabel: 'Taxonomy', title: 'Taxonomy mappings', roles: admins, component: TaxonomyPage },
  { pattern: '/team', navLabel: 'Team', title: 'Team', roles: everyone, component: TeamPage },
  { pattern: '/callbacks', navLabel: 'Callbacks', title: 'Callbacks', roles: everyone, component: CallbacksPage },
  { pattern: '/callbacks/:id', title: 'Callback', roles: everyone, component: CallbackDetailPage },
  { pattern: '/tokens', navLabel: 'Tokens', title: 'Site tokens', roles: admins, component: TokensPage },
  { pattern: '/audit', navLabel: 'Audit', title: 'Audit trail', roles: admins, component: AuditPage },
  { pattern: '/practitioners', navLabel: 'Practitioners', title: 'Practitioners', roles: admins, component: PractitionersPage },
  { pattern: '/reports', navLabel: 'Reports', title: 'Reports', roles: admins, component: ReportsPage },
];

/** The pages a role may open, in order. */
export function pagesFor(role: StaffRole): StaffPage[] {
  return staffPages.filter((page) => page.roles.includes(role));
}

/** Where a role lands: site admins on their listings, practitioners on the callback queue. */
export function homePathFor(role: StaffRole): string {
  return role === 'site-admin' ? '/listings' : '/callbacks';
}
