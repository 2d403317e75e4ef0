/** The part of http_ece 1.x (web-push's encryption, untyped) the fake push service uses: the receiver's decrypt. */
declare module 'http_ece' {
  import type { ECDH } from 'node:crypto';

  export function decrypt(buffer: Buffer, params: { version: 'aes128gcm'; privateKey: ECDH; authSecret: string }): Buffer;
}
