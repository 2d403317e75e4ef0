import type { ApiClient } from './api-client';

/** A site's id as the service names it (`lambeth`, `edinburgh`, ...). */
export type SiteId = string;

/** A member of staff's role at one site. */
export type StaffRole = 'practitioner' | 'site-admin';

/** Who is signed in, as `GET /staff/api/me` answers. */
export interface Me {
  readonly name?: string;
  readonly tenantId: string;
  readonly aadObjectId: string;
  readonly via: 'oidc' | 'teams-sso';
  readonly sites: ReadonlyArray<{ readonly siteId: SiteId; readonly role: StaffRole }>;
  readonly csrfToken?: string;
}

/** The hash route the shell is showing: `#/listings/abc` → path `/listings/abc`, params `{ id: 'abc' }`. */
export interface Route {
  readonly path: string;
  readonly params: Readonly<Record<string, string>>;
}

/** What the shell hands every page. */
export interface PageProps {
  readonly client: ApiClient;
  readonly siteId: SiteId;
  readonly role: StaffRole;
  readonly me: Me;
  readonly route: Route;
  /** Goes to another hash route (`/listings`, `/callbacks/123`). */
  readonly navigate: (path: string) => void;
}
