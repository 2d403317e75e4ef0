import { randomBytes } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { findPackageRoot } from '../runtime/package-root';
import { crisisNumbers } from '../domain/crisis-lines';
import { acceptsGzip, CompressedFile, contentHash } from './compressed-file';
import { shoutSmsLink, telLink } from './crisis-number-links';
import type { Request, Response, Server } from 'restify';

export interface WebChatPageOptions {
  /** Folder holding index.html, app.js, styles.css and urgent-help.html. */
  readonly publicDir: string;
  /** botframework-webchat's browser bundle (`dist/webchat.js`, exposes `window.WebChat`). */
  readonly webChatBundlePath: string;
  /** Another Direct Line the page may connect to (Azure, when DIRECT_LINE_SECRET is set): `https://host`. */
  readonly externalDirectLine?: string;
}

/**
 * Where the page's files are by default: `<repo>/public` (found by walking up from this file, so
 * it works from `src/http` under tsx and from `dist/src/http` after a build) and Web Chat's bundle.
 */
export function defaultWebChatPagePaths(): WebChatPageOptions {
  return { publicDir: findPublicDir(__dirname), webChatBundlePath: resolveWebChatBundle() };
}

/** CSP hash of the empty string (see chatPageCsp). */
const emptyStyleHash = 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';

/**
 * The Content-Security-Policy of the chat page. Everything comes from this origin; nothing inline
 * runs. Exceptions, each needed by Web Chat 4.18 as seen in a real browser:
 * - `style-src 'nonce-…'`: Web Chat (emotion) injects its `<style>` elements at run time; they carry
 *   the per-request nonce that the page hands to `renderWebChat`, so no `'unsafe-inline'` is needed.
 * - `style-src 'sha256-47DEQ…'` is the hash of the empty string. Web Chat 4.18 does not pass its
 *   nonce on to react-scroll-to-bottom (the transcript's scroller), whose emotion cache adds an
 *   empty `<style>` element and fills it through CSSOM `insertRule` (one rule: the scroll panel's
 *   height, width and overflow), which CSP does not govern. Without this the browser refuses that
 *   element on every page load: Web Chat's own styles happen to cover the lost rule today, but the
 *   violation report would be noise that hides real ones. The hash admits only empty `<style>`
 *   elements, so injected markup still cannot carry CSS, and 'unsafe-inline' stays out.
 * - `img-src data:`: small SVG images as `data:` URLs: the page's icon, the typing and sending
 *   animations that app.js hands Web Chat (otherwise Web Chat loads its built-in GIFs from `blob:`
 *   URLs, which would need `blob:` as well), and Web Chat's own external-link mark in messages.
 *   Images cannot run script.
 * `connect-src 'self'` covers the Direct Line WebSocket too (CSP Level 3 lets 'self' match ws:/wss:
 * on the same host and port).
 */
export function chatPageCsp(nonce: string, externalDirectLine?: string): string {
  // Azure Direct Line, when configured: its REST calls and its WebSocket stream.
  const external = externalDirectLine === undefined ? '' : ` ${externalDirectLine} ${externalDirectLine.replace(/^http/, 'ws')}`;
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}' '${emptyStyleHash}'`,
    "img-src 'self' data:",
    `connect-src 'self'${external}`,
    "base-uri 'none'",
    // The one form: "Download my data" posts to its own link (see public/app.js downloadHere).
    "form-action 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** The urgent-help page has no scripts at all, so its policy is stricter still (data: is its icon). */
export const urgentHelpCsp = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers every page and file served to browsers carries. */
export const securityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
} as const;

const html = 'text/html; charset=utf-8';
const javascript = 'text/javascript; charset=utf-8';
const css = 'text/css; charset=utf-8';

