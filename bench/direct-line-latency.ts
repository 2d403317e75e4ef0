import WebSocket from 'ws';

export interface DirectLineLatency {
  readonly conversations: number;
  readonly samples: number;
  readonly p50: number;
  readonly p99: number;
  readonly failures: number;
}

interface StreamMessage {
  activities?: Array<{ type?: string; replyToId?: string; from?: { role?: string }; text?: string }>;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/**
 * Opens `conversations` Direct Line conversations at once, each with its WebSocket stream, and
 * has each send `messagesEach` messages one after another; a sample is the time from posting a
 * message to the first reply to it arriving on the stream.
 */
export async function measureDirectLine(baseUrl: string, conversations: number, messagesEach: number): Promise<DirectLineLatency> {
  const samples: number[] = [];
  let failures = 0;
  await Promise.all(
    Array.from({ length: conversations }, async () => {
      try {
        samples.push(...(await oneConversation(baseUrl, messagesEach)));
      } catch (error) {
        failures += 1;
        if (failures <= 3) process.stderr.write(`web chat conversation failed: ${error instanceof Error ? error.message : String(error)}\n`);
      }
    }),
  );
  samples.sort((a, b) => a - b);
  return { conversations, samples: samples.length, p50: percentile(samples, 50), p99: percentile(samples, 99), failures };
}

async function oneConversation(baseUrl: string, messagesEach: number): Promise<number[]> {
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
  const timings: number[] = [];
  try {
    for (let index = 0; index < messagesEach; index += 1) {
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
  } finally {
    ws.close();
  }
  return timings;
}
