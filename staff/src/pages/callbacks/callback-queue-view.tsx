import { Badge, Link, Spinner, Tab, TabList, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { CallbackView } from '../../../../src/domain/callbacks/callback-views';
import { callbackViewLabels, callbackViews } from '../../../../src/domain/callbacks/callback-views';
import { ProblemBar } from '../../components/problem-bar';
import type { PageProps } from '../../page-props';
import { useLoaded } from '../../use-loaded';
import { emptyViewText, queueRows, viewTabs } from './callback-queue';
import { callbackListSchema } from './callback-schemas';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  table: { overflowX: 'auto' },
  tabs: { flexWrap: 'wrap' },
  reference: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
});

/**
 * `#/callbacks`: the team's callback queue, by view (new, claimed by me, overdue, contacted,
 * closed) with how many are in each, each request by its reference code with its status, when it
 * came, the wait in words and who claimed it. A request opens its details (which are audited).
 */
export function CallbackQueueView(props: PageProps) {
  const styles = useStyles();
  const [view, setView] = useState<CallbackView>('new');
  const { loaded } = useLoaded(() => props.client.get(`callbacks?view=${view}`, callbackListSchema), `${props.siteId} ${view}`);
  const now = Date.now();

  return (
    <section className={styles.page} aria-labelledby="callbacks-title">
      <Title2 as="h1" id="callbacks-title">
        Callbacks
      </Title2>
      <Text as="p">People who asked the team to call them back. Open a request to see the phone number and what it is about.</Text>
      <TabList
        className={styles.tabs}
        aria-label="Which callback requests to show"
        selectedValue={view}
        onTabSelect={(_, data) => setView(callbackViews.find((candidate) => candidate === data.value) ?? 'new')}
      >
        {(loaded.state === 'loaded' ? viewTabs(loaded.value.counts) : callbackViews.map((tab) => ({ view: tab, label: callbackViewLabels[tab] }))).map((tab) => (
          <Tab key={tab.view} value={tab.view}>
            {tab.label}
          </Tab>
        ))}
      </TabList>
      {loaded.state === 'loading' ? (
        <Spinner label="Loading callback requests…" />
      ) : loaded.state === 'failed' ? (
        <ProblemBar title="Could not load the callback requests." error={loaded.error} />
      ) : loaded.value.callbacks.length === 0 ? (
        <Text as="p" role="status">
          {emptyViewText(view)}
        </Text>
      ) : (
        <div className={styles.table}>
          <Table aria-label={`${callbackViewLabels[view]} callback requests`}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Reference</TableHeaderCell>
                <TableHeaderCell>Status</TableHeaderCell>
                <TableHeaderCell>Asked</TableHeaderCell>
                <TableHeaderCell>Wait</TableHeaderCell>
                <TableHeaderCell>Claimed by</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {queueRows(loaded.value.callbacks, now).map((row) => (
                <TableRow key={row.id}>
                  <TableCell>
                    <Link className={styles.reference} href={`#/callbacks/${encodeURIComponent(row.id)}`}>
                      {row.reference}
                    </Link>
                    {row.safetyReply ? (
                      <>
                        {' '}
                        <Badge appearance="tint" color="danger">
                          Safety reply given
                        </Badge>
                      </>
                    ) : null}
                  </TableCell>
                  <TableCell>
                    {row.status}
                    {row.overdue ? (
                      <>
                        {' '}
                        <Badge appearance="tint" color="warning">
                          Overdue
                        </Badge>
                      </>
                    ) : null}
                  </TableCell>
                  <TableCell>{row.requested}</TableCell>
                  <TableCell>{row.wait}</TableCell>
                  <TableCell>{row.claimedBy === '' ? 'Not claimed' : row.claimedBy}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
