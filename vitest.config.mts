import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // tests/teams/ drives Microsoft 365 Agents Playground: `npm run test:teams` (see README, Tests).
    exclude: [...configDefaults.exclude, 'tests/teams/**'],
    globalSetup: ['tests/setup/redis-global-setup.ts', 'tests/setup/staff-app-global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Integration tests share one redis-server but use a random key prefix each.
    pool: 'forks',
    // restify 11 loads spdy, whose http-deceiver calls process.binding at import: hide that one
    // deprecation (DEP0111) here as `npm start` does.
    execArgv: ['--disable-warning=DEP0111'],
  },
});
