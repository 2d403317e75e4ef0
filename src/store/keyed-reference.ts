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
 * The one way the service turns an identifying value into a reference: HMAC-SHA256 under `secret`
 * (REFERENCE_HASH_SECRET), 128 bits as 22 base64url characters.
 */
export function keyedReferences(secret: string): KeyedReference {
  return (kind, value) => createHmac('sha256', secret).update(`${kind}\u0000${value}`).digest('base64url').slice(0, 22);
}
