import type { GoalChange } from '../src/domain/wellbeing/goal-rules';
import type { WellbeingChange } from './dialog-services';

/** A goal rule's outcome as a journal change: saved when it succeeded, nothing written when refused. */
export function savedWhenOk(change: GoalChange): WellbeingChange<GoalChange> {
  return change.ok ? { record: change.record, result: change } : { result: change };
}
