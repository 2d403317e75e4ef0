import type { RiskCategory } from '../domain/risk/risk-check';
import type { KeyedReference } from '../store/keyed-reference';

interface Remembered {
  readonly categories: readonly RiskCategory[];
  readonly at: number;
}

/**
 * Pending "are you safe?" questions, kept in this process's memory as well as in conversation
 * state, so that a yes still gets the full safety reply while the store is down. Memory only:
 * nothing is written anywhere, entries hold categories and a time (no words), are keyed by the
 * conversation's reference (never the raw key, which holds a phone number on SMS), expire after
 * `ttlMs`, and the oldest go first beyond `capacity`. With several
 * instances an answer that reaches another instance during an outage gets the kind failure reply,
 * which carries the urgent-help numbers too.
 */
export class OfflineSafetyChecks {
  private readonly pending = new Map<string, Remembered>();

  constructor(
    private readonly references: KeyedReference,
    private readonly ttlMs = 2 * 60 * 60 * 1000,
    private readonly capacity = 10_000,
  ) {}

  /** Records that the question was asked in the conversation `key` at `now` (ms). */
  remember(key: string, categories: readonly RiskCategory[], now: number): void {
    const ref = this.references('conversation', key);
    this.pending.delete(ref);
    this.pending.set(ref, { categories, at: now });
    while (this.pending.size > this.capacity) {
      const oldest = this.pending.keys().next().value;
      if (oldest === undefined) break;
      this.pending.delete(oldest);
    }
  }

  /** The categories of a question still waiting in `key`, if any; it stays until `forget`. */
  peek(key: string, now: number): readonly RiskCategory[] | undefined {
    const ref = this.references('conversation', key);
    const entry = this.pending.get(ref);
    if (entry === undefined) return undefined;
    if (now - entry.at > this.ttlMs) {
      this.pending.delete(ref);
      return undefined;
    }
    return entry.categories;
  }

  /** The question in `key` has been answered (or the conversation moved on). */
  forget(key: string): void {
    this.pending.delete(this.references('conversation', key));
  }
}
