import { expect } from 'vitest';

/** What the drills read of an activity the bot sent over Direct Line. */
export type WebChatActivity = {
  type: string;
  from: { role?: string };
  text?: string;
  attachments?: Array<{ content?: { buttons?: Array<{ value?: unknown }> } }>;
};

/** Matches a bot activity whose text contains `fragment`. */
export const saying = (fragment: string) => (activity: WebChatActivity) => activity.text?.includes(fragment) === true;

/** A new web chat conversation over the local Direct Line at `baseUrl`, started (and greeted) like the page does. */
export async function openWebChat(baseUrl: string) {
  const tokenResponse = await fetch(`${baseUrl}/api/webchat/token`, { method: 'POST' });
  const { token, conversationId, userId } = (await tokenResponse.json()) as { token: string; conversationId: string; userId: string };
  const directLine = `${baseUrl}/v3/directline/conversations/${conversationId}`;
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  await fetch(`${baseUrl}/v3/directline/conversations`, { method: 'POST', headers });
  let watermark = 0;
  /** Posts a message and waits until the bot has sent something matching `done` (turns run after the POST is answered). */
  const say = async (text: string, done: (activity: WebChatActivity) => boolean) => {
    const posted = await fetch(`${directLine}/activities`, { method: 'POST', headers, body: JSON.stringify({ type: 'message', text }) });
    expect(posted.status).toBe(200);
    const seen: WebChatActivity[] = [];
    for (let attempt = 0; attempt < 2_000; attempt += 1) {
      const response = await fetch(`${directLine}/activities?watermark=${watermark}`, { headers });
      if (response.status === 404) return seen; // erased
      const page = (await response.json()) as { activities: WebChatActivity[]; watermark: string };
      watermark = Number(page.watermark);
      seen.push(...page.activities.filter((activity) => activity.from.role === 'bot'));
      if (seen.some(done)) return seen;
      await new Promise((resolve) => setImmediate(resolve));
    }
    throw new Error(`no reply to ${text}`);
  };
  return { say, userId, conversationId, token };
}
