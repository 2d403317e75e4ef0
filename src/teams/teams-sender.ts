import type { TeamsConversation } from '../domain/teams/teams-conversation';

/**
 * A message for Teams: an Adaptive Card (JSON, version 1.5) with the plain text Teams shows in
 * notifications and the activity feed, or text alone. Never personal details (Teams keeps
 * messages in Microsoft 365): reference codes, first name and initial, times.
 */
export interface TeamsMessage {
  /** Notification and fallback text. */
  readonly text: string;
  /** The card, as Adaptive Card JSON. */
  readonly card?: Readonly<Record<string, unknown>>;
}

/** What became of a send: where the message now is (to update it in place later). */
export interface TeamsSent {
  readonly conversationId: string;
  readonly activityId: string;
}

/**
 * Sends to Teams through the send pipeline: rate-limited per conversation and per tenant, paused
 * on 429, retried on 412/502/503/504, and keyed so a repeat after a crash is harmless (the same
 * key answers the first send's result and sends nothing). Implemented in adapters/teams/.
 */
export interface TeamsSender {
  /**
   * Sends `message` to `conversation` once per `key`.
   * @throws AppError TEAMS_BLOCKED when Teams says the bot may not write there (403 codes; the
   *   conversation is marked), TEAMS_UNREACHABLE when a personal chat is gone and could not be
   *   created again (404), UPSTREAM_UNAVAILABLE when retries ran out.
   */
  send(key: string, conversation: TeamsConversation, message: TeamsMessage): Promise<TeamsSent>;
  /**
   * Replaces the message `sent` with `message` (a card updated in place), once per `key`.
   * @throws AppError as {@link TeamsSender.send}.
   */
  update(key: string, conversation: TeamsConversation, sent: TeamsSent, message: TeamsMessage): Promise<void>;
}
