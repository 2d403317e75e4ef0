import type { Route } from '../page-props';

/** The route a hash names (`#/callbacks/42` → `/callbacks/42`); an empty hash is ''. */
export function routeOfHash(hash: string): string {
  const path = hash.replace(/^#/, '');
  return path.startsWith('/') ? path.replace(/\/+$/, '') : '';
}

/** The page (of those given) whose pattern matches `path`, with its parameters. */
export function matchPage<P extends { readonly pattern: string }>(pages: readonly P[], path: string): { page: P; route: Route } | undefined {
  const parts = path.split('/').filter((part) => part !== '');
  for (const page of pages) {
    const patternParts = page.pattern.split('/').filter((part) => part !== '');
    if (patternParts.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const matches = patternParts.every((patternPart, index) => {
      const part = parts[index] ?? '';
      if (patternPart.startsWith(':')) {
        params[patternPart.slice(1)] = safeDecode(part);
        return true;
      }
      return patternPart === part;
    });
    if (matches) return { page, route: { path, params } };
  }
  return undefined;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
