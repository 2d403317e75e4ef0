import { Link, MessageBar, MessageBarBody, MessageBarTitle, Text, Title2, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, maxWidth: '640px' },
});

/**
 * The Teams tab could not sign the person in: outside Teams, or Teams refused (no consent, an
 * account the service does not know). Sign-in pages refuse to be framed, so the browser sign-in
 * opens in a new tab.
 */
export function NotSignedInHere(props: { readonly reason: 'not-in-teams' | 'teams-refused' | 'not-recognised'; readonly detail?: string }) {
  const styles = useStyles();
  const message = {
    'not-in-teams': 'This address is the staff app as a Microsoft Teams tab. Open it from Teams, or use the staff app in your browser.',
    'teams-refused': 'Teams did not let the app sign you in. Try again in a moment, or sign in in your browser instead.',
    'not-recognised': 'Teams signed you in, but this service did not accept the sign-in. Ask your site admin to check that your account is added, or sign in in your browser.',
  }[props.reason];
  return (
    <main className={styles.page}>
      <Title2 as="h1">Living Well staff</Title2>
      <MessageBar intent={props.reason === 'not-in-teams' ? 'info' : 'error'} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{props.reason === 'not-in-teams' ? 'Not in Teams' : 'Could not sign you in'}</MessageBarTitle> {message}
        </MessageBarBody>
      </MessageBar>
      {props.detail === undefined ? null : <Text as="p">Details: {props.detail}</Text>}
      <Text as="p">
        <Link href="/staff/" target="_blank" rel="noopener">
          Sign in in your browser (opens a new tab)
        </Link>
      </Text>
    </main>
  );
}
