import { useEffect, useState } from 'react';
import { routeOfHash } from './route-match';

/** The route in the address bar's hash (`/listings/abc`), kept up to date as it changes. */
export function useHashPath(): string {
  const [path, setPath] = useState(() => routeOfHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setPath(routeOfHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return path;
}

/** Goes to another route; the browser's back button comes back. */
export function navigateTo(path: string): void {
  window.location.hash = `#${path}`;
}
