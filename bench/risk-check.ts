/**
 * Micro-benchmark and equivalence check for the risk check (src/domain/risk).
 *
 *   npx tsx bench/risk-check.ts                  times assessRisk one call at a time: p50, p99 and max per
 *                                                input class, beside the targets (risk-check-timing.ts)
 *   npx tsx bench/risk-check.ts --record [file]  records assessRisk, explainRisk and normaliseText outputs
 *                                                for every corpus and holdout row and ~3700 generated variants
 *   npx tsx bench/risk-check.ts --check [file]   compares the current outputs against a recording and prints
 *                                                every difference (exit code 1 if any)
 *
 * The default recording is /tmp/risk-check-baseline.json. --check records instead when none exists yet.
 * Option for timing: --ms <n>, about how long each input class is called for (default 1500).
 */
import { runRecordOrCheck } from './risk-check-equivalence';
import { runTiming } from './risk-check-timing';

if (process.argv.includes('--record')) runRecordOrCheck('--record');
else if (process.argv.includes('--check')) runRecordOrCheck('--check');
else runTiming();
