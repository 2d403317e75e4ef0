import { createHmac } from 'node:crypto';

/**
 * What a reference stands for. The kind is hashed with the value, so a conversation and a number
 * with the same text never share a reference.
 */
export type ReferenceKind = 'conversation' | 'number' | 'person' | 'rate-limit' | 'state';

/**
 * A short, stable reference to something that names a person (a phone number, a channel user id,
 * a conversation id), for log lines and store keys. Keyed: without the secret it cannot be
 * recomputed, so enumerating every UK mobile number does not reverse it.
 */
export type KeyedReference = (kind: ReferenceKind, value: string) => string;

/**
 * How many references each process remembers. A turn needs the same few (lock, state, person) and
 * an HMAC costs more than the rest of the key handling; this bounds the memory to a few MB.
 */
export const keyedReferenceCacheSize = 10_000;

/**
 * The one way the service turns an identifying value into a reference: HMAC-SHA256 under `secret`
 * (REFERENCE_HASH_SECRET), 128 bits as 22 base64url characters. The latest
 * {@link keyedReferenceCacheSize} are remembered in this process (memory only, never stored or logged).
 */
export function keyedReferences(secret: string): KeyedReference {
  const recent = new Map<string, string>();
  return (kind, value) => {
    const input = `${kind}\u0000${value}`;
    const known = recent.get(input);
    if (known !== undefined) return known;
    const reference = createHmac('sha256', secret).update(input).digest('base64url').slice(0, 22);
    // Oldest first out: a Map iterates in insertion order.
    if (recent.size >= keyedReferenceCacheSize) recent.delete(recent.keys().next().value ?? input);
    recent.set(input, reference);
    return reference;
  };
}
