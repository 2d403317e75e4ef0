import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '../../src/domain/activities/activity';
import type { CallbackTransition } from '../../src/domain/callbacks/callback-request';
import type { TeamDirectoryEntry } from '../../src/domain/team/team-directory';
import { loadSampleActivities, loadSampleTeams } from '../../src/data/sample-data';
import { describeBreaks, walkButtons } from '../support/button-walk';
import { moveLatestCallback } from '../support/callback-fixture';
import { DialogChat } from '../support/dialog-chat';
import { openTestMemoryStores } from '../support/test-stores';

/** Monday 23 November 2026, 10am in London: the sample teams are open. */
const now = DateTime.fromISO('2026-11-23T10:00', { zone: 'Europe/London' }).toMillis();
const clock = { now: () => now };

const channels = [
  { walk: 'web', channelId: 'webchat', userId: 'dl_walker' },
  { walk: 'sms', channelId: 'sms', userId: '+447700900123' },
] as const;
type Channel = (typeof channels)[number];

let samples: Activity[];
let teams: TeamDirectoryEntry[];
beforeAll(async () => {
  [samples, teams] = await Promise.all([loadSampleActivities(), loadSampleTeams()]);
});

/** A fresh conversation with the sample listings and teams, not yet started. */
async function freshChat(channel: Channel): Promise<DialogChat> {
  const stores = openTestMemoryStores();
  await stores.activities.putMany(samples);
  for (const entry of teams) await stores.teams.put(entry);
  return new DialogChat(channel.channelId, stores, clock, channel.userId);
}

async function onboarded(channel: Channel): Promise<DialogChat> {
  const chat = await freshChat(channel);
  await chat.onboard('Salford');
  return chat;
}

/** Two goals, one rated, and the wellbeing offer turned down for now. */
async function withGoals(channel: Channel): Promise<DialogChat> {
  const chat = await onboarded(channel);
  for (const say of ['add a goal', 'sleep better', '4', 'not now', 'add a goal', 'see friends more', 'skip']) await chat.say(say);
  return chat;
}

/** A callback request sent through the conversation, then moved on by the team (`transitions`). */
function withCallback(...transitions: CallbackTransition['action'][]) {
  return async (channel: Channel): Promise<DialogChat> => {
    const chat = await onboarded(channel);
    const phone = channel.walk === 'sms' ? ['Yes'] : ['07700 900123'];
    for (const say of ['contact team', 'Request a callback', 'Sam', ...phone, '1', 'Skip', 'Yes, send it']) await chat.say(say);
    for (const action of transitions) {
      const at = new Date(now).toISOString();
      await moveLatestCallback(chat.stores.callbacks, `${channel.channelId}:${channel.userId}`, action === 'cancel' ? { action, at } : { action, at, by: 'practitioner-1' });
    }
    return chat;
  };
}

/** Where each walk starts: what the person has done before, and the first thing they say. */
const worlds: readonly { name: string; start: (channel: Channel) => Promise<DialogChat>; first: string }[] = [
  { name: 'a new person, from their first message', start: freshChat, first: 'hi' },
  { name: 'an onboarded person with no goals, from the main menu', start: onboarded, first: 'menu' },
  { name: 'a person with goals, from the main menu', start: withGoals, first: 'menu' },
  { name: 'a person whose callback request is open', start: withCallback(), first: 'my callback' },
  { name: 'a person the team has called', start: withCallback('contacted'), first: 'my callback' },
  { name: 'a person whose callback request is closed', start: withCallback('contacted', 'close'), first: 'my callback' },
];

describe.each(channels)('every button the bot offers works ($walk)', (channel) => {
  it.each(worlds)('$name', async (world) => {
    const result = await walkButtons({ start: () => world.start(channel), first: world.first, channel: channel.walk, maxDepth: 14, maxStates: 400 });
    expect(describeBreaks(result.breaks)).toBe('');
    expect(result.unexplored).toBe(0);
    expect(result.states).toBeGreaterThan(5);
  }, 300_000);
});
