import { Field, Select, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { z } from 'zod';
import { actorLabel } from '../../../../src/domain/admin/admin-actor';
import { adminAuditEntrySchema, auditSubjectTypes, type AdminAuditEntry, type AuditSubjectType } from '../../../../src/domain/admin/admin-audit-entry';
import { britishDateTime } from '../../british-time';
import { LoadedContent } from '../../components/loaded-content';
import { TableScroller } from '../../components/table-scroller';
import type { PageProps } from '../../page-props';
import { useLoaded } from '../../use-loaded';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  changes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  filter: { maxWidth: '320px' },
});

const auditListSchema = z.object({ entries: z.array(adminAuditEntrySchema) });

/** How many entries the page shows (newest first). */
const shown = 200;

/** The filter's words for each kind of subject. */
const subjectLabels: Readonly<Record<AuditSubjectType, string>> = {
  listing: 'Listings',
  import: 'Imports',
  team: 'Team details',
  callback: 'Callbacks',
  token: 'Tokens',
  practitioner: 'Practitioners',
  'taxonomy-mapping': 'Taxonomy mappings',
  directory: 'Directory pulls',
  'link-code': 'Teams link codes',
  site: 'Site',
};

/** `#/audit`: the site's audit trail: who changed what and when, newest first, filtered by what was changed. */
export function AuditPage(props: PageProps) {
  const styles = useStyles();
  const [subjectType, setSubjectType] = useState<AuditSubjectType | 'all'>('all');
  const query = subjectType === 'all' ? `audit?limit=${shown}` : `audit?subjectType=${subjectType}&limit=${shown}`;
  const { loaded } = useLoaded(() => props.client.get(query, auditListSchema), `${props.siteId} ${query}`);

  return (
    <section className={styles.page} aria-labelledby="audit-title">
      <Title2 as="h1" id="audit-title">
        Audit trail
      </Title2>
      <Text as="p">Every change made to this site&apos;s settings, listings, team and callbacks, by whom and when. Newest first.</Text>
      <Field label="Show changes to" className={styles.filter}>
        <Select value={subjectType} onChange={(_, data) => setSubjectType(data.value === 'all' ? 'all' : auditSubjectTypes.find((type) => type === data.value) ?? 'all')}>
          <option value="all">Everything</option>
          {auditSubjectTypes.map((type) => (
            <option key={type} value={type}>
              {subjectLabels[type]}
            </option>
          ))}
        </Select>
      </Field>
      <LoadedContent loaded={loaded} loading="Loading the audit trail…" failed="Could not load the audit trail." isEmpty={(value) => value.entries.length === 0} empty="Nothing has been changed here yet.">
        {({ entries }) => (
          <TableScroller label="Audit trail">
            <Table aria-labelledby="audit-title">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>When</TableHeaderCell>
                  <TableHeaderCell>Who</TableHeaderCell>
                  <TableHeaderCell>What</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {entries.map((entry) => (
                  <TableRow key={entry.id}>
                    <TableCell>{britishDateTime(entry.at)}</TableCell>
                    <TableCell>{actorLabel(entry.actor)}</TableCell>
                    <TableCell>
                      <AuditWhat entry={entry} className={styles.changes} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableScroller>
        )}
      </LoadedContent>
    </section>
  );
}

/** The entry's summary, and for edits each field that changed. */
function AuditWhat(props: { readonly entry: AdminAuditEntry; readonly className: string }) {
  const changes = props.entry.changes ?? [];
  return (
    <>
      {props.entry.summary}
      {changes.length === 0 ? null : (
        <ul className={props.className}>
          {changes.map((change) => (
            <li key={change.field}>
              {change.field}
              {change.from === undefined && change.to === undefined ? '' : `: ${change.from ?? '(none)'} → ${change.to ?? '(none)'}`}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
