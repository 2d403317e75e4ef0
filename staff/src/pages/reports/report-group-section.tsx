import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { TableScroller } from '../../components/table-scroller';
import { shortMonthName } from './report-months';
import { ReportChart } from './report-chart';
import { cellsByMonth, chartDescription, groupSummary, publishedComparison, type ReportGroupView } from './report-summaries';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '720px' },
  definition: { display: 'block', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, maxWidth: '320px' },
  published: { display: 'block', fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  caption: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  table: { tableLayout: 'auto' },
  measureCell: { minWidth: '240px' },
  figureCell: { whiteSpace: 'nowrap' },
});

/**
 * One group of measures (access, goals, ...): a sentence summing up its latest month, a chart of
 * its first measure with the chart's words as its caption, and a table of every measure month by
 * month with the measure's definition and the programme's published figure beside it.
 */
export function ReportGroupSection(props: { readonly group: ReportGroupView; readonly months: readonly string[] }) {
  const styles = useStyles();
  const { group, months } = props;
  const titleId = `report-${group.id}-title`;
  const [headline] = group.measures;
  return (
    <section className={styles.section} aria-labelledby={titleId}>
      <Title3 as="h2" id={titleId}>
        {group.label}
      </Title3>
      <Text as="p">{groupSummary(group, months)}</Text>
      {headline !== undefined && (
        <figure className={styles.figure}>
          <ReportChart measure={headline} months={months} />
          <figcaption className={styles.caption}>{chartDescription(headline, months)}</figcaption>
        </figure>
      )}
      <TableScroller label={`${group.label}: figures by month`}>
        <Table aria-labelledby={titleId} size="small" className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.measureCell}>Measure</TableHeaderCell>
              {months.map((month) => (
                <TableHeaderCell key={month}>{shortMonthName(month)}</TableHeaderCell>
              ))}
              <TableHeaderCell>Whole range</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {group.measures.map((measure) => (
              <TableRow key={measure.id}>
                <TableHeaderCell scope="row" className={styles.measureCell}>
                  <span>
                    {measure.label}
                    <span className={styles.definition}>{measure.definition}</span>
                    {publishedComparison(measure) !== undefined && <span className={styles.published}>{publishedComparison(measure)}</span>}
                  </span>
                </TableHeaderCell>
                {cellsByMonth(measure, months).map((cell) => (
                  <TableCell key={cell.month} className={styles.figureCell}>
                    {cell.display}
                  </TableCell>
                ))}
                <TableCell>{measure.total?.display ?? 'not given'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroller>
    </section>
  );
}
