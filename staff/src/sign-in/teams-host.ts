/**
 * Whether this page may be running inside Teams (or another Microsoft 365 host). teams-js's
 * `app.initialize()` waits about 60 seconds before failing outside a host, so it is only called
 * when the page is framed, runs in a Teams mobile web view (`nativeInterface`), or was opened with
 * the tab's own query parameter (`/staff/tab?host=teams`, as the app manifest's content URL may say).
 */
export function mayBeInTeams(): boolean {
  const framed = window.parent !== window;
  const nativeHost = 'nativeInterface' in window;
  return framed || nativeHost || new URLSearchParams(window.location.search).get('host') === 'teams';
}

/**
 * Starts teams-js (loaded only here: its own chunk, never part of the browser app's first load)
 * and returns a function that gets a Teams SSO token for each request; Teams caches and refreshes
 * the token itself. Rejects when the host does not answer or refuses.
 */
export async function startTeamsSso(): Promise<() => Promise<string>> {
  const { app, authentication } = await import('@microsoft/teams-js');
  await app.initialize();
  // Tells Teams the tab has loaded (it hides its loading indicator if the manifest asked for one).
  void app.notifySuccess().catch(() => undefined);
  const token = () => authentication.getAuthToken();
  await token();
  return token;
}
