import type { ExportLink } from '../../dialogs/dialog-services';
import { AppError } from '../domain/app-error';
import type { Clock } from '../domain/clock';
import { exportFileName } from '../domain/my-data/export-file';
import type { DataExportStore } from '../store/ports';
import { exportLinkKey, newExportLinkToken, readExportLinkToken } from './export-link-token';

export interface ExportLinksOptions {
  readonly store: DataExportStore;
  /** The signing secret every instance shares (WEBCHAT_TOKEN_SECRET); the links' key is derived from it. */
  readonly secret: string;
  readonly clock: Clock;
  /** Where links point, up to the token: `https://host/my-data/`, or `/my-data/` when the public address is unknown. */
  readonly linkBase: string;
  /** How long a link works; 10 minutes unless given. */
  readonly ttlSeconds?: number;
}

/** A file the person downloads: its name and content. */
export interface DownloadedExport {
  readonly fileName: string;
  readonly json: string;
}

const defaultTtlSeconds = 600;

/**
 * "Export my data" as a download: the document is kept in the store under a random id for a few
 * minutes, and the person gets a signed link naming that id, good for one download. Erasing the
 * person's data erases a waiting export too ({@link DataExportStore.eraseFor}).
 */
export class ExportLinks {
  private readonly key: Buffer;
  private readonly ttlSeconds: number;

  constructor(private readonly options: ExportLinksOptions) {
    this.key = exportLinkKey(options.secret);
    this.ttlSeconds = options.ttlSeconds ?? defaultTtlSeconds;
  }

  /** Keeps `document` for the person's one download, and the link to it. */
  async issue(personKey: string, document: Record<string, unknown>): Promise<ExportLink> {
    const now = this.options.clock.now();
    const fileName = exportFileName(now);
    const { id, token } = newExportLinkToken(this.key, now + this.ttlSeconds * 1000);
    await this.options.store.put(id, { personKey, fileName, json: JSON.stringify(document, null, 2) }, this.ttlSeconds);
    return { url: `${this.options.linkBase}${token}`, fileName, validForMinutes: Math.round(this.ttlSeconds / 60) };
  }

  /**
   * Whether a link is one this service made and has not expired (whether it was used is known only
   * when it is redeemed), and the id of the export it names.
   * @throws AppError NOT_FOUND for a link this service did not make; GONE for one that expired
   */
  check(token: string): string {
    const read = readExportLinkToken(this.key, token, this.options.clock.now());
    if (read.ok) return read.id;
    throw read.reason === 'expired' ? new AppError('GONE', 'This download link has expired.') : new AppError('NOT_FOUND', 'There is no such download.');
  }

  /**
   * The file a link downloads, once.
   * @throws AppError NOT_FOUND for a link this service did not make; GONE for one that expired, was
   *   used already, or whose data was erased.
   */
  async redeem(token: string): Promise<DownloadedExport> {
    const waiting = await this.options.store.take(this.check(token));
    if (waiting === undefined) throw new AppError('GONE', 'This download link has been used already, or the data was deleted.');
    return { fileName: waiting.fileName, json: waiting.json };
  }
}
