import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const shipped = ['src', 'dialogs', 'adapters'].flatMap(sourceFiles);

function filesMatching(files: string[], pattern: RegExp): string[] {
  return files.filter((file) => pattern.test(readFileSync(join(root, file), 'utf8'))).map((file) => relative('.', file));
}

describe('source rules (DESIGN.md §3–4)', () => {
  it('reads process.env only in src/config.ts', () => {
    expect(filesMatching(shipped, /process\.env/)).toEqual(['src/config.ts']);
  });

  it('keeps the clock out of src/domain (time is injected)', () => {
    const domain = shipped.filter((file) => file.startsWith('src/domain/'));
    expect(filesMatching(domain, /Date\.now\(|new Date\(\)/)).toEqual([]);
  });

  it('logs through pino, never console', () => {
    expect(filesMatching(shipped, /console\.(log|info|warn|error|debug)\(/)).toEqual([]);
  });

  it('names files in kebab-case', () => {
    const badNames = shipped.filter((file) => !/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z]+)*\.ts$/.test(file.split('/').pop() ?? ''));
    expect(badNames).toEqual([]);
  });
});
