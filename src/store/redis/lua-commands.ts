import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Result } from 'ioredis';
import { findPackageRoot } from '../../runtime/package-root';
import type { RedisClient } from './redis-commands';

/**
 * The project's Lua scripts, each in `commands/<name>-<keys>.lua` (bullmq's naming): `<keys>` is
 * how many keys it takes, or `n` for a batch that takes as many as the caller passes. Every key a
 * script touches is one of its KEYS (Redis Cluster routes a script by them), and each script's
 * result codes are named in `lua-results.ts`. Run as `lwc<Name>` (EVALSHA, EVAL when Redis does
 * not have it yet).
 */
const commandKeys = {
  appendActivity: 3,
  casRecord: 1,
  countOnce: 2,
  createCallback: 6,
  createConversation: 3,
  deleteActivity: 2,
  deleteItems: 'n',
  eraseCallbacks: 'n',
  eraseExport: 2,
  eraseSmsNumber: 3,
  pauseSending: 1,
  extendExpiry: 1,
  putActivities: 2,
  putExport: 3,
  releaseLock: 1,
  renewLock: 1,
  takeSendTokens: 'n',
  updateCallback: 2,
  writeItems: 'n',
} as const;

declare module 'ioredis' {
  interface RedisCommander<Context> {
    lwcAppendActivity(conversationKey: string, seqKey: string, logKey: string, head: string, tail: string, ttlSeconds: string, channel: string): Result<number, Context>;
    lwcCasRecord(key: string, expectedETag: string, newETag: string, document: string): Result<number, Context>;
    lwcCountOnce(personKey: string, monthKey: string, field: string, month: string, counter: string): Result<number, Context>;
    lwcCreateCallback(
      openKey: string,
      requestKey: string,
      siteKey: string,
      personKey: string,
      referenceKey: string,
      readOpenKey: string,
      readOpenId: string,
      id: string,
      eTag: string,
      document: string,
      score: string,
      open: string,
    ): Result<[number, string], Context>;
    lwcCreateConversation(conversationKey: string, seqKey: string, logKey: string, record: string, ttlSeconds: string, userId: string): Result<number, Context>;
    lwcDeleteActivity(listingsKey: string, versionKey: string, id: string): Result<number, Context>;
    lwcDeleteItems(numberOfKeys: number, ...keysAndArgs: string[]): Result<[number, number], Context>;
    lwcEraseCallbacks(numberOfKeys: number, ...keysAndArgs: string[]): Result<number, Context>;
    lwcEraseExport(pointerKey: string, exportKey: string, expectedId: string): Result<number, Context>;
    lwcEraseSmsNumber(answersKey: string, restKey: string, optOutKey: string, ...blankedSids: string[]): Result<number, Context>;
    lwcExtendExpiry(key: string, ttlSeconds: string): Result<number, Context>;
    lwcPauseSending(pauseKey: string, untilMs: string, nowMs: string): Result<number, Context>;
    lwcPutActivities(listingsKey: string, versionKey: string, ...idsAndDocuments: string[]): Result<[number, number], Context>;
    lwcPutExport(exportKey: string, pointerKey: string, earlierKey: string, document: string, ttlMs: string, id: string, expectedEarlierId: string): Result<number, Context>;
    lwcReleaseLock(key: string, token: string): Result<number, Context>;
    lwcRenewLock(key: string, token: string, ttlMs: string): Result<number, Context>;
    lwcTakeSendTokens(numberOfKeys: number, ...keysAndArgs: string[]): Result<[number, number, number], Context>;
    lwcUpdateCallback(requestKey: string, openKey: string, expectedETag: string, newETag: string, document: string, open: string, id: string): Result<number, Context>;
    lwcWriteItems(numberOfKeys: number, ...keysAndArgs: string[]): Result<[number, number], Context>;
  }
}

interface LuaCommand {
  readonly name: string;
  readonly lua: string;
  /** Undefined for a batch script: the caller passes the count first. */
  readonly numberOfKeys: number | undefined;
}

let loaded: readonly LuaCommand[] | undefined;

/** Reads the scripts, once per process, from the package's `src/store/redis/commands/` (also after a build: dist has no copy). */
function luaCommands(): readonly LuaCommand[] {
  if (loaded !== undefined) return loaded;
  const folder = join(findPackageRoot(__dirname), 'src', 'store', 'redis', 'commands');
  loaded = Object.entries(commandKeys).map(([name, keys]) => ({
    name: `lwc${name.charAt(0).toUpperCase()}${name.slice(1)}`,
    lua: readFileSync(join(folder, `${name}-${keys}.lua`), 'utf8'),
    numberOfKeys: keys === 'n' ? undefined : keys,
  }));
  return loaded;
}

/** Defines every project script on `client` (a single Redis or a Cluster). Call once per client. */
export function defineLuaCommands(client: RedisClient): void {
  for (const { name, lua, numberOfKeys } of luaCommands()) {
    client.defineCommand(name, numberOfKeys === undefined ? { lua } : { lua, numberOfKeys });
  }
}
