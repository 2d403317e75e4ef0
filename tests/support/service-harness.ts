import { randomUUID } from 'node:crypto';
import { loadConfig } from '../../src/config';
import { startService, type RunningService, type ServiceOverrides } from '../../src/main';
import { capturingLogger } from './log-capture';

export interface TestService extends RunningService {
  readonly baseUrl: string;
  readonly logText: () => string;
}

/** Starts the real service in this process on a free port, with the given environment (and clock and push agent, if given). */
export async function startTestService(env: Record<string, string> = {}, overrides: Pick<ServiceOverrides, 'clock' | 'pushAgent'> = {}): Promise<TestService> {
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'debug', NODE_ENV: 'test', ...env });
  const capture = capturingLogger();
  const service = await startService(config, { logger: capture.logger, host: '127.0.0.1', ...overrides });
  return { ...service, baseUrl: `http://127.0.0.1:${service.port}`, logText: capture.text };
}

export interface ActivityOptions {
  readonly conversationId: string;
  readonly text: string;
  readonly userId?: string;
  readonly channelId?: string;
}

/** A message activity as the Emulator would post it, asking for replies in the response. */
export function messageActivity(options: ActivityOptions): Record<string, unknown> {
  return {
    type: 'message',
    id: randomUUID(),
    channelId: options.channelId ?? 'emulator',
    serviceUrl: 'http://127.0.0.1:9/unused',
    conversation: { id: options.conversationId },
    from: { id: options.userId ?? 'user-1', role: 'user' },
    recipient: { id: 'bot', role: 'bot' },
    text: options.text,
    timestamp: new Date().toISOString(),
    deliveryMode: 'expectReplies',
  };
}

export interface ReplyActivity {
  readonly type: string;
  readonly text?: string;
  readonly suggestedActions?: { actions: Array<{ title: string }> };
  readonly attachments?: Array<{ contentType: string; content?: unknown }>;
  readonly channelData?: { safety?: unknown };
}

/** The "Download my data" button's link in the replies to "export my data". */
export function downloadLinkOf(replies: readonly ReplyActivity[]): string {
  const content = replies.flatMap((reply) => reply.attachments ?? []).find((attachment) => attachment.contentType === 'application/vnd.microsoft.card.hero')?.content;
  const button: unknown = typeof content === 'object' && content !== null && 'buttons' in content && Array.isArray(content.buttons) ? content.buttons[0] : undefined;
  const url: unknown = typeof button === 'object' && button !== null && 'value' in button ? button.value : undefined;
  if (typeof url !== 'string') throw new Error('no download link in the replies');
  return url;
}

/** Posts to /api/messages and returns the status and the replies. */
export async function postActivity(
  baseUrl: string,
  activity: Record<string, unknown>,
): Promise<{ status: number; replies: ReplyActivity[]; body: unknown }> {
  const response = await fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  const body: unknown = await response.json().catch(() => undefined);
  const replies =
    typeof body === 'object' && body !== null && 'activities' in body && Array.isArray(body.activities)
      ? (body.activities as ReplyActivity[])
      : [];
  return { status: response.status, replies, body };
}

/** Sends a message and returns the texts of the replies. */
export async function say(baseUrl: string, conversationId: string, text: string): Promise<string[]> {
  const { status, replies } = await postActivity(baseUrl, messageActivity({ conversationId, text }));
  if (status !== 200) throw new Error(`POST /api/messages answered ${status}`);
  return replies.map((reply) => reply.text ?? '');
}

/** Takes a new conversation through the welcome, consent (yes) and the area question. */
export async function onboard(baseUrl: string, conversationId: string, area = 'Salford'): Promise<void> {
  const welcome = (await say(baseUrl, conversationId, 'hello')).join('\n');
  if (!welcome.includes('Are you happy for me to save')) throw new Error('expected the consent question');
  await say(baseUrl, conversationId, 'yes');
  const menu = (await say(baseUrl, conversationId, area)).join('\n');
  if (!menu.includes('What would you like to do?')) throw new Error('expected the main menu after onboarding');
}

/**
 * A person asks the Salford team for a callback (as Priya Okafor, 07700 900123, mornings, no note)
 * after a safety reply in the same conversation; returns the request's reference.
 */
export async function requestCallbackAfterSafetyReply(baseUrl: string, conversationId: string): Promise<string> {
  const person = async (text: string) => (await say(baseUrl, conversationId, text)).join('\n');
  await onboard(baseUrl, conversationId);
  if (!(await person('I want to end my life')).includes('116 123')) throw new Error('expected the safety reply');
  for (const text of ['contact team', 'Request a callback', 'Priya Okafor', '07700 900123', 'Morning (9am to 12pm)', 'Skip']) await person(text);
  const reference = /Your reference is (CB-\S+)\./.exec(await person('Yes, send it'))?.[1];
  if (reference === undefined) throw new Error('expected a callback reference');
  return reference;
}
