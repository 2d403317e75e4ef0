import { Writable } from 'node:stream';
import type { Logger } from 'pino';
import { createLogger } from '../../src/runtime/logger';

/** A real service logger whose output is kept in memory for assertions. */
export function capturingLogger(level = 'debug'): { logger: Logger; lines: () => string[]; text: () => string } {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  });
  const logger = createLogger({ level, destination });
  return {
    logger,
    lines: () => chunks.join('').split('\n').filter(Boolean),
    text: () => chunks.join(''),
  };
}
