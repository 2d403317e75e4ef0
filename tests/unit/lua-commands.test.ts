import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRedisClient } from '../../src/store/redis/redis-connection';

const folder = join(__dirname, '..', '..', 'src', 'store', 'redis', 'commands');
const scripts = readdirSync(folder).map((file) => {
  const match = /^([a-z][A-Za-z]*)-(\d+|n)\.lua$/.exec(file);
  return { file, name: match?.[1], keys: match?.[2], lua: readFileSync(join(folder, file), 'utf8') };
});

/** The first argument of every `redis.call`, with its command; PUBLISH names a channel, not a key. */
function keyArguments(lua: string): Array<{ command: string; key: string }> {
  return [...lua.matchAll(/redis\.call\('(\w+)',\s*(\S+)/g)].map((match) => ({ command: match[1] ?? '', key: match[2] ?? '' }));
}

describe('Lua commands (src/store/redis/commands)', () => {
  it('are named <name>-<key count>.lua and each is defined on the client as lwc<Name>', () => {
    expect(scripts.length).toBeGreaterThan(10);
    // Never connected: defining the commands reads the files, nothing more.
    const client = createRedisClient({ url: 'redis://127.0.0.1:1' }, 'lint:');
    try {
      for (const { file, name } of scripts) {
        expect(name, file).toBeDefined();
        const command = `lwc${(name ?? '').charAt(0).toUpperCase()}${(name ?? '').slice(1)}`;
        expect(typeof Reflect.get(client, command), file).toBe('function');
      }
    } finally {
      client.disconnect();
    }
  });

  it('touch only keys passed in KEYS[], never one built from an argument (Redis Cluster routes a script by its KEYS)', () => {
    for (const { file, lua } of scripts) {
      for (const { command, key } of keyArguments(lua)) {
        if (command === 'PUBLISH') continue;
        expect(key, `${file}: ${command}`).toMatch(/^KEYS\[/);
      }
      // DEL of several keys: each one.
      for (const match of lua.matchAll(/redis\.call\('DEL'((?:,\s*[^,)]+)+)\)/g)) {
        for (const key of (match[1] ?? '').split(',').slice(1)) expect(key.trim(), file).toMatch(/^KEYS\[/);
      }
    }
  });

  it('use no more keys than their name says, and say what their result codes mean', () => {
    for (const { file, keys, lua } of scripts) {
      if (keys !== 'n') {
        const used = [...lua.matchAll(/KEYS\[(\d+)\]/g)].map((match) => Number(match[1]));
        expect(Math.max(...used), file).toBeLessThanOrEqual(Number(keys));
      }
      expect(lua, file).toMatch(/Returns /);
    }
  });
});
