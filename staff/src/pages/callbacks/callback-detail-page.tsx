import { Text, Title2 } from '@fluentui/react-components';
import type { PageProps } from '../../page-props';

/** Placeholder so that the shell compiles; the page's own helper replaces this file. */
export function CallbackDetailPage(_props: PageProps) {
  return (
    <section>
      <Title2 as="h1">Callback</Title2>
      <Text as="p">This page is not ready yet.</Text>
    </section>
  );
}
