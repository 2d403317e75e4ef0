import { Spinner, Text } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Loaded } from '../use-loaded';
import { ProblemBar } from './problem-bar';

/**
 * What a page shows of something it fetched: a spinner while loading, the problem if it failed,
 * a plain sentence when there is nothing (`isEmpty`), else `children` with the value.
 */
export function LoadedContent<T>(props: {
  readonly loaded: Loaded<T>;
  /** "Loading tokens…" */
  readonly loading: string;
  /** "Could not load the tokens." */
  readonly failed: string;
  readonly isEmpty: (value: T) => boolean;
  /** "This site has no tokens yet." */
  readonly empty: string;
  readonly children: (value: T) => ReactNode;
}) {
  const { loaded } = props;
  if (loaded.state === 'loading') return <Spinner label={props.loading} />;
  if (loaded.state === 'failed') return <ProblemBar title={props.failed} error={loaded.error} />;
  if (props.isEmpty(loaded.value)) return <Text as="p">{props.empty}</Text>;
  return <>{props.children(loaded.value)}</>;
}
