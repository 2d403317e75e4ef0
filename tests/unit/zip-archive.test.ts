import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { zipArchive } from '../../src/runtime/zip-archive';
import { readZipEntries } from '../support/zip-entries';

describe('zipArchive', () => {
  const text = Buffer.from('{"hello":"world"}\n'.repeat(200), 'utf8');
  const noise = randomBytes(1000);

  it('round-trips files: compressible ones deflated, incompressible ones stored', () => {
    const zip = zipArchive([
      { name: 'manifest.json', data: text },
      { name: 'noise.bin', data: noise },
      { name: 'empty.txt', data: new Uint8Array(0) },
    ]);
    const entries = readZipEntries(zip);
    expect([...entries.keys()]).toEqual(['manifest.json', 'noise.bin', 'empty.txt']);
    expect(entries.get('manifest.json')).toEqual(text);
    expect(entries.get('noise.bin')).toEqual(noise);
    expect(entries.get('empty.txt')?.length).toBe(0);
    // Deflated text is much smaller than stored; random bytes are stored as they are.
    expect(zip.length).toBeLessThan(text.length / 4 + noise.length + 300);
    expect(zip.indexOf(noise)).toBeGreaterThan(0);
  });

  it('gives the same bytes for the same files (a fixed timestamp)', () => {
    const files = [{ name: 'a.txt', data: text }];
    expect(zipArchive(files).equals(zipArchive(files))).toBe(true);
  });

  it.each(['', '/etc/passwd', 'caf\u00e9.txt'])('refuses the name %j', (name) => {
    expect(() => zipArchive([{ name, data: text }])).toThrow(/unique, relative and ASCII/);
  });

  it('refuses a name given twice', () => {
    expect(() => zipArchive([{ name: 'a', data: text }, { name: 'a', data: noise }])).toThrow(/unique/);
  });
});
