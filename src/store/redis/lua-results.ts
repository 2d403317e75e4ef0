import { redisFailure } from './redis-call';

/*
 * What each script's result codes mean (see the header of each file in `commands/`). Scripts
 * answer numbers; the stores read them only through these tables.
 */

export const writeItemsResults = { '0': 'written', '-1': 'lock-lost', '-2': 'conflict' } as const;
export const deleteItemsResults = { '0': 'deleted', '-1': 'lock-lost' } as const;
export const casResults = { '1': 'written', '0': 'conflict' } as const;
export const createCallbackResults = { '1': 'created', '0': 'open-exists', '-1': 'id-taken', '-2': 'reference-taken', '-3': 'changed' } as const;
export const eraseCallbacksResults = { '-1': 'changed' } as const;
export const readAgainResults = { '1': 'done', '0': 'changed' } as const;
export const deleteActivityResults = { '1': 'deleted', '0': 'missing' } as const;
export const createConversationResults = { '1': 'created', '0': 'exists', '-1': 'taken', '-2': 'unreadable' } as const;
export const appendActivityResults = { '-1': 'missing' } as const;
export const countOnceResults = { '1': 'counted', '0': 'already' } as const;

/**
 * The meaning of `code` in `codes`.
 * @throws AppError STORE_UNAVAILABLE for a code the table does not know (a script of another version).
 */
export function resultOf<Codes extends Readonly<Record<string, string>>>(codes: Codes, code: number, script: string): Codes[keyof Codes] {
  const meaning = codes[String(code)];
  if (meaning === undefined) throw redisFailure(`running ${script}`, new Error(`unknown result code ${code}`));
  return meaning as Codes[keyof Codes];
}
