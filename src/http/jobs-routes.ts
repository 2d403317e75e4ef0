import type { Logger } from 'pino';
import type { Server } from 'restify';
import type { AdminAccess } from '../admin/admin-auth';
import type { Jobs } from '../jobs/jobs';
import { adminAccessHandlers } from './admin-access';
import { adminRoute } from './admin-route';

/** What the jobs route reads of the jobs layer. */
export type JobsStatus = Pick<Jobs, 'mode' | 'counts'>;

/**
 * Mounts `GET /api/admin/jobs` (super admin only): the jobs mode, and each queue's counts by state
 * with how long its oldest waiting job has been due (`oldestWaitingMs`, null when none waits).
 */
export function mountJobsRoutes(server: Server, options: { readonly jobs: JobsStatus; readonly access: AdminAccess; readonly logger: Logger }): void {
  const { superAdminsOnly } = adminAccessHandlers(options.access, options.logger);
  server.get(
    '/api/admin/jobs',
    superAdminsOnly,
    adminRoute(options.logger, async (_req, res) => {
      res.send(200, { mode: options.jobs.mode, queues: await options.jobs.counts() });
    }),
  );
}
