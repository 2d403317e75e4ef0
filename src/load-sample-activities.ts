import { ConfigError, loadConfig, type Config } from './config';
import { siteIds } from './domain/sites';
import { loadSampleActivities } from './sample-data';
import { RedisActivityStore } from './store/redis/redis-activity-store';
import { createRedisClient } from './store/redis/redis-stores';

/**
 * `npm run activities:load-samples`: saves the fictional sample listings (`data/activities/`) to
 * the Redis in REDIS_URL, all in one write, and prints how many per site. Idempotent: the samples
 * have fixed ids, so running it again replaces them. In embedded mode the service loads them at
 * start-up by itself; on Redis it never does, so real listings are not mixed with samples unasked.
 */
async function run(): Promise<number> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`Cannot load the samples: the configuration has problems:\n${error.problems.map((p) => `  ${p}`).join('\n')}\n`);
    return 2;
  }
  if (config.redis === undefined) {
    process.stderr.write('REDIS_URL is not set. In embedded mode the service loads the samples at start-up by itself.\n');
    return 2;
  }
  const samples = await loadSampleActivities();
  const redis = createRedisClient(config.redis.url, config.redis.keyPrefix);
  try {
    await redis.connect();
    const { created, updated } = await new RedisActivityStore(redis, config.redis.keyPrefix).putMany(samples);
    for (const siteId of siteIds) {
      process.stdout.write(`${siteId}: ${samples.filter((activity) => activity.site_id === siteId).length} sample listings\n`);
    }
    process.stdout.write(`saved ${samples.length} (${created} new, ${updated} replaced) under the key prefix ${config.redis.keyPrefix}\n`);
    return 0;
  } finally {
    await redis.quit().catch(() => redis.disconnect());
  }
}

if (require.main === module) {
  run().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`Cannot load the samples: ${error instanceof Error ? error.message : 'unknown error'}\n`);
      process.exit(1);
    },
  );
}
