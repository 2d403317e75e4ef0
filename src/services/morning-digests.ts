import type { Logger } from 'pino';
import { isAppError } from '../domain/app-error';
import type { Clock } from '../domain/clock';
import { errorCode } from '../bot/error-code';
import { londonIsoDate } from '../domain/local-date';
import { morningDigest } from '../domain/teams/morning-digest';
import { openingStatus } from '../domain/team/opening-hours';
import { teamHoursInForce } from '../listings/bank-holidays';
import type { CallbackCardStore, CallbackStore, DigestDayStore, TeamDirectoryStore } from '../store/ports';
import type { CallbackCards } from '../teams/callback-cards';
import type { TeamsDirectory } from '../teams/teams-directory';
import type { TeamsSender } from '../teams/teams-sender';

export interface MorningDigestsDependencies {
  readonly teams: Pick<TeamDirectoryStore, 'list'>;
  readonly callbacks: Pick<CallbackStore, 'listBySite'>;
  readonly cards: Pick<CallbackCardStore, 'get'>;
  readonly days: DigestDayStore;
  readonly directory: Pick<TeamsDirectory, 'siteChannel'>;
  readonly sender: TeamsSender;
  readonly render: CallbackCards;
  readonly clock: Clock;
  /** Sites and error codes only. */
  readonly logger: Logger;
}

/**
 * Each linked channel's morning digest: on every day its team opens, at the first pass once it is
 * open (bank holidays and exceptions as the team's hours say), the counts of open requests, those
 * waiting too long (requested, with a "waiting too long" nudge posted) and who has claimed how
 * many. One per site and London date: the day is taken (compare-and-set) before the send, so two
 * instances never both send; a send that fails is logged, not tried again that day.
 */
export class MorningDigests {
  constructor(private readonly deps: MorningDigestsDependencies) {}

  /** Sends the digests now due; resolves how many were sent. */
  async sendDue(): Promise<number> {
    const now = this.deps.clock.now();
    const today = londonIsoDate(now);
    let sent = 0;
    for (const entry of await this.deps.teams.list()) {
      if (!openingStatus(teamHoursInForce(entry, now), now).open) continue;
      const channel = await this.deps.directory.siteChannel(entry.siteId);
      if (channel === undefined) continue;
      const taken = await this.deps.days.update(entry.siteId, (current) => (current?.lastDate === today ? undefined : { lastDate: today }));
      if (taken === undefined) continue;
      const requests = await this.deps.callbacks.listBySite(entry.siteId);
      const overdue = new Set<string>();
      for (const request of requests.filter((candidate) => candidate.status === 'requested')) {
        if ((await this.deps.cards.get(request.id))?.posts.some((post) => post.kind === 'overdue') === true) overdue.add(request.id);
      }
      try {
        await this.deps.sender.send(`digest:${entry.siteId}:${today}`, channel, this.deps.render.morningDigest(morningDigest(requests, (request) => overdue.has(request.id))));
        sent += 1;
      } catch (error) {
        if (!isAppError(error)) throw error;
        this.deps.logger.warn({ event: 'teams.digest_not_sent', siteId: entry.siteId, code: errorCode(error) }, 'morning digest not sent');
      }
    }
    return sent;
  }
}