/** Served when index.html cannot be read: still says where urgent help is. */
const fallbackPage = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Living Well companion</title></head>
<body><h1>Living Well companion</h1><p>The chat is not available just now. Please try again later.</p>
<p>If you are in immediate danger, call ${telLink(crisisNumbers.emergency)} or go to A&amp;E.
Samaritans: call ${telLink(crisisNumbers.samaritans)} (free, 24/7). Shout: text SHOUT to ${shoutSmsLink} (24/7).</p>
<p><a href="/urgent-help">More urgent help</a></p></body></html>`;

/**
 * Mounts the web chat page: `GET /` (index.html with a fresh CSP nonce per request), its script and
 * styles under `/static/`, Web Chat's bundle at `/static/webchat.js`, and `/urgent-help`, a static
 * page that works without JavaScript. Plain restify: no bot framework here.
 */
export function mountWebChatPage(server: Server, options: WebChatPageOptions): void {
  const file = (name: string) => join(options.publicDir, name);
  // The bundle's URL carries a hash of its content, so it can be cached for a year and an upgrade
  // of Web Chat still reaches every browser at once.
  const bundleVersion = contentHash(readBundle(options.webChatBundlePath));
  const bundle = new CompressedFile(options.webChatBundlePath);

  server.get('/', async (_req: Request, res: Response) => {
    const nonce = randomBytes(18).toString('base64');
    const template = await readFile(file('index.html'), 'utf8').catch(() => undefined);
    const body = (template ?? fallbackPage).replaceAll('{{nonce}}', nonce).replaceAll('{{webChatVersion}}', bundleVersion);
    res.writeHead(template === undefined ? 500 : 200, {
      ...securityHeaders,
      'Content-Security-Policy': chatPageCsp(nonce, options.externalDirectLine),
      'Content-Type': html,
      // The nonce is new on every request: a cached copy must never be reused.
      'Cache-Control': 'no-store',
    });
    res.end(body);
  });

  server.get('/urgent-help', async (req: Request, res: Response) => {
    await sendSmallFile(req, res, file('urgent-help.html'), html, urgentHelpCsp);
  });
  server.get('/static/app.js', async (req: Request, res: Response) => {
    await sendSmallFile(req, res, file('app.js'), javascript, undefined);
  });
  // Web push (see push.js): the offer's script, and the service worker that shows the notice. A
  // worker registered from /static/ is allowed by `script-src 'self'` (CSP's worker-src falls back to it).
  server.get('/static/push.js', async (req: Request, res: Response) => {
    await sendSmallFile(req, res, file('push.js'), javascript, undefined);
  });
  server.get('/static/push-worker.js', async (req: Request, res: Response) => {
    await sendSmallFile(req, res, file('push-worker.js'), javascript, undefined);
  });
  server.get('/static/styles.css', async (req: Request, res: Response) => {
    await sendSmallFile(req, res, file('styles.css'), css, undefined);
  });

  server.get('/static/webchat.js', async (req: Request, res: Response) => {
    const headers = {
      ...securityHeaders,
      'Content-Type': javascript,
      'Cache-Control': 'public, max-age=31536000, immutable',
      ETag: `"${bundleVersion}"`,
      Vary: 'Accept-Encoding',
    };
    if (req.header('if-none-match') === headers.ETag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    // About 3.9 MB as it is, about 1 MB gzipped: compress once, then serve the same bytes.
    const compressed = acceptsGzip(req) ? await bundle.gzipped().catch(() => undefined) : undefined;
    if (compressed !== undefined) {
      res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': String(compressed.length) });
      res.end(compressed);
      return;
    }
    res.writeHead(200, headers);
    await pipeline(createReadStream(options.webChatBundlePath), res).catch(() => res.destroy());
  });
}

/** Small static files: read whole, revalidated with an ETag on each use (`no-cache`). */
async function sendSmallFile(req: Request, res: Response, path: string, contentType: string, csp: string | undefined): Promise<void> {
  const content = await readFile(path).catch(() => undefined);
  if (content === undefined) {
    res.writeHead(404, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end('Not found');
    return;
  }
  const etag = `"${contentHash(content)}"`;
  const headers: Record<string, string> = { ...securityHeaders, 'Content-Type': contentType, 'Cache-Control': 'no-cache', ETag: etag };
  if (csp !== undefined) headers['Content-Security-Policy'] = csp;
  if (req.header('if-none-match') === etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(200, headers);
  res.end(content);
}

/** Read once at start-up: a missing bundle is a broken install, so say so plainly and stop. */
function readBundle(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch {
    throw new Error(`Web Chat's browser bundle is missing at ${path}; reinstall dependencies (npm ci).`);
  }
}

function findPublicDir(start: string): string {
  return join(findPackageRoot(start), 'public');
}

/**
 * The package's `exports` hide `dist/` from `require.resolve`, so resolve its entry point
 * (`lib/index.js`) and step from the package folder to the bundle.
 */
function resolveWebChatBundle(): string {
  const entry = createRequire(__filename).resolve('botframework-webchat');
  const packageDir = dirname(dirname(entry));
  return join(packageDir, 'dist', 'webchat.js');
}
