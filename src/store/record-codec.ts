/**
 * How a record store turns one kind of record into the string it keeps, and back. Encoding checks
 * the record's shape, so nothing malformed is saved; decoding checks it again, so nothing of an
 * unknown version or shape reaches a feature.
 */
export interface RecordCodec<T> {
  /**
   * Serializes a record for storage.
   * @throws AppError STORE_RECORD_INVALID when the record does not fit its schema.
   */
  encode(record: T): string;
  /**
   * Parses a stored record into a fresh object.
   * @throws AppError STORE_RECORD_INVALID for anything but JSON of a known version and shape.
   */
  decode(raw: string): T;
  /** For error messages, e.g. 'person record'. Never personal. */
  readonly name: string;
}
