/**
 * Where literals occur in a text, kept up to date as masks replace stretches of it, so that a
 * pattern can be run only around its literals (literal-scan.ts). Every occurrence is listed:
 * the windows a pattern runs on are only right if none is missing.
 *
 * Pure: no I/O.
 */

/** By literal number: the start of each occurrence, ascending. */
export type StartsByLiteral = Map<number, number[]>;

/** Where literals occur in one text. */
export interface Occurrences {
  /** The start of every occurrence of `literal`, ascending. */
  startsOf(literal: number): readonly number[];
}

const none: readonly number[] = [];

/** The occurrences a scan of the whole text recorded. */
export class ScannedOccurrences implements Occurrences {
  constructor(private readonly byLiteral: StartsByLiteral) {}

  startsOf(literal: number): readonly number[] {
    return this.byLiteral.get(literal) ?? none;
  }
}

/** A stretch of a text replaced by another: `start` and `length` in the new text, `replaced` the old length. */
export interface Edit {
  readonly start: number;
  readonly length: number;
  readonly replaced: number;
}

/**
 * The occurrences in a text made from another by `edits` (in order, not overlapping): those of
 * the old text outside the replaced stretches, moved, and those a scan of `regions` (disjoint
 * stretches of the new text around the edits, in order) found. A new occurrence overlaps an edit,
 * so lies inside a region; one found there is not also taken from the old text.
 */
export class EditedOccurrences implements Occurrences {
  private readonly oldStarts: Int32Array;
  private readonly cache = new Map<number, readonly number[]>();

  constructor(
    private readonly before: Occurrences,
    private readonly lengthOf: (literal: number) => number,
    private readonly edits: readonly Edit[],
    /** Start and end pairs. */
    private readonly regions: Int32Array,
    private readonly rescanned: StartsByLiteral,
  ) {
    let shift = 0;
    this.oldStarts = Int32Array.from(edits, (edit) => {
      const oldStart = edit.start - shift;
      shift += edit.length - edit.replaced;
      return oldStart;
    });
  }

  startsOf(literal: number): readonly number[] {
    let starts = this.cache.get(literal);
    if (starts === undefined) {
      starts = this.work(literal);
      this.cache.set(literal, starts);
    }
    return starts;
  }

  private work(literal: number): readonly number[] {
    const { edits, oldStarts, regions } = this;
    const length = this.lengthOf(literal);
    const kept: number[] = [];
    let edit = 0;
    let shift = 0;
    let region = 0;
    for (const oldStart of this.before.startsOf(literal)) {
      // Edits wholly before this occurrence move it; one that reaches into it removes it.
      while (edit < edits.length && (oldStarts[edit] as number) + (edits[edit] as Edit).replaced <= oldStart) {
        shift += (edits[edit] as Edit).length - (edits[edit] as Edit).replaced;
        edit += 1;
      }
      if (edit < edits.length && (oldStarts[edit] as number) < oldStart + length) continue;
      const start = oldStart + shift;
      while (region < regions.length && (regions[region + 1] as number) < start + length) region += 2;
      if (region < regions.length && (regions[region] as number) <= start) continue; // found by the scan of that region
      kept.push(start);
    }
    const found = this.rescanned.get(literal);
    if (found === undefined) return kept;
    if (kept.length === 0) return found;
    return [...kept, ...found].sort((a, b) => a - b);
  }
}
