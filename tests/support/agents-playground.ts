import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { z } from 'zod';
import { exitOf } from './service-process';
import { freePort } from './redis-server';
import { servedTenant } from './teams-activities';
import { repoRoot } from './web-chat-browser';

/** The practitioner the playground acts as (its "current user"), and where they are. */
export const playgroundPractitioner = { id: '29:sam', aadObjectId: '44444444-4444-4444-8444-444444444444', name: 'Sam Practitioner' } as const;
export const playgroundBot = { id: '28:living-well-bot', name: 'Living Well' } as const;
export const playgroundTeam = { id: '19:salford-team@thread.tacv2', name: 'Salford Living Well', channelId: '19:salford-callbacks@thread.tacv2', channelName: 'Callbacks' } as const;
export const playgroundPersonalChat = 'a:sam-chat';

/** Five other members of the tenant: the playground's config file needs exactly five. */
const colleagues = ['Megan Bowen', 'Adele Vance', 'Isaiah Langer', 'Patti Fernandez', 'Lynne Robbins'].map((name, index) => {
  const [givenName = '', surname = ''] = name.split(' ');
  const handle = givenName.toLowerCase();
  return `  - { id: "29:${handle}", name: ${name}, userPrincipleName: ${handle}@example.org, aadObjectId: 00000000-0000-4000-8000-00000000002${index}, givenName: ${givenName}, surname: ${surname}, email: ${handle}@example.org }`;
});

/**
 * `.m365agentsplayground.yml`: the playground's own defaults are not GUIDs (its tenant id has 13
 * digits in the last group), and the service accepts only GUID tenants and object ids.
 */
const playgroundConfig = [
  'version: "0.1.1"',
  `tenantId: ${servedTenant}`,
  'bot:',
  `  id: "${playgroundBot.id}"`,
  `  name: ${playgroundBot.name}`,
  'currentUser:',
  `  id: "${playgroundPractitioner.id}"`,
  `  name: ${playgroundPractitioner.name}`,
  '  userPrincipleName: sam@example.org',
  `  aadObjectId: ${playgroundPractitioner.aadObjectId}`,
  '  givenName: Sam',
  '  surname: Practitioner',
  '  email: sam@example.org',
  'users:',
  ...colleagues,
  'personalChat:',
  `  id: "${playgroundPersonalChat}"`,
  'groupChat:',
  '  id: "19:salford-group@thread.v2"',
  '  name: Salford group chat',
  'team:',
  `  id: "${playgroundTeam.id}"`,
  `  name: ${playgroundTeam.name}`,
  '  aadGroupId: 00000000-0000-4000-8000-000000000031',
  '  channels:',
  `    - { id: "${playgroundTeam.channelId}", name: ${playgroundTeam.channelName} }`,
  '',
].join('\n');

const cardAttachment = z.object({ contentType: z.string(), content: z.unknown() });

/** A message as the playground's client sees it (its conversation stream). */
const streamedMessage = z.object({
  messageId: z.string(),
  from: z.object({ id: z.string() }),
  text: z.string().optional(),
  attachments: z.array(cardAttachment).optional(),
});

/** One event of the playground's conversation stream: a message created or updated in a conversation. */
const streamEvent = z.object({
  action: z.string(),
  actionConversationId: z.string(),
  message: streamedMessage,
});

export type PlaygroundEvent = z.infer<typeof streamEvent>;

export interface AgentsPlayground {
  /** The playground's web UI and HTTP API. */
  readonly baseUrl: string;
  /** Every create and update its client was told of, in order. */
  readonly events: readonly PlaygroundEvent[];
  /** Installs the app in a conversation (the team's channel or the personal chat): Teams' installationUpdate. */
  install(conversationId: string): Promise<void>;
  /** The practitioner says `text` in a conversation (in a channel, @-mentioning the bot as Teams requires). */
  say(conversationId: string, text: string): Promise<void>;
  /** Resolves with the first event (past or future) that matches, or rejects after `timeoutMs`. */
  waitFor(predicate: (event: PlaygroundEvent) => boolean, timeoutMs?: number): Promise<PlaygroundEvent>;
  close(): Promise<void>;
}

/**
 * Starts Microsoft 365 Agents Playground (`agentsplayground`, offline, telemetry off, no browser)
 * as Teams for the app at `appEndpoint`, from a temporary folder holding its config file (it writes
 * devTools/ there), and listens to its client conversation stream.
 */
export async function startAgentsPlayground(appEndpoint: string): Promise<AgentsPlayground> {
  const folder = mkdtempSync(join(tmpdir(), 'agents-playground-'));
  writeFileSync(join(folder, '.m365agentsplayground.yml'), playgroundConfig);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    join(repoRoot, 'node_modules', '.bin', 'agentsplayground'),
    ['-e', appEndpoint, '-c', 'msteams', '-p', String(port), '--service-url', `${baseUrl}/_connector`, '--disable-telemetry'],
    { cwd: folder, env: { PATH: process.env.PATH ?? '', HOME: folder, TEAMSAPPTESTER_BROWSER: 'none' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exitOf(child);
    rmSync(folder, { recursive: true, force: true });
  };

  try {
    for (let attempt = 0; !(await fetch(`${baseUrl}/_debug/ping`).then((r) => r.ok, () => false)); attempt += 1) {
      if (child.exitCode !== null || attempt > 600) throw new Error(`agentsplayground did not start: ${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } catch (error) {
    await stop();
    throw error;
  }

  const events: PlaygroundEvent[] = [];
  const waiters = new Set<() => void>();
  const stream = new WebSocket(`ws://127.0.0.1:${port}/_ws_conversation/v1/conversations/stream`);
  stream.on('message', (data: Buffer) => {
    const parsed = streamEvent.safeParse(JSON.parse(data.toString()));
    if (!parsed.success) return;
    events.push(parsed.data);
    for (const wake of waiters) wake();
  });
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', reject);
  });

  const post = async (path: string, body: unknown): Promise<void> => {
    const response = await fetch(`${baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`agentsplayground ${path} answered ${response.status}: ${await response.text()}`);
  };
  const from = { id: playgroundPractitioner.id };
  const mention = `<at>${playgroundBot.name}</at>`;

  return {
    baseUrl,
    events,
    install: async (conversationId) => {
      await post(`/_debug/conversation/${encodeURIComponent(conversationId)}/installation`, {});
    },
    say: async (conversationId, text) => {
      const inChannel = conversationId === playgroundTeam.channelId || conversationId === playgroundTeam.id;
      const body = inChannel
        ? { from, text: `${mention} ${text}`, textFormat: 'plain', mentions: [{ mentioned: { id: playgroundBot.id }, text: mention }] }
        : { from, text, textFormat: 'plain' };
      await post(`/_conversation/v1/conversations/${encodeURIComponent(conversationId)}/messages`, body);
    },
    waitFor: async (predicate, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = events.find(predicate);
        if (found !== undefined) return found;
        const left = deadline - Date.now();
        if (left <= 0) throw new Error('the playground was not sent what was awaited');
        await new Promise<void>((resolve) => {
          const wake = () => {
            waiters.delete(wake);
            clearTimeout(timer);
            resolve();
          };
          const timer = setTimeout(wake, left);
          waiters.add(wake);
        });
      }
    },
    close: async () => {
      stream.close();
      await stop();
    },
  };
}
