import { Button, Card, Text, Title2, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  page: { display: 'flex', justifyContent: 'center', padding: tokens.spacingHorizontalL },
  card: { maxWidth: '480px', width: '100%', padding: tokens.spacingHorizontalXL, gap: tokens.spacingVerticalL },
});

/** Shown in a browser when no one is signed in: one way in, the organisation's Microsoft account. */
export function SignInPage() {
  const styles = useStyles();
  // Back to the same page (and route) after signing in.
  const returnTo = `${window.location.pathname}${window.location.hash}`;
  return (
    <main className={styles.page}>
      <Card className={styles.card}>
        <Title2 as="h1">Living Well staff</Title2>
        <Text as="p">
          For Living Well site admins and practitioners: listings, team details and callbacks. Sign in with your work Microsoft account.
        </Text>
        <div>
          <Button as="a" appearance="primary" href={`/staff/auth/login?returnTo=${encodeURIComponent(returnTo)}`}>
            Sign in with Microsoft
          </Button>
        </div>
      </Card>
    </main>
  );
}
