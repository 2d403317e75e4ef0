import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Request } from 'restify';

const gzipAsync = promisify(gzip);

/** A file gzipped on first use and kept in memory (the chat page's Web Chat bundle, the staff app's assets). */
export class CompressedFile {
  private compressed: Promise<Buffer> | undefined;

  constructor(private readonly path: string) {}

  gzipped(): Promise<Buffer> {
    this.compressed ??= readFile(this.path).then((content) => gzipAsync(content));
    // A failure is not cached: the next request tries again (and this one gets the plain file).
    this.compressed.catch(() => (this.compressed = undefined));
    return this.compressed;
  }
}

/** Whether the browser takes gzip (every current one does; curl without --compressed does not). */
export function acceptsGzip(req: Request): boolean {
  return /\bgzip\b/.test(req.header('accept-encoding') ?? '');
}

/** A short, URL-safe hash of a file's bytes: for ETags and cache-busting URLs. */
export function contentHash(content: Buffer): string {
  return createHash('sha256').update(content).digest('base64url').slice(0, 16);
}
