import { Text, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { Fragment } from 'react';
import { languageName } from '../../../../src/domain/team/team-directory';
import { defaultReviewCadenceWeeks } from '../../../../src/domain/team/team-directory';
import { britishDateInWords } from '../../../../src/domain/local-date';
import { closureHoursWords } from './team-form-values';
import type { TeamView } from './team-schemas';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { display: 'grid', gridTemplateColumns: 'minmax(8rem, max-content) 1fr', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, overflowWrap: 'anywhere' },
  plain: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/** Practitioners: the team's details as saved, to read. */
export function TeamSummary(props: { readonly view: TeamView }) {
  const styles = useStyles();
  const { saved, weeklyHours, openNow } = props.view;
  const address = [saved.address.line1, saved.address.line2, saved.address.city, saved.address.postcode].filter((part) => part !== undefined).join(', ');
  const facts: Array<[string, string]> = [
    ['Team', saved.teamName],
    ['Open now', openNow ? 'Yes' : 'No'],
    ['Phone', saved.phone],
    ...(saved.textNumber === undefined ? [] : [['Texts', saved.textNumber] as [string, string]]),
    ['Email', saved.email],
    ['Address', address],
    ['Languages', saved.languages.map((code) => languageName(code) ?? code).join(', ')],
    ['Bank holidays', saved.closedOnBankHolidays === true ? 'Closed' : 'Open as on any other day'],
    ['Goals reviewed every', `${saved.reviewCadenceWeeks ?? defaultReviewCadenceWeeks} weeks`],
  ];
  return (
    <section className={styles.section} aria-labelledby="team-summary-title">
      <Title3 as="h2" id="team-summary-title">
        Contact details and hours
      </Title3>
      <dl className={styles.list}>
        {facts.map(([term, value]) => (
          <Fragment key={term}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </Fragment>
        ))}
      </dl>
      <Text as="p" weight="semibold">
        Weekly hours
      </Text>
      <ul className={styles.plain}>
        {weeklyHours.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <Text as="p" weight="semibold">
        Extra closures and changed days
      </Text>
      {saved.exceptions.length === 0 ? (
        <Text as="p">None.</Text>
      ) : (
        <ul className={styles.plain}>
          {saved.exceptions.map((exception) => (
            <li key={exception.date}>
              {britishDateInWords(`${exception.date}T12:00:00.000Z`)}: {exception.reason} ({closureHoursWords(exception.periods).toLowerCase()})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
