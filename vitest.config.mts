import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/redis-global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Integration tests share one redis-server but use a random key prefix each.
    pool: 'forks',
  },
});
