import { makeStyles, tokens } from '@fluentui/react-components';
import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';
import type { ReportMeasure } from '../../../../src/domain/reports/report-view';
import { shortMonthName } from './report-months';
import { chartDescription, chartDomain, chartPoints } from './report-summaries';

const useStyles = makeStyles({
  chart: {
    color: tokens.colorNeutralForeground1,
    // Plot's own <style> element is removed (the CSP refuses it); these are its rules.
    '& svg': { display: 'block', maxWidth: '100%', height: 'auto' },
    '& svg text': { whiteSpace: 'pre' },
    '& svg rect': { fill: tokens.colorBrandBackground },
  },
});

/** The y axis's tick format for the measure's unit (shares are 0..1). */
function tickFormat(unit: ReportMeasure['unit']): string | null {
  return unit === 'share' ? '.0%' : null;
}

/**
 * A measure month by month as an Observable Plot bar chart (SVG), one bar per month with a figure;
 * suppressed months are gaps. The SVG is an image named by {@link chartDescription}. Plot needs a
 * document, so it draws after render into the container; its `<style>` element is taken out before
 * the SVG joins the page, because the page's CSP admits only nonce'd style elements.
 */
export function ReportChart(props: { readonly measure: ReportMeasure; readonly months: readonly string[] }) {
  const styles = useStyles();
  const container = useRef<HTMLDivElement>(null);
  const { measure, months } = props;
  useEffect(() => {
    const target = container.current;
    if (target === null) return undefined;
    const svg = Plot.plot({
      width: 640,
      height: 280,
      marginLeft: 48,
      marginBottom: 56,
      x: { domain: months.map(shortMonthName), label: null, tickRotate: months.length > 6 ? -45 : 0 },
      y: { grid: true, label: measure.label, tickFormat: tickFormat(measure.unit), domain: chartDomain(measure, months) },
      marks: [Plot.barY(chartPoints(measure, months), { x: 'month', y: 'value' }), Plot.ruleY([0])],
    });
    svg.querySelectorAll('style').forEach((element) => element.remove());
    // Plot names its marks' groups ("bar", "rule"); inside an image those names are not allowed, and the image's own name says it all.
    svg.querySelectorAll('[aria-label], [aria-description]').forEach((element) => {
      element.removeAttribute('aria-label');
      element.removeAttribute('aria-description');
    });
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', chartDescription(measure, months));
    target.replaceChildren(svg);
    return () => target.replaceChildren();
  }, [measure, months]);
  return <div ref={container} className={styles.chart} />;
}
