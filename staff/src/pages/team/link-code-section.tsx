import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { britishDateTime } from '../../british-time';
import { ProblemBar } from '../../components/problem-bar';
import type { PageProps } from '../../page-props';
import { linkCodeSchema, type LinkCode } from './team-schemas';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, alignItems: 'start' },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

/** Site admins: a one-time code that links the team's Teams channel to this site (the channel gets the callback cards). */
export function LinkCodeSection(props: { readonly client: PageProps['client'] }) {
  const styles = useStyles();
  const [code, setCode] = useState<LinkCode | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const get = async () => {
    setBusy(true);
    setError(undefined);
    try {
      setCode(await props.client.send('POST', 'teams/link-code', {}, linkCodeSchema));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className={styles.section} aria-labelledby="link-code-title">
      <Title3 as="h2" id="link-code-title">
        Teams channel
      </Title3>
      <Text as="p">The team&apos;s Teams channel gets a card for each callback request. To choose the channel, get a code and type it there.</Text>
      <Button onClick={() => void get()} disabled={busy}>
        {code === undefined ? 'Get a Teams link code' : 'Get a new code'}
      </Button>
      {error === undefined ? null : <ProblemBar title="Could not get a link code." error={error} />}
      {code === undefined ? null : (
        <MessageBar intent="success" layout="multiline" role="status">
          <MessageBarBody>
            <MessageBarTitle>
              Your code: <span className={styles.code}>{code.code}</span>
            </MessageBarTitle>{' '}
            {code.instructions} It stops working at {britishDateTime(code.expiresAt)}.
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
