import { execFileSync } from 'node:child_process';
import { createECDH, randomBytes, type ECDH } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// http_ece is the encryption web-push itself uses (a dependency of web-push); its decrypt is the receiving browser's side.
import { decrypt } from 'http_ece';
import type { PushSubscriptionRecord } from '../../src/domain/web-push/push-subscription';

/** One request that reached the fake push service. */
export interface ReceivedPush {
  /** The subscription's path (`/send/<id>`). */
  readonly path: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The encrypted body, as sent. */
  readonly body: Buffer;
}

/** A browser's side of a subscription: what the test holds so it can decrypt what was sent. */
export interface FakeBrowser {
  /** What `PushSubscription.toJSON()` would give, pointing at the fake push service. */
  readonly subscription: PushSubscriptionRecord;
  /** Decrypts a push sent to this subscription (aes128gcm, RFC 8291) with the browser's private key and auth secret. */
  decrypt(push: ReceivedPush): string;
}

export interface FakePushService {
  /** `https://127.0.0.1:<port>` */
  readonly origin: string;
  /** An https agent that trusts the fake's self-signed certificate (pass it to the sender). */
  readonly agent: Agent;
  /** Every request received, in order. */
  readonly received: ReceivedPush[];
  /** A new browser subscription at the fake (its own key pair and auth secret). */
  newBrowser(): FakeBrowser;
  /** Pushes to this subscription answer `status` from now on (201 unless set: 404, 410, 500, ...). */
  answer(subscription: PushSubscriptionRecord, status: number): void;
  close(): Promise<void>;
}

/** A self-signed certificate for 127.0.0.1, made by openssl for this run (nothing kept in the repo). */
function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'fake-push-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A Web Push service on loopback (https, as the Push API requires): it accepts what `web-push`
 * posts, keeps each request (headers and encrypted body) and answers 201, or the status a test
 * chose for a subscription (404 and 410: the subscription is gone).
 */
export async function startFakePushService(): Promise<FakePushService> {
  const { key, cert } = selfSignedCertificate();
  const received: ReceivedPush[] = [];
  const statuses = new Map<string, number>();
  const server: Server = createServer({ key, cert }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = req.url ?? '/';
      received.push({ path, headers: req.headers, body: Buffer.concat(chunks) });
      res.writeHead(statuses.get(path) ?? 201);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const agent = new Agent({ ca: cert, keepAlive: false });
  return {
    origin,
    agent,
    received,
    newBrowser: () => fakeBrowser(origin),
    answer: (subscription, status) => statuses.set(new URL(subscription.endpoint).pathname, status),
    close: async () => {
      agent.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function fakeBrowser(origin: string): FakeBrowser {
  const keys: ECDH = createECDH('prime256v1');
  keys.generateKeys();
  const auth = randomBytes(16);
  return {
    subscription: {
      endpoint: `${origin}/send/${randomBytes(12).toString('base64url')}`,
      expirationTime: null,
      keys: { p256dh: keys.getPublicKey().toString('base64url'), auth: auth.toString('base64url') },
    },
    decrypt: (push) => decrypt(push.body, { version: 'aes128gcm', privateKey: keys, authSecret: auth.toString('base64url') }).toString('utf8'),
  };
}
