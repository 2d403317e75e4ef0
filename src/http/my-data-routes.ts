import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import { isAppError } from '../domain/app-error';
import { securityHeaders, urgentHelpCsp } from './webchat-page-routes';

/** Where "export my data" links point: `/my-data/<token>`. */
export const myDataDownloadPath = '/my-data/';

/** The downloads of "export my data" (implemented by the bot's export links). */
export interface MyDataDownloads {
  /**
   * The file a link's token downloads, once.
   * @throws AppError NOT_FOUND for a token the service did not make; GONE when it expired or was used.
   */
  redeem(token: string): Promise<{ readonly fileName: string; readonly json: string }>;
}

export interface MyDataRoutesOptions {
  readonly downloads: MyDataDownloads;
  readonly logger: Logger;
}

/**
 * Mounts `GET /my-data/:token`: the person's data as a JSON file (`Content-Disposition: attachment`,
 * never cached), or, when the link does not work (any more), a plain page saying how to get a new
 * one. Logged by outcome only: never the token.
 */
export function mountMyDataRoutes(server: Server, options: MyDataRoutesOptions): void {
  server.get(`${myDataDownloadPath}:token`, async (req: Request, res: Response) => {
    const token: unknown = req.params?.['token'];
    try {
      const file = await options.downloads.redeem(typeof token === 'string' ? token : '');
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
      const status = isAppError(error, 'GONE') ? 410 : isAppError(error, 'NOT_FOUND') ? 404 : 503;
      options.logger.info({ event: 'mydata.download_refused', status }, 'data export not downloaded');
      res.writeHead(status, { ...securityHeaders, 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': urgentHelpCsp, 'Cache-Control': 'no-store' });
      res.end(status === 503 ? unavailablePage : noLongerWorksPage);
    }
  });
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
      <p>If you need help now, see <a href="/urgent-help">urgent help</a>: call <a href="tel:999">999</a> if you are in immediate danger,
        or Samaritans on <a href="tel:116123">116 123</a> (free, 24/7).</p>
    </main>
  </body>
</html>`;
}

const noLongerWorksPage = page(
  'This download link no longer works',
  `<p class="help__lead">A link to your data works once, for a few minutes, so that no one else can use it.</p>
      <p>To download your data again, type <strong>export my data</strong> in the chat.</p>`,
);

const unavailablePage = page('Your data could not be downloaded just now', '<p class="help__lead">Please try the link again in a moment.</p>');
