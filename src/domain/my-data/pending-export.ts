/** A prepared "export my data" file, waiting for its one download. */
export interface PendingExport {
  /** Whose data it is (`<channelId>:<id>`), so that erasing the person erases it too. */
  readonly personKey: string;
  /** The file's name, e.g. `living-well-my-data-2026-12-06.json`. */
  readonly fileName: string;
  /** The JSON document, serialized. */
  readonly json: string;
}
