import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One message the service asked the fake to send. */
export interface RecordedSend {
  readonly accountSid: string;
  /** `AccountSid:AuthToken` from the Basic auth header. */
  readonly credentials: string;
  readonly to: string;
  readonly from: string | undefined;
  readonly messagingServiceSid: string | undefined;
  readonly body: string;
  readonly statusCallback: string | undefined;
}

export interface FakeTwilio {
  readonly baseUrl: string;
  /** Every accepted send, in order. */
  readonly sends: RecordedSend[];
  /** Every request to Messages.json, accepted or not. */
  requestCount(): number;
  /** The next `count` sends answer this status instead (429 comes with `Retry-After: 0`; other 4xx as error 21211). */
  failNext(status: number, count?: number): void;
  /**
   * From now on each send is taken (recorded, as Twilio would send it) but its answer is held, as
   * if the network or Twilio were slow, until {@link FakeTwilio.releaseAnswers}.
   */
  holdAnswers(): void;
  /** Answers the oldest `count` held sends; without a count, all of them, and stops holding. */
  releaseAnswers(count?: number): void;
  /** Sends taken whose answer is still held. */
  heldCount(): number;
  /** Resolves once at least `count` sends were accepted (fails after `timeoutMs`). */
  waitForSends(count: number, timeoutMs?: number): Promise<RecordedSend[]>;
  close(): Promise<void>;
}

/**
 * Writes a JSON answer. Separate writeHead and end calls: restify (loaded in the same process)
 * patches ServerResponse.writeHead, and its version does not return the response for chaining.
 */
function reply(res: ServerResponse, status: number, headers: Record<string, string>, body: unknown): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** Twilio's error codes for the failures the fake can play: 20429 too many requests, 21211 invalid To, 20500 internal. */
function failureCode(status: number): number {
  if (status === 429) return 20429;
  return status < 500 ? 21211 : 20500;
}

const messagesPath = /^\/2010-04-01\/Accounts\/(AC[0-9a-fA-F]{32})\/Messages\.json$/;

/**
 * A local stand-in for Twilio's REST Messages API on 127.0.0.1: records what is sent and answers
 * as Twilio does (201 with a Message resource), or with a chosen failure for the next sends.
 */
export async function startFakeTwilio(): Promise<FakeTwilio> {
  const sends: RecordedSend[] = [];
  const failures: number[] = [];
  const waiters: Array<() => void> = [];
  const held: Array<() => void> = [];
  let holding = false;
  let requests = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const match = messagesPath.exec(req.url ?? '');
    if (req.method !== 'POST' || match?.[1] === undefined) {
      reply(res, 404, {}, { code: 20404, message: 'not found', status: 404 });
      return;
    }
    requests++;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
    const failure = failures.shift();
    if (failure !== undefined) {
      reply(res, failure, failure === 429 ? { 'retry-after': '0' } : {}, { code: failureCode(failure), message: 'refused by the fake', status: failure });
      return;
    }
    const credentials = Buffer.from((req.headers.authorization ?? '').replace(/^Basic /, ''), 'base64').toString('utf8');
    const send: RecordedSend = {
      accountSid: match[1],
      credentials,
      to: form.get('To') ?? '',
      from: form.get('From') ?? undefined,
      messagingServiceSid: form.get('MessagingServiceSid') ?? undefined,
      body: form.get('Body') ?? '',
      statusCallback: form.get('StatusCallback') ?? undefined,
    };
    sends.push(send);
    for (const wake of waiters.splice(0)) wake();
    if (holding) await new Promise<void>((resolve) => held.push(resolve));
    const sid = `SM${randomBytes(16).toString('hex')}`;
    reply(res, 201, {}, {
        sid,
        account_sid: send.accountSid,
        to: send.to,
        from: send.from ?? null,
        messaging_service_sid: send.messagingServiceSid ?? null,
        body: send.body,
        status: 'queued',
        num_segments: '1',
        direction: 'outbound-api',
        api_version: '2010-04-01',
        date_created: new Date().toUTCString(),
        error_code: null,
        error_message: null,
        uri: `/2010-04-01/Accounts/${send.accountSid}/Messages/${sid}.json`,
    });
  };

  const server: Server = createServer((req, res) => {
    void handle(req, res).catch(() => reply(res, 500, {}, { code: 20500, message: 'fake failed', status: 500 }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    sends,
    requestCount: () => requests,
    failNext: (status, count = 1) => {
      for (let i = 0; i < count; i++) failures.push(status);
    },
    holdAnswers: () => {
      holding = true;
    },
    releaseAnswers: (count) => {
      if (count === undefined) holding = false;
      for (const answer of held.splice(0, count ?? held.length)) answer();
    },
    heldCount: () => held.length,
    waitForSends: async (count, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      while (sends.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} sends at the fake Twilio, got ${sends.length}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
      return sends.slice(0, count);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const answer of held.splice(0)) answer();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
