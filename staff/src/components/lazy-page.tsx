import { Spinner } from '@fluentui/react-components';
import { Suspense, lazy, type ComponentType } from 'react';
import type { PageProps } from '../page-props';

/**
 * A page whose code (and the domain rules it bundles, such as the phone number metadata) is a
 * chunk fetched when the page is first opened, not part of the app's first load.
 */
export function lazyPage(load: () => Promise<ComponentType<PageProps>>, loadingLabel: string): ComponentType<PageProps> {
  const Page = lazy(async () => ({ default: await load() }));
  return function LazyPage(props: PageProps) {
    return (
      <Suspense fallback={<Spinner label={loadingLabel} />}>
        <Page {...props} />
      </Suspense>
    );
  };
}
