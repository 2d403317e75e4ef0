/**
 * The tokens of conversation locks that a turn's last write released in its own script (see
 * `RedisBotStorage.write`), so the lock does not send a release of its own: one Redis round trip
 * fewer a turn. Shared by the storage and the lock of one set of stores; a token is taken once.
 */
export class ReleasedLocks {
  private readonly tokens = new Set<string>();

  /** The lock with `token` was released by a write. */
  add(token: string): void {
    this.tokens.add(token);
  }

  /** True (once) when the lock with `token` was released by a write. */
  take(token: string): boolean {
    return this.tokens.delete(token);
  }
}
