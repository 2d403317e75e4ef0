import { createHash } from 'node:crypto';

/**
 * Name-based UUIDs (RFC 9562 version 5: SHA-1 of a namespace UUID and a name). The same
 * namespace and name always give the same UUID, so importing the same listing twice updates
 * its schedules, locations and cost options instead of adding copies.
 */

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The namespace of names that belong to no one listing (e.g. the `living-well` taxonomy
 * terms, which are the same in every export).
 */
export const livingWellNamespace = 'b5d1c0de-6a1e-4f3c-9d57-3c1d2a6e8f40';

/** The nil UUID: a namespace to derive from when there is no usable one (the result is then only stable per name). */
export const nilUuid = '00000000-0000-0000-0000-000000000000';

/**
 * The version-5 UUID of `name` in `namespace`, e.g. `stableUuid(activity.id, 'schedule:0')`.
 * @throws Error when `namespace` is not a UUID (a programming error: callers check ids first).
 */
export function stableUuid(namespace: string, name: string): string {
  if (!uuidPattern.test(namespace)) throw new Error('stableUuid needs a UUID namespace');
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const bytes = hash.subarray(0, 16);
  // Version 5 in the high nibble of byte 6; RFC variant (10xx) in byte 8.
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
