import { Spinner, Text, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { ApiError } from '../../api-error';
import { ProblemBar } from '../../components/problem-bar';
import type { PageProps } from '../../page-props';
import { useLoaded } from '../../use-loaded';
import { BankHolidayList } from './bank-holiday-list';
import { LinkCodeSection } from './link-code-section';
import { TeamDetailsForm } from './team-details-form';
import { teamViewSchema, type TeamView } from './team-schemas';
import { TeamSummary } from './team-summary';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
});

/**
 * `#/team`: the team's contact details, opening hours, closures, bank holidays and the review
 * cadence of goals: a form for site admins (who can also get a Teams channel link code), to read
 * for practitioners.
 */
export function TeamView(props: PageProps) {
  const styles = useStyles();
  const path = `/api/admin/sites/${encodeURIComponent(props.siteId)}`;
  const { loaded, reload } = useLoaded(async (): Promise<TeamView | undefined> => {
    try {
      return await props.client.get(path, teamViewSchema);
    } catch (error) {
      // No details saved yet: site admins start from an empty form.
      if (error instanceof ApiError && error.status === 404) return undefined;
      throw error;
    }
  }, props.siteId);
  const admin = props.role === 'site-admin';

  return (
    <section className={styles.page} aria-labelledby="team-title">
      <Title2 as="h1" id="team-title">
        Team
      </Title2>
      <Text as="p">How people reach the team: shown in the chat and used to count waiting times in opening hours.</Text>
      {loaded.state === 'loading' ? (
        <Spinner label="Loading the team details…" />
      ) : loaded.state === 'failed' ? (
        <ProblemBar title="Could not load the team details." error={loaded.error} />
      ) : (
        <>
          {loaded.value === undefined && !admin ? <Text as="p">The team details have not been filled in yet. Ask a site admin.</Text> : null}
          {admin ? (
            <TeamDetailsForm client={props.client} siteId={props.siteId} saved={loaded.value?.saved} onSaved={reload} />
          ) : loaded.value === undefined ? null : (
            <TeamSummary view={loaded.value} />
          )}
          {loaded.value === undefined ? null : <BankHolidayList holidays={loaded.value.upcomingBankHolidays} closed={loaded.value.saved.closedOnBankHolidays === true} />}
          {admin ? <LinkCodeSection client={props.client} /> : null}
        </>
      )}
    </section>
  );
}
