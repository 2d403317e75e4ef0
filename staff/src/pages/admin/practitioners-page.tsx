import {
  Button,
  Field,
  Input,
  Select,
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
import { ConfirmDialog } from '../../components/confirm-dialog';
import { fieldProblem, fieldValidation } from '../../components/field-problem';
import { LoadedContent } from '../../components/loaded-content';
import { ProblemBar } from '../../components/problem-bar';
import { TableScroller } from '../../components/table-scroller';
import type { PageProps, StaffRole } from '../../page-props';
import { useLoaded } from '../../use-loaded';
import { useUnsavedChanges } from '../../components/use-unsaved-changes';
import { listedPractitionerSchema, practitionerListSchema, reachLabels, type ListedPractitioner } from './practitioner-schemas';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  form: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
  id: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
});

const roleLabels: Readonly<Record<StaffRole, string>> = { practitioner: 'Practitioner', 'site-admin': 'Site admin' };
const isRole = (value: string): value is StaffRole => value === 'practitioner' || value === 'site-admin';
const keyOf = (who: Pick<ListedPractitioner, 'tenantId' | 'aadObjectId'>) => `${who.tenantId}/${who.aadObjectId}`;

/**
 * `#/practitioners`: who works at this site (by Entra tenant and object id), their role and whether
 * Teams nudges reach them; add someone, change a role, remove someone (after asking).
 */
