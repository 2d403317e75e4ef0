import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Title2,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { z } from 'zod';
import { britishDate } from '../../british-time';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { fieldProblem, fieldValidation } from '../../components/field-problem';
import { LoadedContent } from '../../components/loaded-content';
import { ProblemBar } from '../../components/problem-bar';
import { TableScroller } from '../../components/table-scroller';
import type { PageProps } from '../../page-props';
import { useLoaded } from '../../use-loaded';
import { useUnsavedChanges } from '../../components/use-unsaved-changes';
import { createdTokenSchema, tokenListSchema, tokenStatus, type CreatedToken, type SiteTokenListing } from './token-schemas';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  form: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
  tokenValue: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
});

/**
 * `#/tokens`: the site's tokens for scripts (the admin API's bearer tokens): each with its name,
 * when it was made, when it expires and whether it is revoked; make one (shown once, with a copy
 * button), revoke one (after asking).
 */
export function TokensPage(props: PageProps) {
  const styles = useStyles();
  const { loaded, reload } = useLoaded(() => props.client.get('tokens', tokenListSchema), props.siteId);
  const [name, setName] = useState('');
  const [days, setDays] = useState('90');
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<unknown>(undefined);
  const [created, setCreated] = useState<CreatedToken | undefined>(undefined);
  const [copied, setCopied] = useState<'yes' | 'failed' | undefined>(undefined);
  const [revoking, setRevoking] = useState<SiteTokenListing | undefined>(undefined);
  const [revokeError, setRevokeError] = useState<unknown>(undefined);
  const now = new Date().toISOString();
  // A name typed but not made into a token yet.
  useUnsavedChanges(name.trim() !== '');

  const create = async () => {
    setCreating(true);
    setCreateError(undefined);
    try {
      const body = days.trim() === '' ? { name: name.trim() } : { name: name.trim(), expiresInDays: Number(days) };
      setCreated(await props.client.send('POST', 'tokens', body, createdTokenSchema));
      setCopied(undefined);
      setName('');
      reload();
    } catch (error) {
      setCreateError(error);
    } finally {
      setCreating(false);
    }
  };

  const revoke = async (token: SiteTokenListing) => {
    try {
      await props.client.send('DELETE', `tokens/${encodeURIComponent(token.id)}`, undefined, z.unknown());
      setRevokeError(undefined);
      reload();
    } catch (error) {
      setRevokeError(error);
    }
    setRevoking(undefined);
  };

  const copy = async (value: string) => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  const nameProblem = fieldProblem(createError, 'name');
  const daysProblem = fieldProblem(createError, 'expiresInDays');
  return (
    <section className={styles.page} aria-labelledby="tokens-title">
      <Title2 as="h1" id="tokens-title">
        Site tokens
      </Title2>
      <Text as="p">Tokens let scripts use this site&apos;s admin API. Give each one a name that says what uses it, and revoke it when that stops.</Text>

      {created === undefined ? null : (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Token &quot;{created.name}&quot; made.</MessageBarTitle> Copy it now: it is not shown again.{' '}
            <span className={styles.tokenValue} aria-label="The new token">
              {created.token}
            </span>{' '}
            <span role="status">{copied === 'yes' ? 'Copied.' : copied === 'failed' ? 'Could not copy: select the token and copy it yourself.' : ''}</span>
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void copy(created.token)}>Copy token</Button>
            <Button onClick={() => setCreated(undefined)}>Done</Button>
          </MessageBarActions>
        </MessageBar>
      )}

      <section aria-labelledby="new-token-title">
        <Title3 as="h2" id="new-token-title">
          New token
        </Title3>
        <form
          className={styles.form}
          onSubmit={(event) => {
            event.preventDefault();
            void create();
          }}
        >
          <Field label="Name" required {...fieldValidation(createError, 'name')}>
            <Input value={name} onChange={(_, data) => setName(data.value)} maxLength={100} />
          </Field>
          <Field label="Expires after (days; empty for never)" {...fieldValidation(createError, 'expiresInDays')}>
            <Input type="number" min={1} max={3650} value={days} onChange={(_, data) => setDays(data.value)} />
          </Field>
          <Button type="submit" appearance="primary" disabled={creating || name.trim() === ''}>
            Make token
          </Button>
        </form>
        {createError === undefined || nameProblem !== undefined || daysProblem !== undefined ? null : <ProblemBar title="Could not make the token." error={createError} />}
      </section>

      <section aria-labelledby="token-list-title">
        <Title3 as="h2" id="token-list-title">
          Tokens
        </Title3>
        {revokeError === undefined ? null : <ProblemBar title="Could not revoke the token." error={revokeError} />}
        <LoadedContent loaded={loaded} loading="Loading tokens…" failed="Could not load the tokens." isEmpty={(value) => value.tokens.length === 0} empty="This site has no tokens yet.">
          {({ tokens }) => (
            <TableScroller label="Tokens">
              <Table aria-labelledby="token-list-title">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>Name</TableHeaderCell>
                    <TableHeaderCell>Made</TableHeaderCell>
                    <TableHeaderCell>Expires</TableHeaderCell>
                    <TableHeaderCell>Status</TableHeaderCell>
                    <TableHeaderCell>
                      <span>Action</span>
                    </TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {tokens.map((token) => {
                    const status = tokenStatus(token, now);
                    return (
                      <TableRow key={token.id}>
                        <TableCell>{token.name}</TableCell>
                        <TableCell>{britishDate(token.createdAt)}</TableCell>
                        <TableCell>{token.expiresAt === null ? 'Never' : britishDate(token.expiresAt)}</TableCell>
                        <TableCell>{status === 'Revoked' && token.revokedAt !== null ? `Revoked ${britishDate(token.revokedAt)}` : status}</TableCell>
                        <TableCell>
                          {status === 'Revoked' ? null : (
                            <Button size="small" onClick={() => setRevoking(token)} aria-label={`Revoke ${token.name}`}>
                              Revoke
                            </Button>
                          )}
                        </TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </TableScroller>
          )}
        </LoadedContent>
      </section>

      <ConfirmDialog
        open={revoking !== undefined}
        title={`Revoke "${revoking?.name ?? ''}"?`}
        confirmLabel="Revoke token"
        onConfirm={() => revoking !== undefined && void revoke(revoking)}
        onCancel={() => setRevoking(undefined)}
      >
        Scripts using this token stop working at once. This cannot be undone: you can make a new token instead.
      </ConfirmDialog>
    </section>
  );
}
