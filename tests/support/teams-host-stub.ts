import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A stand-in for Teams on the web, for browser tests of the staff app's tab: an HTTPS page that
 * frames the tab and answers teams-js's messages as Teams does (`initialize`, then
 * `authentication.getAuthToken` with the token it was given). teams-js only listens to hosts on
 * its list of Teams origins, over https, and the tab's CSP only lets those hosts frame it, so the
 * page is served as https://teams.microsoft.com: Chromium is pointed at this server for that name
 * (`hostResolverArgs`) and told to accept its self-signed certificate. Nothing leaves the machine.
 */
export interface TeamsHostStub {
  /** Chromium flags: teams.microsoft.com (and any `otherHosts`) resolve here; teams-js's CDN list of origins does not resolve. */
  readonly chromiumArgs: readonly string[];
  /** The host page framing `tabUrl` (`https://teams.microsoft.com/?as=<token name>`). */
  pageUrl(tokenName: string, host?: string): string;
  stop(): Promise<void>;
}

/** What teams-js asked the host, in order (`initialize`, `authentication.getAuthToken`, ...), as the page records it in `window.hostCalls`. */
export interface HostPageGlobals {
  readonly hostCalls: string[];
}

/** Starts the host on 127.0.0.1; `tokens` are what getAuthToken answers, by name (`?as=<name>`). */
export async function startTeamsHostStub(options: { readonly tabUrl: string; readonly tokens: Readonly<Record<string, string>>; readonly otherHosts?: readonly string[] }): Promise<TeamsHostStub> {
  const { key, cert } = selfSignedCertificate();
  const server = createServer({ key, cert }, (req, res) => {
    const tokenName = new URL(req.url ?? '/', 'https://teams.microsoft.com').searchParams.get('as') ?? '';
    res.statusCode = 200;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(hostPage(options.tabUrl, options.tokens[tokenName]));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const mapped = ['teams.microsoft.com', ...(options.otherHosts ?? [])].map((host) => `MAP ${host} 127.0.0.1:${port}`);
  return {
    chromiumArgs: [`--host-resolver-rules=${[...mapped, 'MAP res.cdn.office.net ~NOTFOUND'].join(', ')}`, '--ignore-certificate-errors'],
    pageUrl: (tokenName, host = 'teams.microsoft.com') => `https://${host}/?as=${encodeURIComponent(tokenName)}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * The runtime Teams reports to teams-js on `initialize` (API version 4): enough for a content tab
 * that signs in by SSO.
 */
const runtime = { apiVersion: 4, isLegacyTeams: false, supports: { appInitialization: {}, authentication: {}, pages: { appButton: {}, tabs: {}, config: {} }, teamsCore: {} } };

function hostPage(tabUrl: string, token: string | undefined): string {
  const script = `
const tab = document.getElementById('tab');
window.hostCalls = [];
window.addEventListener('message', (event) => {
  if (event.source !== tab.contentWindow) return;
  const message = event.data;
  if (message === null || typeof message !== 'object' || typeof message.func !== 'string') return;
  window.hostCalls.push(message.func);
  const reply = (args) => tab.contentWindow.postMessage({ id: message.id, uuidAsString: message.uuidAsString, args }, event.origin);
  if (message.func === 'initialize') reply(['content', 'web', ${JSON.stringify(JSON.stringify(runtime))}, '2.0.1']);
  else if (message.func === 'authentication.getAuthToken') reply(${token === undefined ? "[false, 'resourceDisabled']" : `[true, ${JSON.stringify(token)}]`});
});`;
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Teams (test host)</title>
<style>body{margin:0}iframe{border:0;width:100vw;height:100vh;display:block}</style></head>
<body><iframe id="tab" title="Living Well staff tab" src="${tabUrl}"></iframe><script>${script}</script></body></html>`;
}

/** A throwaway certificate for teams.microsoft.com (Chromium is told to accept it). */
function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'teams-host-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=teams.microsoft.com', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
