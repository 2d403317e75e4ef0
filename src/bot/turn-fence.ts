import type { TurnContext } from 'botbuilder';
import type { TurnFence } from '../store/ports';

const turnFence = Symbol('turnFence');

/** Records the fence of the conversation lock this turn holds, for every write the turn makes. */
export function holdTurnFence(context: TurnContext, fence: TurnFence | undefined): void {
  context.turnState.set(turnFence, fence);
}

/**
 * The fence of the lock this turn holds: pass it to every write of the turn's conversation state
 * and of anything planned from the turn, so a turn that lost its lock cannot overwrite a newer one.
 * Undefined outside a turn (a job, a webhook before the turn) and in memory mode.
 */
export function turnFenceOf(context: TurnContext): TurnFence | undefined {
  const fence: unknown = context.turnState.get(turnFence);
  return typeof fence === 'object' && fence !== null && 'lockKey' in fence && 'token' in fence && typeof fence.lockKey === 'string' && typeof fence.token === 'string'
    ? { lockKey: fence.lockKey, token: fence.token }
    : undefined;
}
