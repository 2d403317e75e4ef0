import type { ConversationLock, Stores } from '../ports';
import { KeyedMutex } from '../keyed-mutex';
import { MemoryAuditLog } from './memory-audit-log';
import { MemoryBotStorage } from './memory-bot-storage';
import { MemoryPersonStore } from './memory-person-store';

/** In-process conversation lock: enough when one process is the whole service. */
export class MemoryConversationLock implements ConversationLock {
  private readonly mutex = new KeyedMutex();
  constructor(private readonly waitMs: number) {}

  runExclusive<T>(conversationKey: string, work: () => Promise<T>): Promise<T> {
    return this.mutex.runExclusive(conversationKey, this.waitMs, work);
  }
}

/** The embedded default: everything in this process's memory, lost on restart. */
export function createMemoryStores(options: { lockWaitMs: number }): Stores & { botStorage: MemoryBotStorage } {
  return {
    kind: 'memory',
    botStorage: new MemoryBotStorage(),
    conversationLock: new MemoryConversationLock(options.lockWaitMs),
    people: new MemoryPersonStore(),
    audit: new MemoryAuditLog(),
    health: { ping: async () => undefined, isConnected: () => true },
    close: async () => undefined,
  };
}
