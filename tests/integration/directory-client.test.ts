import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readDirectoryServices, type DirectoryFetchLimits } from '../../src/admin/directory-client';
import { directoryBaseUrlSchema } from '../../src/domain/activities/directory-pull';
import { isAppError } from '../../src/domain/app-error';
import { startFakeOpenReferralDirectory, type FakeOpenReferralDirectory } from '../support/fake-open-referral-directory';

const limits: DirectoryFetchLimits = { timeoutMs: 2_000, maxBytes: 100_000, maxPages: 10, pageSize: 100 };

function services(count: number): Array<Record<string, unknown>> {
  return Array.from({ length: count }, (_, index) => ({ id: `svc-${index}`, name: `Service ${index}`, service_at_locations: [] }));
}

async function failure(read: Promise<unknown>): Promise<string> {
  const error = await read.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!isAppError(error, 'UPSTREAM_UNAVAILABLE')) throw new Error('expected the read to fail as UPSTREAM_UNAVAILABLE');
  return error.message;
}

describe('reading an Open Referral directory', () => {
  let directory: FakeOpenReferralDirectory;
  afterEach(async () => {
    await directory.close();
  });

  it('reads every page of either paging shape, asking per_page, ids as text', async () => {
    for (const shape of ['hsds3', 'oruk-v1'] as const) {
      directory = await startFakeOpenReferralDirectory(services(5), { pageSize: 2, shape });
      const read = await readDirectoryServices(directory.baseUrl, limits);
      expect(read.pages).toBe(3);
      expect(z.array(z.object({ id: z.string() })).parse(read.services).map((service) => service.id)).toEqual(['svc-0', 'svc-1', 'svc-2', 'svc-3', 'svc-4']);
      expect(directory.requests[0]).toBe('/services?page=1&per_page=100');
      await directory.close();
    }
    directory = await startFakeOpenReferralDirectory([]);
  });

  it('refuses an answer over the size cap, a directory with too many pages, and a page that is not a list of services', async () => {
    directory = await startFakeOpenReferralDirectory(services(3).map((service) => ({ ...service, description: 'x'.repeat(60_000) })), { pageSize: 2 });
    expect(await failure(readDirectoryServices(directory.baseUrl, limits))).toBe('page 1 of /services: the answer is over 100000 bytes');
    directory.services = services(30);
    expect(await failure(readDirectoryServices(directory.baseUrl, { ...limits, maxPages: 3 }))).toBe('the directory has 15 pages; at most 3 are read');
    directory.services = [{ name: 'no id' }];
    expect(await failure(readDirectoryServices(directory.baseUrl, limits))).toMatch(/^page 1 of \/services: not an Open Referral list of services/);
  });

  it('takes only http(s) base URLs without credentials, trailing slashes dropped', () => {
    expect(directoryBaseUrlSchema.parse('https://directory.example.org/api//')).toBe('https://directory.example.org/api');
    for (const bad of ['ftp://directory.example.org', 'file:///etc/passwd', 'https://user:secret@directory.example.org', 'directory.example.org']) {
      expect(directoryBaseUrlSchema.safeParse(bad).success).toBe(false);
    }
  });
});
