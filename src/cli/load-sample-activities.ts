import { ConfigError, loadConfig, type Config } from '../config';
import { siteIds } from '../domain/sites';
import { isSampleTeam, loadSampleActivities, loadSampleTeams } from '../data/sample-data';
import { RedisActivityStore } from '../store/redis/redis-activity-store';
import { createRedisClient } from '../store/redis/redis-connection';
import { RedisTeamDirectoryStore } from '../store/redis/redis-team-store';

/**
 * `npm run samples:load` (alias `activities:load-samples`): saves the fictional sample listings
 * (`data/activities/`, all in one write) and the sample team details (`data/teams.json`, one entry
 * per site) to the Redis in REDIS_URL, and prints how many per site. Idempotent: the samples have
 * fixed ids and one team entry per site, so running it again replaces them. A site whose team
 * details are real (not marked "(sample)") keeps them. In embedded mode the service loads them at
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
    process.stderr.write('No Redis is configured (REDIS_URL, REDIS_CLUSTER_NODES or REDIS_SENTINELS). In embedded mode the service loads the samples at start-up by itself.\n');
    return 2;
  }
  const samples = await loadSampleActivities();
  const teams = await loadSampleTeams();
  const redis = createRedisClient(config.redis, config.redis.keyPrefix);
  try {
    await redis.connect();
    const { created, updated } = await new RedisActivityStore(redis).putMany(samples);
    for (const siteId of siteIds) {
      process.stdout.write(`${siteId}: ${samples.filter((activity) => activity.site_id === siteId).length} sample listings\n`);
    }
    process.stdout.write(`saved ${samples.length} (${created} new, ${updated} replaced) under the key prefix ${config.redis.keyPrefix}\n`);
    const teamStore = new RedisTeamDirectoryStore(redis);
    for (const entry of teams) {
      // A site's real details are never replaced by samples: only a missing or sample entry is.
      const current = await teamStore.get(entry.siteId);
      if (current !== undefined && !isSampleTeam(current)) {
        process.stdout.write(`${entry.siteId}: kept its own team details (not a sample)\n`);
        continue;
      }
      await teamStore.put(entry);
      process.stdout.write(`${entry.siteId}: saved the sample team details\n`);
    }
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
