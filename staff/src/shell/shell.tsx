import { Button, Select, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { z } from 'zod';
import { sites } from '../../../src/domain/sites';
import { createApiClient, type ApiCredentials } from '../api-client';
import { ProblemBar } from '../components/problem-bar';
import type { Me, SiteId, StaffRole } from '../page-props';
import { matchPage } from './route-match';
import { homePathFor, pagesFor, staffPages } from './routes';
import { initialSite, rememberSite } from './site-choice';
import { navigateTo, useHashPath } from './use-hash-path';

const useStyles = makeStyles({
  skip: {
    position: 'absolute',
    left: tokens.spacingHorizontalS,
    top: '-100px',
    zIndex: 10,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForeground1,
    ':focus': { top: tokens.spacingVerticalS, outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  brand: { flexGrow: 1, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  site: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  person: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  nav: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: `0 ${tokens.spacingHorizontalL}` },
  navList: { display: 'flex', flexWrap: 'wrap', gap: `0 ${tokens.spacingHorizontalXS}`, listStyleType: 'none', margin: 0, padding: 0 },
  navLink: {
    display: 'inline-block',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground1,
    textDecorationLine: 'none',
    borderBottom: '3px solid transparent',
    ':hover': { color: tokens.colorBrandForeground1, textDecorationLine: 'underline' },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  current: { borderBottomColor: tokens.colorBrandStroke1, fontWeight: tokens.fontWeightSemibold },
  main: { padding: tokens.spacingHorizontalL, maxWidth: '1200px', ':focus': { outline: 'none' } },
});

const roleLabels: Readonly<Record<StaffRole, string>> = { 'site-admin': 'Site admin', practitioner: 'Practitioner' };

function siteName(siteId: SiteId): string {
  return sites.find((site) => site.id === siteId)?.name ?? siteId;
}

/**
 * The signed-in app: header (app name, site picker, who is signed in, sign out), the navigation
 * the person's role at the chosen site allows, and the page for the hash route. On each route
 * change focus moves to the new page's heading, so screen readers announce it.
 */
export function Shell(props: { readonly me: Me; readonly credentials: ApiCredentials; readonly inTeams: boolean; readonly onSignedOut: () => void }) {
  const styles = useStyles();
  const { me, credentials } = props;
  const [siteId, setSiteId] = useState<SiteId | undefined>(() => initialSite(me));
  const role = me.sites.find((site) => site.siteId === siteId)?.role;
  const client = useMemo(() => createApiClient({ siteId: siteId ?? '', credentials }), [siteId, credentials]);
  const path = useHashPath();
  const mainRef = useRef<HTMLElement>(null);
  const shownPath = useRef<string | undefined>(undefined);
  const [signOutError, setSignOutError] = useState<unknown>(undefined);

  const pages = role === undefined ? [] : pagesFor(role);
  const matched = matchPage(pages, path);

  useEffect(() => {
    if (role !== undefined && path === '') window.location.replace(`#${homePathFor(role)}`);
  }, [role, path]);

  useEffect(() => {
    document.title = `${matched?.page.title ?? 'Page not found'} – Living Well staff`;
    // The first page (and the redirect from / to it) gets focus in the usual way, the skip link
    // first; later ones get it moved to their heading.
    const first = shownPath.current === undefined || shownPath.current === '';
    shownPath.current = path;
    if (first || path === '') return;
    const heading = mainRef.current?.querySelector('h1');
    const target = heading ?? mainRef.current;
    if (target === null || target === undefined) return;
    if (heading !== null && heading !== undefined && !heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    target.focus();
  }, [path, siteId]);

  if (siteId === undefined || role === undefined) return <NoRole me={me} />;

  const chooseSite = (next: SiteId) => {
    rememberSite(next);
    setSiteId(next);
    const nextRole = me.sites.find((site) => site.siteId === next)?.role;
    if (nextRole !== undefined && matchPage(pagesFor(nextRole), path) === undefined) navigateTo(homePathFor(nextRole));
  };

  const signOut = async () => {
    try {
      await client.send('POST', '/staff/auth/logout', undefined, z.unknown());
      props.onSignedOut();
    } catch (error) {
      setSignOutError(error);
    }
  };

  const Page = matched?.page.component;
  return (
    <>
      <a
        className={styles.skip}
        href="#main"
        onClick={(event) => {
          // The hash is the app's route: move focus without changing it.
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        Skip to content
      </a>
      <header className={styles.header}>
        <p className={styles.brand}>Living Well staff</p>
        <div className={styles.site}>
          {me.sites.length > 1 ? (
            <>
              <label htmlFor="site-picker">Site</label>
              <Select id="site-picker" value={siteId} onChange={(_, data) => chooseSite(data.value)}>
                {me.sites.map((site) => (
                  <option key={site.siteId} value={site.siteId}>
                    {siteName(site.siteId)}
                  </option>
                ))}
              </Select>
            </>
          ) : (
            <Text>Site: {siteName(siteId)}</Text>
          )}
        </div>
        <div className={styles.person}>
          <Text>
            {me.name ?? 'Signed in'} ({roleLabels[role]})
          </Text>
          {props.inTeams ? null : <Button onClick={() => void signOut()}>Sign out</Button>}
        </div>
      </header>
      {signOutError === undefined ? null : <ProblemBar title="Could not sign out." error={signOutError} />}
      <nav className={styles.nav} aria-label="Sections">
        <ul className={styles.navList}>
          {pages
            .filter((page) => page.navLabel !== undefined)
            .map((page) => {
              const current = path === page.pattern || path.startsWith(`${page.pattern}/`);
              return (
                <li key={page.pattern}>
                  <a className={mergeClasses(styles.navLink, current && styles.current)} href={`#${page.pattern}`} aria-current={current ? 'page' : undefined}>
                    {page.navLabel}
                  </a>
                </li>
              );
            })}
        </ul>
      </nav>
      <main id="main" ref={mainRef} tabIndex={-1} className={styles.main}>
        {Page === undefined || matched === undefined ? (
          path === '' ? null : (
            <NotHere allowedElsewhere={matchPage(staffPages, path) !== undefined} home={homePathFor(role)} />
          )
        ) : (
          <Page key={`${siteId} ${matched.page.pattern}`} client={client} siteId={siteId} role={role} me={me} route={matched.route} navigate={navigateTo} />
        )}
      </main>
    </>
  );
}

/** An unknown route, or one the person's role here does not open. */
function NotHere(props: { readonly allowedElsewhere: boolean; readonly home: string }) {
  return (
    <section>
      <h1>{props.allowedElsewhere ? 'Not available to your role' : 'Page not found'}</h1>
      <p>{props.allowedElsewhere ? 'Your role at this site does not include this page.' : 'There is no page at this address.'}</p>
      <p>
        <a href={`#${props.home}`}>Go to your first page</a>
      </p>
    </section>
  );
}

/** Signed in, but no site has given this person a role yet. */
function NoRole(props: { readonly me: Me }) {
  return (
    <main id="main" style={{ padding: '1rem' }}>
      <h1>No site has added you yet</h1>
      <p>
        You are signed in{props.me.name === undefined ? '' : ` as ${props.me.name}`}, but you do not have a role at any Living Well site. Ask your site admin to add you
        as a practitioner or site admin, giving them these two ids:
      </p>
      <ul>
        <li>Tenant id: {props.me.tenantId}</li>
        <li>Object id: {props.me.aadObjectId}</li>
      </ul>
    </main>
  );
}
