import { configDefaults, defineConfig } from 'vitest/config';
import base from './vitest.config.mjs';

/** `npm run test:teams`: the tests that drive Microsoft 365 Agents Playground (tests/teams/), left out of `npm test`. */
export default defineConfig({ ...base, test: { ...base.test, include: ['tests/teams/**/*.test.ts'], exclude: configDefaults.exclude } });
