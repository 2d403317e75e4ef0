import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { isAppError } from '../domain/app-error';
import { crisisNumbers } from '../domain/crisis-lines';
import { telLink } from './crisis-number-links';
import { pathParams } from './request-parts';
import { securityHeaders, urgentHelpCsp } from './webchat-page-routes';

/** Where "export my data" links point: `/my-data/<token>`. */
export const myDataDownloadPath = '/my-data/';

/** The downloads of "export my data" (implemented by the bot's export links). */
export interface MyDataDownloads {
  /**
   * Checks a link without using it up.
   * @throws AppError NOT_FOUND for a token the service did not make; GONE when it expired.
   */
  check(token: string): void;
  /**
   * The file a link's token downloads, once.
   * @throws AppError NOT_FOUND for a token the service did not make; GONE when it expired or was used.
   */
  redeem(token: string): Promise<{ readonly fileName: string; readonly json: string }>;
}

/** The link's token; whatever it is, a link that does not work gets the page saying so (never a JSON 400). */
const tokenParam = { schema: z.object({ token: z.string().catch('') }), hint: 'The link has no token.' };

export interface MyDataRoutesOptions {
  readonly downloads: MyDataDownloads;
  readonly logger: Logger;
}

/** The download page's policy: the urgent-help page's, with its one form posting back here. */
const downloadPageCsp = urgentHelpCsp.replace("form-action 'none'", "form-action 'self'");

/**
 * Mounts the "export my data" link. `GET /my-data/:token` is a page with a Download button and
 * never uses the link up, so a phone or messaging app that opens a link to preview it (an SMS link
 * especially) cannot spend the one download; `POST /my-data/:token` (the button, or web chat's
 * "Download my data") gives the file once (`Content-Disposition: attachment`, never cached). A link
 * that does not work (any more) gets a plain page saying how to get a new one. Logged by outcome
 * only: never the token.
 */
export function mountMyDataRoutes(server: Server, options: MyDataRoutesOptions): void {
  const tokenOf = (req: Request): string => pathParams(req, tokenParam).token;
  server.get(`${myDataDownloadPath}:token`, async (req: Request, res: Response) => {
    try {
      const token = tokenOf(req);
      options.downloads.check(token);
      res.writeHead(200, { ...securityHeaders, 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': downloadPageCsp, 'Cache-Control': 'no-store' });
      res.end(downloadPage(`${myDataDownloadPath}${encodeURIComponent(token)}`));
    } catch (error) {
      refuse(res, error, options.logger);
    }
  });
  server.post(`${myDataDownloadPath}:token`, async (req: Request, res: Response) => {
    try {
      const file = await options.downloads.redeem(tokenOf(req));
      res.writeHead(200, {
        ...securityHeaders,
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="${file.fileName}"`,
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'Cache-Control': 'no-store',
      });
      res.end(file.json);
      options.logger.info({ event: 'mydata.downloaded' }, 'data export downloaded');
    } catch (error) {
      refuse(res, error, options.logger);
    }
  });
}

/** A link that does not work: 410 when it expired or was used, 404 when unknown, 503 when the store is down. */
function refuse(res: Response, error: unknown, logger: Logger): void {
  const status = isAppError(error, 'GONE') ? 410 : isAppError(error, 'NOT_FOUND') ? 404 : 503;
  logger.info({ event: 'mydata.download_refused', status }, 'data export not downloaded');
  res.writeHead(status, { ...securityHeaders, 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': urgentHelpCsp, 'Cache-Control': 'no-store' });
  res.end(status === 503 ? unavailablePage : noLongerWorksPage);
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${title} – Living Well companion</title>
    <link rel="stylesheet" href="/static/styles.css">
  </head>
  <body class="help-page">
    <main id="main" class="help">
      <h1>${title}</h1>
      ${body}
      <p><a class="back-link back-link--inline" href="/">Back to the chat</a></p>
      <p>If you need help now, see <a href="/urgent-help">urgent help</a>: call ${telLink(crisisNumbers.emergency)} if you are in immediate danger,
        or Samaritans on ${telLink(crisisNumbers.samaritans)} (free, 24/7).</p>
    </main>
  </body>
</html>`;
}

const noLongerWorksPage = page(
  'This download link no longer works',
  `<p class="help__lead">A link to your data works once, for a few minutes, so that no one else can use it.</p>
      <p>To download your data again, type <strong>export my data</strong> in the chat.</p>`,
);

/** The page a link opens: one button that posts back to the link and downloads the file. */
function downloadPage(action: string): string {
  return page(
    'Download your data',
    `<p class="help__lead">Your data is ready as a file (JSON). The link works once, for a few minutes.</p>
      <form method="post" action="${action}"><button class="button" type="submit">Download my data</button></form>`,
  );
}

const unavailablePage = page('Your data could not be downloaded just now', '<p class="help__lead">Please try the link again in a moment.</p>');