export function PractitionersPage(props: PageProps) {
  const styles = useStyles();
  const { loaded, reload } = useLoaded(() => props.client.get('teams/practitioners', practitionerListSchema), props.siteId);
  const [tenantId, setTenantId] = useState(props.me.tenantId);
  const [aadObjectId, setAadObjectId] = useState('');
  const [role, setRole] = useState<StaffRole>('practitioner');
  const [adding, setAdding] = useState(false);
  const [addError, setAddError] = useState<unknown>(undefined);
  const [changeError, setChangeError] = useState<unknown>(undefined);
  const [removing, setRemoving] = useState<ListedPractitioner | undefined>(undefined);
  const [done, setDone] = useState<string | undefined>(undefined);
  // An object id typed but not added yet.
  useUnsavedChanges(aadObjectId.trim() !== '');

  const put = (who: { tenantId: string; aadObjectId: string; role: StaffRole }) =>
    props.client.send('PUT', 'teams/practitioners', who, listedPractitionerSchema.omit({ reachable: true }));

  const add = async () => {
    setAdding(true);
    setAddError(undefined);
    try {
      await put({ tenantId: tenantId.trim(), aadObjectId: aadObjectId.trim(), role });
      setDone(`Added ${aadObjectId.trim()} as ${roleLabels[role].toLowerCase()}.`);
      setAadObjectId('');
      reload();
    } catch (error) {
      setAddError(error);
    } finally {
      setAdding(false);
    }
  };

  const changeRole = async (who: ListedPractitioner, next: StaffRole) => {
    try {
      await put({ tenantId: who.tenantId, aadObjectId: who.aadObjectId, role: next });
      setChangeError(undefined);
      setDone(`${who.aadObjectId} is now ${roleLabels[next].toLowerCase()}.`);
      reload();
    } catch (error) {
      setChangeError(error);
    }
  };

  const remove = async (who: ListedPractitioner) => {
    try {
      await props.client.send('DELETE', `teams/practitioners/${encodeURIComponent(who.tenantId)}/${encodeURIComponent(who.aadObjectId)}`, undefined, z.unknown());
      setChangeError(undefined);
      setDone(`Removed ${who.aadObjectId}.`);
      reload();
    } catch (error) {
      setChangeError(error);
    }
    setRemoving(undefined);
  };

  const tenantProblem = fieldProblem(addError, 'tenantId');
  const objectProblem = fieldProblem(addError, 'aadObjectId');
  const isMe = (who: ListedPractitioner) => who.tenantId.toLowerCase() === props.me.tenantId.toLowerCase() && who.aadObjectId.toLowerCase() === props.me.aadObjectId.toLowerCase();
  return (
    <section className={styles.page} aria-labelledby="practitioners-title">
      <Title2 as="h1" id="practitioners-title">
        Practitioners
      </Title2>
      <Text as="p">
        The people who work with this site, by their Microsoft Entra ids. Practitioners see and work callbacks; site admins also manage listings, the team and
        these settings.
      </Text>
      <div role="status">{done === undefined ? null : <Text>{done}</Text>}</div>

      <section aria-labelledby="add-practitioner-title">
        <Title3 as="h2" id="add-practitioner-title">
          Add someone
        </Title3>
        <form
          className={styles.form}
          onSubmit={(event) => {
            event.preventDefault();
            void add();
          }}
        >
          <Field label="Tenant id" required {...fieldValidation(addError, 'tenantId')}>
            <Input value={tenantId} onChange={(_, data) => setTenantId(data.value)} />
          </Field>
          <Field label="Object id" required {...fieldValidation(addError, 'aadObjectId')}>
            <Input value={aadObjectId} onChange={(_, data) => setAadObjectId(data.value)} />
          </Field>
          <Field label="Role">
            <Select value={role} onChange={(_, data) => isRole(data.value) && setRole(data.value)}>
              <option value="practitioner">Practitioner</option>
              <option value="site-admin">Site admin</option>
            </Select>
          </Field>
          <Button type="submit" appearance="primary" disabled={adding || tenantId.trim() === '' || aadObjectId.trim() === ''}>
            Add
          </Button>
        </form>
        {addError === undefined || tenantProblem !== undefined || objectProblem !== undefined ? null : <ProblemBar title="Could not add them." error={addError} />}
      </section>

      <section aria-labelledby="practitioner-list-title">
        <Title3 as="h2" id="practitioner-list-title">
          People at this site
        </Title3>
        {changeError === undefined ? null : <ProblemBar title="Could not make that change." error={changeError} />}
        <LoadedContent loaded={loaded} loading="Loading practitioners…" failed="Could not load the practitioners." isEmpty={(value) => value.practitioners.length === 0} empty="No one has been added yet.">
          {({ practitioners }) => (
            <TableScroller label="People at this site">
              <Table aria-labelledby="practitioner-list-title">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>Object id</TableHeaderCell>
                    <TableHeaderCell>Tenant id</TableHeaderCell>
                    <TableHeaderCell>Role</TableHeaderCell>
                    <TableHeaderCell>Teams nudges reach them</TableHeaderCell>
                    <TableHeaderCell>
                      <span>Action</span>
                    </TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {practitioners.map((who) => (
                    <TableRow key={keyOf(who)}>
                      <TableCell className={styles.id}>
                        {who.aadObjectId}
                        {isMe(who) ? ' (you)' : ''}
                      </TableCell>
                      <TableCell className={styles.id}>{who.tenantId}</TableCell>
                      <TableCell>
                        <Select
                          aria-label={`Role of ${who.aadObjectId}`}
                          value={who.role}
                          disabled={isMe(who)}
                          onChange={(_, data) => isRole(data.value) && void changeRole(who, data.value)}
                        >
                          <option value="practitioner">Practitioner</option>
                          <option value="site-admin">Site admin</option>
                        </Select>
                      </TableCell>
                      <TableCell>{reachLabels[who.reachable]}</TableCell>
                      <TableCell>
                        {isMe(who) ? null : (
                          <Button size="small" onClick={() => setRemoving(who)} aria-label={`Remove ${who.aadObjectId}`}>
                            Remove
                          </Button>
                        )}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableScroller>
          )}
        </LoadedContent>
      </section>

      <ConfirmDialog
        open={removing !== undefined}
        title="Remove this person?"
        confirmLabel="Remove"
        onConfirm={() => removing !== undefined && void remove(removing)}
        onCancel={() => setRemoving(undefined)}
      >
        {removing?.aadObjectId} will no longer see this site&apos;s callbacks or get its Teams cards. You can add them again later.
      </ConfirmDialog>
    </section>
  );
}
