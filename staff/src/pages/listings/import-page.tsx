import { Title2, makeStyles, tokens } from '@fluentui/react-components';
import type { PageProps } from '../../page-props';
import { DirectorySection } from './directory-section';
import { ImportSection } from './import-section';

const useStyles = makeStyles({ page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL } });

/** `#/import`: import listings from a file with a preview first, and pull them from a directory's Open Referral API. */
export function ImportPage(props: PageProps) {
  const styles = useStyles();
  return (
    <div className={styles.page}>
      <Title2 as="h1">Import</Title2>
      <ImportSection client={props.client} />
      <DirectorySection key={props.siteId} client={props.client} />
    </div>
  );
}
