import { FluentProvider, Spinner, teamsLightTheme, webLightTheme } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { ApiCredentials } from './api-client';
import { ApiError } from './api-error';
import { ProblemBar } from './components/problem-bar';
import { cookieBeforeMe, fetchMe } from './me';
import type { Me } from './page-props';
import { Shell } from './shell/shell';
import { NotSignedInHere } from './sign-in/not-signed-in-here';
import { SignInPage } from './sign-in/sign-in-page';
import { mayBeInTeams, startTeamsSso } from './sign-in/teams-host';

type SignIn =
  | { readonly state: 'checking' }
  | { readonly state: 'signed-in'; readonly me: Me; readonly credentials: ApiCredentials }
  | { readonly state: 'signed-out' }
  | { readonly state: 'tab-refused'; readonly reason: 'not-in-teams' | 'teams-refused' | 'not-recognised'; readonly detail?: string }
  | { readonly state: 'failed'; readonly error: unknown };

/** `/staff/tab` is the Teams tab (signed in by Teams SSO); every other path is the browser app (cookie session). */
const inTeamsTab = window.location.pathname.replace(/\/+$/, '') === '/staff/tab';

/** Who is signed in: the browser's session, or in the tab a Teams SSO token sent as a bearer. */
async function signIn(): Promise<SignIn> {
  if (!inTeamsTab) {
    try {
      const me = await fetchMe(cookieBeforeMe);
      return { state: 'signed-in', me, credentials: { kind: 'cookie', csrfToken: me.csrfToken ?? '' } };
    } catch (error) {
      return error instanceof ApiError && error.status === 401 ? { state: 'signed-out' } : { state: 'failed', error };
    }
  }
  if (!mayBeInTeams()) return { state: 'tab-refused', reason: 'not-in-teams' };
  let token: () => Promise<string>;
  try {
    token = await startTeamsSso();
  } catch (error) {
    return { state: 'tab-refused', reason: 'teams-refused', detail: error instanceof Error ? error.message : String(error) };
  }
  const credentials: ApiCredentials = { kind: 'bearer', token };
  try {
    return { state: 'signed-in', me: await fetchMe(credentials), credentials };
  } catch (error) {
    return error instanceof ApiError && (error.status === 401 || error.status === 403)
      ? { state: 'tab-refused', reason: 'not-recognised', detail: error.message }
      : { state: 'failed', error };
  }
}

/** The staff app: signs the person in, then shows the shell in Fluent UI's web or Teams theme. */
export function App() {
  const [signedIn, setSignedIn] = useState<SignIn>({ state: 'checking' });
  useEffect(() => {
    void signIn().then(setSignedIn);
  }, []);
  const onSignedOut = useCallback(() => setSignedIn({ state: 'signed-out' }), []);

  return (
    <FluentProvider theme={inTeamsTab ? teamsLightTheme : webLightTheme}>
      {signedIn.state === 'checking' ? (
        <main>
          <Spinner label="Signing you in…" />
        </main>
      ) : signedIn.state === 'signed-in' ? (
        <Shell me={signedIn.me} credentials={signedIn.credentials} inTeams={inTeamsTab} onSignedOut={onSignedOut} />
      ) : signedIn.state === 'signed-out' ? (
        <SignInPage />
      ) : signedIn.state === 'tab-refused' ? (
        <NotSignedInHere reason={signedIn.reason} {...(signedIn.detail === undefined ? {} : { detail: signedIn.detail })} />
      ) : (
        <main>
          <h1>Living Well staff</h1>
          <ProblemBar title="The staff app could not start." error={signedIn.error} />
        </main>
      )}
    </FluentProvider>
  );
}
