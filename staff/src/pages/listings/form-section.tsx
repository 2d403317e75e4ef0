import { Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '720px' },
});

/** A titled part of a page, labelled by its heading. */
export function FormSection(props: { readonly id: string; readonly title: string; readonly children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby={props.id}>
      <Title3 as="h2" id={props.id}>
        {props.title}
      </Title3>
      {props.children}
    </section>
  );
}
