import { makeStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  region: { overflowX: 'auto', maxWidth: '100%' },
  inner: { minWidth: '640px' },
});

/**
 * A wide table on a narrow screen: it keeps its columns and scrolls sideways (WCAG 1.4.10 allows
 * that for data tables). The region takes focus, so the keyboard can scroll it too.
 */
export function TableScroller(props: { readonly label: string; readonly children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.region} role="region" aria-label={props.label} tabIndex={0}>
      <div className={styles.inner}>{props.children}</div>
    </div>
  );
}
