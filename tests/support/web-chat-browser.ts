import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

/**
 * What the browser tests of the web chat page share: Debian's Chromium (never a downloaded one),
 * a context that reports CSP violations and script errors, the transcript's parts as a person finds
 * them (by role and name), and axe-core.
 */

export const repoRoot = join(__dirname, '..', '..');
export const testOutput = join(repoRoot, 'test-output');
/** How long to wait for something the page should show. */
export const wait = 15_000;
/** A test's own time limit. */
export const step = 60_000;

const chromiumPath = '/usr/bin/chromium';
const axeSource = join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js');

interface AxeResults {
  readonly violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }>;
}

/**
 * The browser globals that the callbacks run in the page use. The project compiles without the DOM
 * lib, so callbacks reach them as `(globalThis as unknown as InPage)`; the cast is erased and the
 * browser sees plain `globalThis`.
 */
export interface InPage {
  readonly document: {
    readonly activeElement: { readonly outerHTML: string } | null;
    addEventListener(type: 'securitypolicyviolation', listener: (event: { violatedDirective: string; blockedURI: string }) => void): void;
    createTreeWalker(root: unknown, whatToShow: number): { nextNode(): InPageText | null };
    createRange(): { setStart(node: InPageText, offset: number): void; setEnd(node: InPageText, offset: number): void; getClientRects(): ArrayLike<InPageRect> };
  };
  readonly localStorage: { getItem(key: string): string | null };
  readonly axe: { run(context: unknown, options: object): Promise<AxeResults> };
  getComputedStyle(element: unknown): {
    borderLeftStyle: string;
    borderLeftWidth: string;
    borderTopLeftRadius: string;
    borderTopColor: string;
    backgroundColor: string;
    color: string;
  };
}

interface InPageText {
  readonly textContent: string | null;
}

interface InPageRect {
  readonly top: number;
  readonly width: number;
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

/** Launches Debian's Chromium, headless, with the project's flags and any `extraArgs`; says how to install it when it is missing. */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium is not installed at ${chromiumPath}. Install the Debian package \`chromium\` (apt-get install -y chromium): this test needs a real browser and never downloads one.`);
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...extraArgs],
  });
}

/** Everything the browser says about the Content-Security-Policy, and scripts that failed, in any page of a context. */
export interface PageProblems {
  readonly cspViolations: string[];
  readonly pageErrors: string[];
}

/** A context at 1024 × 800 in en-GB, UK time, whose pages report into `problems`. */
export async function newChatContext(browser: Browser, problems: PageProblems, options: { javaScriptEnabled: boolean }): Promise<BrowserContext> {
  const created = await browser.newContext({ ...options, viewport: { width: 1024, height: 800 }, locale: 'en-GB', timezoneId: 'Europe/London' });
  // The securitypolicyviolation event also catches what the console might word differently.
  await created.addInitScript(() => {
    (globalThis as unknown as InPage).document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  created.on('page', (target: Page) => {
    target.on('console', (message) => {
      if (/Content Security Policy|CSP violation/i.test(message.text())) problems.cspViolations.push(`${target.url()}: ${message.text()}`);
    });
    target.on('pageerror', (error) => problems.pageErrors.push(`${target.url()}: ${error.message}`));
  });
  return created;
}

/** Paragraphs of the visible transcript (Web Chat also keeps hidden copies for screen readers). */
export function transcriptMessages(page: Page, text: string | RegExp): Locator {
  return page.getByRole('feed').getByRole('paragraph').filter({ hasText: text });
}

export function suggestedAction(page: Page, name: string): Locator {
  return page.getByRole('toolbar', { name: 'Suggested actions' }).getByRole('button', { name, exact: true });
}

export function sendBox(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Your message' });
}

/** Types a message and sends it with Enter. */
export async function say(page: Page, text: string): Promise<void> {
  await sendBox(page).fill(text);
  await sendBox(page).press('Enter');
}

/**
 * Every request of `target` to `origin` from now on that is answered with an error ("METHOD path
 * status") or gets no answer at all ("METHOD path: net::…"), except on paths starting with one of
 * `expected` (errors the test itself brings about).
 */
export function watchFailedRequests(target: Page, origin: string, expected: readonly string[] = []): string[] {
  const failed: string[] = [];
  const watched = (address: string) => {
    const url = new URL(address);
    return url.origin === origin && !expected.some((path) => url.pathname.startsWith(path)) ? url.pathname : undefined;
  };
  target.on('response', (response) => {
    const path = watched(response.url());
    if (path !== undefined && response.status() >= 400) failed.push(`${response.request().method()} ${path} ${response.status()}`);
  });
  target.on('requestfailed', async (request) => {
    const path = watched(request.url());
    if (path === undefined) return;
    // Chromium aborts a navigation that turns into a download (an attachment): that one worked.
    const attachment = (await request.response())?.headers()['content-disposition']?.startsWith('attachment') === true;
    if (!attachment) failed.push(`${request.method()} ${path}: ${request.failure()?.errorText ?? 'failed'}`);
  });
  return failed;
}

/** The WCAG 2.2 AA rules (and the A and earlier AA ones they include), for pages that must meet it exactly. */
export const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/** axe-core's violations in the page: every rule, or only those with one of `tags`; elements matching `exclude` are left out. */
export async function runAxe(target: Page, options: { readonly tags?: readonly string[]; readonly exclude?: readonly string[] } = {}): Promise<AxeViolation[]> {
  // The page's CSP rightly refuses inline scripts, so page.addScriptTag({ path }) is blocked (and
  // would itself be reported as a violation). DevTools evaluation is not subject to the page's CSP.
  await target.evaluate(readFileSync(axeSource, 'utf8'));
  return target.evaluate(async ({ tags, exclude }) => {
    const inPage = globalThis as unknown as InPage;
    const context = exclude === undefined ? inPage.document : { include: [inPage.document], exclude: exclude.map((selector) => [selector]) };
    const results = await inPage.axe.run(context, { resultTypes: ['violations'], ...(tags === undefined ? {} : { runOnly: { type: 'tag', values: tags } }) });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  }, options);
}

/** The serious and critical violations; the rest are printed, so they are seen but do not fail. */
export function seriousOrWorse(violations: AxeViolation[], where: string): AxeViolation[] {
  const minor = violations.filter((violation) => violation.impact !== 'serious' && violation.impact !== 'critical');
  for (const violation of minor) console.info(`axe (${where}, ${violation.impact ?? 'no impact'}): ${violation.id}: ${violation.help} at ${violation.targets.join(', ')}`);
  if (violations.length === 0) console.info(`axe (${where}): no violations`);
  return violations.filter((violation) => !minor.includes(violation));
}

/**
 * The words in `scope` that the browser has broken across two lines ("Understandi / ng"). A line
 * may still break after a hyphen, a dash or a slash, as in print, so those count as word ends.
 */
export async function wordsSplitAcrossLines(scope: Locator): Promise<string[]> {
  return scope.evaluateAll((elements) => {
    const inPage = globalThis as unknown as InPage;
    const split: string[] = [];
    for (const root of elements) {
      const walker = inPage.document.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        for (const word of (node.textContent ?? '').matchAll(/[^\s\-‐–—/]+/g)) {
          const range = inPage.document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const lineTops = new Set(Array.from(range.getClientRects(), (rect) => (rect.width > 0 ? Math.round(rect.top) : undefined)).filter((top) => top !== undefined));
          if (lineTops.size > 1) split.push(word[0]);
        }
      }
    }
    return split;
  });
}
