import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Request, Response, Server } from 'restify';
import { findPackageRoot } from '../runtime/package-root';
import { acceptsGzip, CompressedFile } from './compressed-file';
import { securityHeaders } from './webchat-page-routes';

export interface StaffPageOptions {
  /** The built app (`npm run build:staff`): index.html, and its assets in static/. */
  readonly staffDir: string;
}

/** Where `npm run build:staff` puts the app: `<repo>/dist/staff`, from src/ under tsx and from dist/src/ alike. */
export function defaultStaffPagePaths(): StaffPageOptions {
  return { staffDir: join(findPackageRoot(__dirname), 'dist', 'staff') };
}

/**
 * The Teams and Microsoft 365 hosts that may frame the tab (Microsoft Learn, "Prerequisites" of a
 * Teams tab): Teams, the new `*.cloud.microsoft` hosts, Microsoft 365 and Outlook on the web.
 */
export const teamsFrameAncestors = [
  'teams.microsoft.com',
  '*.teams.microsoft.com',
  '*.cloud.microsoft',
  '*.microsoft365.com',
  '*.office.com',
  'outlook.office.com',
  'outlook.office365.com',
  '*.skype.com',
] as const;

/**
 * teams-js fetches its list of valid host origins from this CDN when it loads (it falls back to a
 * built-in list when the fetch fails); only the tab loads teams-js.
 */
export const teamsJsOriginListHost = 'https://res.cdn.office.net';

/**
 * The staff app's Content-Security-Policy. Like the chat page: only this origin's scripts, nothing
 * inline. Fluent UI's styling engine (Griffel) and its theme provider add `<style>` elements at run
 * time; they carry the per-request nonce (the app reads it from `<meta name="csp-nonce">` and hands
 * it to Griffel's renderer), so no `'unsafe-inline'`. `img-src data:` is for inline SVG data URLs.
 * The browser app may not be framed at all; the Teams tab only by the Teams and Microsoft 365 hosts.
 */
export function staffPageCsp(nonce: string, where: 'browser' | 'teams-tab'): string {
  const tab = where === 'teams-tab';
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    `connect-src 'self'${tab ? ` ${teamsJsOriginListHost}` : ''}`,
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${tab ? teamsFrameAncestors.join(' ') : "'none'"}`,
    "object-src 'none'",
  ].join('; ');
}

const html = 'text/html; charset=utf-8';

/** Asset types the build writes; anything else under /staff/static is not ours. */
const assetTypes: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const notBuiltPage = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Living Well staff</title></head>
<body><h1>Living Well staff</h1><p>The staff app has not been built on this server. Run <code>npm run build</code>.</p></body></html>`;

/**
 * Mounts the staff app: `GET /staff` and `/staff/` (the app in a browser), `/staff/tab` (the same
 * app as a Teams tab: framed by Teams, signed in by Teams SSO) and its assets under `/staff/static/`.
 * The page gets a fresh CSP nonce per request and is never cached; the assets' names carry a hash of
 * their content, so they are cached for a year.
 */
export function mountStaffPage(server: Server, options: StaffPageOptions): void {
  const staticDir = join(options.staffDir, 'static');
  const compressed = new Map<string, CompressedFile>();

  const page = (where: 'browser' | 'teams-tab') => async (_req: Request, res: Response) => {
    const nonce = randomBytes(18).toString('base64');
    const template = await readFile(join(options.staffDir, 'index.html'), 'utf8').catch(() => undefined);
    res.writeHead(template === undefined ? 503 : 200, {
      ...securityHeaders,
      'Content-Security-Policy': staffPageCsp(nonce, where),
      'Content-Type': html,
      'Cache-Control': 'no-store',
    });
    res.end(template === undefined ? notBuiltPage : template.replaceAll('{{nonce}}', nonce));
  };
  server.get('/staff', page('browser'));
  server.get('/staff/', page('browser'));
  server.get('/staff/tab', page('teams-tab'));

  server.get('/staff/static/:name', async (req: Request, res: Response) => {
    const name = String(req.params.name ?? '');
    const type = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/.test(name) ? assetTypes[name.slice(name.lastIndexOf('.'))] : undefined;
    const path = join(staticDir, name);
    const content = type === undefined ? undefined : await readFile(path).catch(() => undefined);
    if (type === undefined || content === undefined) {
      res.writeHead(404, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end('Not found');
      return;
    }
    const headers = { ...securityHeaders, 'Content-Type': type, 'Cache-Control': 'public, max-age=31536000, immutable', Vary: 'Accept-Encoding' };
    if (!acceptsGzip(req)) {
      res.writeHead(200, headers);
      res.end(content);
      return;
    }
    let file = compressed.get(name);
    if (file === undefined) compressed.set(name, (file = new CompressedFile(path)));
    const gzipped = await file.gzipped();
    res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': String(gzipped.length) });
    res.end(gzipped);
  });
}
