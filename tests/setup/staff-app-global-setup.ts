import { buildStaffApp, staffAppIsStale } from '../../staff/build';

/**
 * Builds the staff app (dist/staff) once before the run when it is missing or older than its
 * sources, so a clean clone's browser tests serve the current app. Up to date: nothing to do.
 */
export default async function setup(): Promise<void> {
  if (!staffAppIsStale()) return;
  const report = await buildStaffApp();
  console.info(`staff app built for the tests: first load ${(report.firstLoadGzipBytes / 1024).toFixed(1)} KB gzipped`);
}
