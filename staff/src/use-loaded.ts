import { useCallback, useEffect, useState } from 'react';

/** An answer being fetched: loading, loaded with its value, or failed with the error. */
export type Loaded<T> = { readonly state: 'loading' } | { readonly state: 'loaded'; readonly value: T } | { readonly state: 'failed'; readonly error: unknown };

/**
 * Fetches with `load` when the page opens and whenever `key` changes (another site); `reload()`
 * fetches again. An answer that arrives after a newer fetch started is dropped.
 */
export function useLoaded<T>(load: () => Promise<T>, key: string): { loaded: Loaded<T>; reload: () => void } {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    load().then(
      (value) => current && setLoaded({ state: 'loaded', value }),
      (error: unknown) => current && setLoaded({ state: 'failed', error }),
    );
    return () => {
      current = false;
    };
    // `load` is a new function on every render; `key` and `round` say when to fetch again.
  }, [key, round]);
  const reload = useCallback(() => setRound((value) => value + 1), []);
  return { loaded, reload };
}
