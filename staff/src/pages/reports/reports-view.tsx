import { Button, Field, Input, Text, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { defaultReportRange } from '../../../../src/domain/reports/report-months';
import { reportViewSchema } from '../../../../src/domain/reports/report-view';
import { britishDateTime } from '../../british-time';
import { LoadedContent } from '../../components/loaded-content';
import { ProblemBar } from '../../components/problem-bar';
import type { PageProps } from '../../page-props';
import { useLoaded } from '../../use-loaded';
import { saveFile } from '../listings/save-file';
import { ReportGroupSection } from './report-group-section';
import { monthRangeProblem, type MonthRange } from './report-months';
import { reportGroups } from './report-summaries';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  range: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalL },
});

/**
 * `#/reports`: the site's outcome report for a range of months (the last 12 and the current one
 * by default): each group's summary, chart and table, and the same figures as a CSV download.
 */
export function ReportsView(props: PageProps) {
  const styles = useStyles();
  const [range, setRange] = useState<MonthRange>(() => defaultReportRange(Date.now()));
  const problem = monthRangeProblem(range);
  const query = `reports?from=${range.from}&to=${range.to}`;
  const { loaded } = useLoaded(
    () => (problem === undefined ? props.client.get(query, reportViewSchema) : Promise.reject(new Error(problem))),
    `${props.siteId} ${query}`,
  );
  const [downloading, setDownloading] = useState(false);
  const [downloadProblem, setDownloadProblem] = useState<unknown>();
  const download = async () => {
    setDownloading(true);
    setDownloadProblem(undefined);
    try {
      const file = await props.client.download(`${query}&format=csv`);
      saveFile(file.fileName, file.text, 'text/csv');
    } catch (error) {
      setDownloadProblem(error);
    } finally {
      setDownloading(false);
    }
  };

  return (
    <section className={styles.page} aria-labelledby="reports-title">
      <Title2 as="h1" id="reports-title">
        Reports
      </Title2>
      <Text as="p">
        How Living Well is doing at this site, month by month: built from anonymous counts kept as things happen. A figure about fewer than 5 people shows as
        &quot;fewer than 5&quot;, and one that would let it be worked out shows as &quot;suppressed&quot;.
      </Text>
      <div className={styles.range}>
        <Field label="From month" validationState={problem === undefined ? 'none' : 'error'} validationMessage={problem ?? null}>
          <Input type="month" value={range.from} onChange={(_, data) => setRange({ ...range, from: data.value })} />
        </Field>
        <Field label="To month">
          <Input type="month" value={range.to} onChange={(_, data) => setRange({ ...range, to: data.value })} />
        </Field>
        <Button disabled={downloading || problem !== undefined} onClick={() => void download()}>
          {downloading ? 'Downloading…' : 'Download CSV'}
        </Button>
      </div>
      {downloadProblem !== undefined && <ProblemBar title="The download failed." error={downloadProblem} />}
      {problem === undefined && (
        <LoadedContent loaded={loaded} loading="Loading the report…" failed="Could not load the report." isEmpty={(report) => report.measures.length === 0} empty="There are no figures for these months.">
          {(report) => (
            <>
              <Text as="p" size={200}>
                Figures made {britishDateTime(report.generatedAt)}.
              </Text>
              {reportGroups(report).map((group) => (
                <ReportGroupSection key={group.id} group={group} months={report.months} />
              ))}
            </>
          )}
        </LoadedContent>
      )}
    </section>
  );
}
