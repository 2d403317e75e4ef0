import type { Me, SiteId } from '../page-props';

const storageKey = 'lwc.staff.site';

/** The site to show: the one chosen last time on this browser if the person still has a role there, else their first. */
export function initialSite(me: Me): SiteId | undefined {
  const remembered = readStored();
  return me.sites.find((site) => site.siteId === remembered)?.siteId ?? me.sites[0]?.siteId;
}

/** Remembers the choice for next time (a Teams tab's storage may be partitioned or refused: then it is just not remembered). */
export function rememberSite(siteId: SiteId): void {
  try {
    window.localStorage.setItem(storageKey, siteId);
  } catch {
    // Storage refused (private mode, blocked third-party storage): nothing to remember with.
  }
}

function readStored(): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}
