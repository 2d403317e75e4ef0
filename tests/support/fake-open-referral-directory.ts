import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local Open Referral directory on loopback for the pull tests: `GET /services?page=&per_page=`
 * in pages (HSDS 3.0 `contents`/`total_pages`/`page_number`/`size`, or the first Open Referral UK
 * API's `content`/`totalPages`/`number`), and `GET /services/{id}`. Scenarios: list summaries only
 * (the full service from `/services/{id}`), a failing page (500), a slow page (no answer until the
 * directory is closed, so the reader's time limit is what ends it).
 */
export interface FakeDirectoryScenario {
  /** Services per page at most (the `per_page` asked for is honoured below it). */
  pageSize: number;
  shape: 'hsds3' | 'oruk-v1';
  /** List only `{ id, name, description }`; the full record comes from `/services/{id}`. */
  summariesOnly: boolean;
  /** This page answers 500. */
  failingPage?: number | undefined;
  /** This page never answers. */
  slowPage?: number | undefined;
}

export interface FakeOpenReferralDirectory {
  /** `http://127.0.0.1:<port>`: the directory's base URL. */
  readonly baseUrl: string;
  /** The services it publishes (replace to change the directory). */
  services: Array<Record<string, unknown>>;
  readonly scenario: FakeDirectoryScenario;
  /** Paths asked for, in order (`/services?page=1&per_page=100`, `/services/abc`). */
  readonly requests: string[];
  close(): Promise<void>;
}

/** Starts a fake directory with `services` on a free loopback port. */
export async function startFakeOpenReferralDirectory(services: Array<Record<string, unknown>>, scenario: Partial<FakeDirectoryScenario> = {}): Promise<FakeOpenReferralDirectory> {
  const held: ServerResponse[] = [];
  const directory = {
    baseUrl: '',
    services,
    scenario: { pageSize: 2, shape: 'hsds3', summariesOnly: false, ...scenario } satisfies FakeDirectoryScenario,
    requests: [] as string[],
    close: async () => {},
  };

  const answer = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://directory.test');
    directory.requests.push(`${url.pathname}${url.search}`);
    const one = /^\/services\/([^/]+)$/.exec(url.pathname);
    if (one !== null) {
      const id = decodeURIComponent(one[1] ?? '');
      const found = directory.services.find((service) => String(service['id']) === id);
      answer(res, found === undefined ? 404 : 200, found ?? { error: 'not found' });
      return;
    }
    if (url.pathname !== '/services') {
      answer(res, 404, { error: 'not found' });
      return;
    }
    const page = Number(url.searchParams.get('page') ?? '1');
    if (page === directory.scenario.slowPage) {
      held.push(res);
      return;
    }
    if (page === directory.scenario.failingPage) {
      answer(res, 500, { error: 'internal error' });
      return;
    }
    const size = Math.min(Number(url.searchParams.get('per_page') ?? directory.scenario.pageSize), directory.scenario.pageSize);
    const totalPages = Math.ceil(directory.services.length / size);
    const contents = directory.services
      .slice((page - 1) * size, page * size)
      .map((service) => (directory.scenario.summariesOnly ? { id: service['id'], name: service['name'], description: service['description'] } : service));
    if (directory.scenario.shape === 'oruk-v1') {
      answer(res, 200, { totalElements: directory.services.length, totalPages, number: page, size, first: page === 1, last: page >= totalPages, content: contents });
      return;
    }
    answer(res, 200, { total_items: directory.services.length, total_pages: totalPages, page_number: page, size: contents.length, first_page: page === 1, last_page: page >= totalPages, empty: contents.length === 0, contents });
  };

  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  directory.baseUrl = `http://127.0.0.1:${port}`;
  directory.close = async () => {
    for (const res of held.splice(0)) res.destroy();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return directory;
}
