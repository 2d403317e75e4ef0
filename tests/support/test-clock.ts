import type { Clock } from '../../src/domain/clock';

/** A clock the test moves by hand. */
export class TestClock implements Clock {
  constructor(private ms: number) {}
  now(): number {
    return this.ms;
  }
  set(iso: string): void {
    this.ms = Date.parse(iso);
  }
  advance(ms: number): void {
    this.ms += ms;
  }
  iso(): string {
    return new Date(this.ms).toISOString();
  }
}
