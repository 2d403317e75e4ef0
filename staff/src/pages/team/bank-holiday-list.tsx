import { Text, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { britishDateInWords } from '../../../../src/domain/local-date';
import type { BankHolidayListing } from './team-schemas';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  plain: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/** The nation's bank holidays in the coming year, and whether the team closes on them. */
export function BankHolidayList(props: { readonly holidays: readonly BankHolidayListing[]; readonly closed: boolean }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="bank-holidays-title">
      <Title3 as="h2" id="bank-holidays-title">
        Coming bank holidays
      </Title3>
      <Text as="p">{props.closed ? 'The team is closed on these days, unless a changed day says otherwise.' : 'The team keeps its weekly hours on these days.'}</Text>
      <ul className={styles.plain}>
        {props.holidays.map((holiday) => (
          <li key={holiday.date}>
            {britishDateInWords(`${holiday.date}T12:00:00.000Z`)}: {holiday.name}
          </li>
        ))}
      </ul>
    </section>
  );
}
