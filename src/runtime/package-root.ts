import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The folder holding the service's package.json, found by walking up from `start`: the same
 * answer from `src/` under tsx and from `dist/src/` after a build.
 */
export function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package root (package.json beside data/) above ${start}`);
  }
}
