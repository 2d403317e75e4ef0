import { z } from 'zod';
import { AppError } from '../domain/app-error';

/**
 * Reads every service of an Open Referral directory: `GET <base>/services?page=N&per_page=…`,
 * page after page (HSDS 3.0: `contents`, `total_pages`, `page_number`; the first Open Referral UK
 * API: `content`, `totalPages`, `number`), and `GET <base>/services/{id}` for each service the list
 * gives only in summary (no `service_at_locations`). Every answer is fetched with a time limit and
 * a size cap and parsed with zod; any failure fails the whole read (a partial directory would look
 * like services were removed), with a message that says which page or service and why.
 */

/** Limits of one read. */
export interface DirectoryFetchLimits {
  /** Per request. */
  readonly timeoutMs: number;
  /** Per answer body. */
  readonly maxBytes: number;
  /** Pages read at most (a directory with more fails, rather than being read in part). */
  readonly maxPages: number;
  /** Services asked for per page. */
  readonly pageSize: number;
}

/** What a read got: the services, complete, and how many pages it took. */
export interface DirectoryRead {
  readonly services: unknown[];
  readonly pages: number;
}

/** A service in a list: an object with an id (the rest is checked when it is imported). */
const listedServiceSchema = z.looseObject({ id: z.union([z.string().min(1), z.number()]) });

/** One page of `/services`, in either paging shape, as its services and the number of pages. */
const servicePageSchema = z.union([
  z
    .looseObject({ contents: z.array(listedServiceSchema), total_pages: z.coerce.number().int().min(0), page_number: z.coerce.number().int().min(0).optional(), size: z.coerce.number().int().min(0).optional() })
    .transform((page) => ({ items: page.contents, totalPages: page.total_pages })),
  z
    .looseObject({ content: z.array(listedServiceSchema), totalPages: z.coerce.number().int().min(0), number: z.coerce.number().int().min(0).optional() })
    .transform((page) => ({ items: page.content, totalPages: page.totalPages })),
]);

/** A service read from `/services/{id}`. */
const fullServiceSchema = z.looseObject({ id: z.union([z.string().min(1), z.number()]) });

function failed(message: string, cause?: unknown): AppError {
  return new AppError('UPSTREAM_UNAVAILABLE', message, cause === undefined ? undefined : { cause });
}

/** The body of a GET, as JSON, within the limits. */
async function getJson(url: string, limits: DirectoryFetchLimits, what: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' }, redirect: 'error', signal: AbortSignal.timeout(limits.timeoutMs) });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    throw failed(timedOut ? `${what}: no answer within ${limits.timeoutMs} ms` : `${what}: could not connect`, error);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw failed(`${what}: the directory answered ${response.status}`);
  }
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    await response.body?.cancel();
    throw failed(`${what}: the answer is over ${limits.maxBytes} bytes`);
  }
  const text = await readCapped(response, limits, what);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw failed(`${what}: the answer is not JSON`, error);
  }
}

/** The body as text, stopping (and failing) past `maxBytes`, and within the time limit. */
async function readCapped(response: Response, limits: DirectoryFetchLimits, what: string): Promise<string> {
  const reader = response.body?.getReader();
  if (reader === undefined) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limits.maxBytes) {
        await reader.cancel();
        throw failed(`${what}: the answer is over ${limits.maxBytes} bytes`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw failed(`${what}: the answer was cut off or too slow`, error);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** What zod found wrong, in a few words (paths only: a directory's values are not repeated). */
function shapeProblem(error: z.ZodError): string {
  const paths = [...new Set(error.issues.slice(0, 3).map((issue) => issue.path.join('.') || '(page)'))];
  return `not an Open Referral list of services (check ${paths.join(', ')})`;
}

/**
 * Every service of the directory at `baseUrl` (http or https, no trailing slash).
 * @throws AppError UPSTREAM_UNAVAILABLE naming the page or service that failed and why.
 */
export async function readDirectoryServices(baseUrl: string, limits: DirectoryFetchLimits): Promise<DirectoryRead> {
  const protocol = new URL(baseUrl).protocol;
  if (protocol !== 'http:' && protocol !== 'https:') throw failed('only http and https directories can be read');
  const services: unknown[] = [];
  let totalPages = 1;
  let pages = 0;
  for (let page = 1; page <= totalPages; page += 1) {
    const what = `page ${page} of /services`;
    const parsed = servicePageSchema.safeParse(await getJson(`${baseUrl}/services?page=${page}&per_page=${limits.pageSize}`, limits, what));
    if (!parsed.success) throw failed(`${what}: ${shapeProblem(parsed.error)}`);
    pages += 1;
    const { items } = parsed.data;
    totalPages = parsed.data.totalPages;
    if (totalPages > limits.maxPages) throw failed(`the directory has ${totalPages} pages; at most ${limits.maxPages} are read`);
    for (const item of items) services.push(hasDetails(item) ? withTextId(item) : await fullService(baseUrl, String(item.id), limits));
    // A page with nothing on it ends the read, whatever the count said.
    if (items.length === 0) break;
  }
  return { services, pages };
}

/** Some directories number their services: ids are text to the import. */
function withTextId(service: { id: string | number }): unknown {
  return { ...service, id: String(service.id) };
}

/** True when a listed service carries its locations (the list gave it whole, not in summary). */
function hasDetails(item: Record<string, unknown>): boolean {
  return item['service_at_locations'] !== undefined;
}

async function fullService(baseUrl: string, id: string, limits: DirectoryFetchLimits): Promise<unknown> {
  const what = `service ${id.slice(0, 60)}`;
  const parsed = fullServiceSchema.safeParse(await getJson(`${baseUrl}/services/${encodeURIComponent(id)}`, limits, what));
  if (!parsed.success) throw failed(`${what}: not an Open Referral service`);
  return withTextId(parsed.data);
}
