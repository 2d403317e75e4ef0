import WebSocket from 'ws';
import { percentile } from './percentile';

export interface DirectLineLatency {
  readonly conversations: number;
  /** Messages per second across all conversations, or undefined when every conversation sent at once. */
  readonly ratePerSecond: number | undefined;
  readonly samples: number;
  readonly p50: number;
  readonly p99: number;
  readonly failures: number;
}

interface StreamMessage {
  activities?: Array<{ type?: string; replyToId?: string; from?: { role?: string }; text?: string }>;
}

/** When each conversation sends its next message: at once, or at its slot in an even stream. */
type Pacing = (conversation: number, message: number) => Promise<void>;

const sleepUntil = (at: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - performance.now())));

/**
 * Opens `conversations` Direct Line conversations at once, each with its WebSocket stream, and has
 * each send `messagesEach` messages one after another; a sample is the time from posting a message
 * to the first reply to it arriving on the stream. With `ratePerSecond`, the messages of all
 * conversations are spread evenly at that rate (the load the issue states: 200 open conversations
 * sending 40 messages a second in all); without it, every conversation sends as soon as its last
 * reply came (all 200 in flight at once: mostly queueing).
 */
export async function measureDirectLine(
  baseUrl: string,
  conversations: number,
  messagesEach: number,
  ratePerSecond?: number,
  /** Called once every conversation is open and greeted, before the first message is sent. */
  whenOpen: () => void = () => undefined,
): Promise<DirectLineLatency> {
  const samples: number[] = [];
  let failures = 0;
  const opened = await Promise.all(
    Array.from({ length: conversations }, () =>
      openConversation(baseUrl).catch((error: unknown) => {
        failures += 1;
        if (failures <= 3) process.stderr.write(`web chat conversation failed to open: ${error instanceof Error ? error.message : String(error)}\n`);
        return undefined;
      }),
    ),
  );
  whenOpen();
  const start = performance.now() + 100;
  const pacing: Pacing =
    ratePerSecond === undefined
      ? () => Promise.resolve()
      : (conversation, message) => sleepUntil(start + ((message * conversations + conversation) * 1000) / ratePerSecond);
  await Promise.all(
    opened.map(async (conversation, index) => {
      if (conversation === undefined) return;
      try {
        samples.push(...(await conversation.send(messagesEach, (message) => pacing(index, message))));
      } catch (error) {
        failures += 1;
        if (failures <= 3) process.stderr.write(`web chat conversation failed: ${error instanceof Error ? error.message : String(error)}\n`);
      } finally {
        conversation.close();
      }
    }),
  );
  samples.sort((a, b) => a - b);
  return { conversations, ratePerSecond, samples: samples.length, p50: percentile(samples, 50), p99: percentile(samples, 99), failures };
}

interface OpenConversation {
  send(messages: number, before: (message: number) => Promise<void>): Promise<number[]>;
  close(): void;
}

async function openConversation(baseUrl: string): Promise<OpenConversation> {
  const grant = (await (await fetch(`${baseUrl}/api/webchat/token`, { method: 'POST' })).json()) as { token: string; conversationId: string };
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${grant.token}` };
  const started = (await (await fetch(`${baseUrl}/v3/directline/conversations`, { method: 'POST', headers })).json()) as { streamUrl: string };
  const ws = new WebSocket(started.streamUrl);
  const waiting = new Map<string, (at: number) => void>();
  // A reply can arrive on the stream before the POST that caused it has been answered.
  const arrivedEarly = new Map<string, number>();
  let greeted: () => void = () => undefined;
  const welcome = new Promise<void>((resolve) => {
    greeted = resolve;
  });
  ws.on('message', (data) => {
    const at = performance.now();
    const text = String(data);
    if (text === '') return;
    const message = JSON.parse(text) as StreamMessage;
    for (const activity of message.activities ?? []) {
      if (activity.from?.role !== 'bot') continue;
      if (activity.text?.includes('Are you happy for me to save')) greeted();
      if (activity.replyToId === undefined) continue;
      const wake = waiting.get(activity.replyToId);
      if (wake !== undefined) {
        waiting.delete(activity.replyToId);
        wake(at);
      } else if (!arrivedEarly.has(activity.replyToId)) {
        arrivedEarly.set(activity.replyToId, at);
      }
    }
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  await welcome;
  return {
    close: () => ws.close(),
    async send(messages, before) {
      const timings: number[] = [];
      for (let index = 0; index < messages; index += 1) {
        await before(index);
        const sent = performance.now();
        // A message that always gets an answer and keeps the conversation where it is.
        const response = await fetch(`${baseUrl}/v3/directline/conversations/${grant.conversationId}/activities`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ type: 'message', text: 'help' }),
        });
        if (!response.ok) throw new Error(`posting answered ${response.status}: ${await response.text()}`);
        const { id } = (await response.json()) as { id: string };
        const arrived = await new Promise<number>((resolve, reject) => {
          const early = arrivedEarly.get(id);
          if (early !== undefined) {
            resolve(early);
            return;
          }
          waiting.set(id, resolve);
          setTimeout(() => reject(new Error('no reply within 10 s')), 10_000).unref();
        });
        timings.push(arrived - sent);
      }
      return timings;
    },
  };
}
