import { v5 as uuidV5, validate } from 'uuid';

/**
 * Name-based UUIDs (RFC 9562 version 5: SHA-1 of a namespace UUID and a name), from the `uuid`
 * package. The same namespace and name always give the same UUID, so importing the same listing
 * twice updates its schedules, locations and cost options instead of adding copies, and an export
 * of a listing carries the same ids every time.
 */

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
  if (!validate(namespace)) throw new Error('stableUuid needs a UUID namespace');
  return uuidV5(name, namespace);
}
