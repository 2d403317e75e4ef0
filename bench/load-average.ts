import { readFileSync } from 'node:fs';

/** The machine's load over 1, 5 and 15 minutes (it is shared: printed beside the figures). */
export function loadAverage(): string {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}
