/**
 * How far a regex can read around the place it is tried, counted in spaces (the risk patterns
 * run on normalised text, words separated by spaces, and bound their gaps in words: `gap(n)`).
 * With this bound and a literal every match contains (literal-scan.ts), a pattern can be run on
 * a window around that literal's occurrences instead of the whole text, with the same result
 * (see `LiteralHits.windowsOf`).
 *
 * The bound over-approximates, read from regjsparser's syntax tree of the regex (as
 * regex-tree-reader.ts reads it): every character that can match a space counts as one; a
 * lookahead reads as far as its body; a lookbehind reads back as far as its body reads either
 * way; a repeat counts each turn. A regex with an unbounded repeat of something that can match a
 * space, a back-reference, or syntax this reader does not know, has no bound (null).
 *
 * Pure: no I/O. Runs once per pattern, at module load.
 */

import { parseRegex, type RegexNode } from './regex-tree-reader';

/** The most spaces a regex reads, from where it is tried. */
export interface SpaceReach {
  /** Spaces one match can consume. */
  readonly consumed: number;
  /** Spaces read from where the match is tried onwards, lookaheads included (at least `consumed`). */
  readonly ahead: number;
  /** Spaces read before where the match is tried (lookbehinds). */
  readonly behind: number;
}

const SPACE = 0x20;
const none: SpaceReach = { consumed: 0, ahead: 0, behind: 0 };
const oneSpace: SpaceReach = { consumed: 1, ahead: 1, behind: 0 };
const unbounded: SpaceReach = { consumed: Infinity, ahead: Infinity, behind: Infinity };

type ClassNode = Extract<RegexNode, { type: 'characterClass' }>;
type ClassMember = ClassNode['body'][number];

/** Whether a class member surely matches a space (`surely`), or only may (`!surely`). */
function memberHasSpace(member: ClassMember, surely: boolean): boolean {
  switch (member.type) {
    case 'value':
      return member.codePoint === SPACE;
    case 'characterClassRange':
      return member.min.codePoint <= SPACE && SPACE <= member.max.codePoint;
    case 'characterClassEscape':
      return member.value === 's' || (!surely && (member.value === 'W' || member.value === 'D'));
    default:
      return !surely; // a property or a nested class: not known
  }
}

/** A character class: one space if it can match one. */
function characterClass(node: ClassNode): SpaceReach {
  if (node.kind !== 'union') return oneSpace;
  // A negated class matches a space unless it surely lists one; a plain class if it may list one.
  const canMatchSpace = node.negative
    ? !node.body.some((member) => memberHasSpace(member, true))
    : node.body.some((member) => memberHasSpace(member, false));
  return canMatchSpace ? oneSpace : none;
}

/** One after another: what each reads ahead counts from where the ones before it stopped. */
function sequence(items: readonly SpaceReach[]): SpaceReach {
  let consumed = 0;
  let ahead = 0;
  let behind = 0;
  for (const item of items) {
    ahead = Math.max(ahead, consumed + item.ahead);
    behind = Math.max(behind, item.behind);
    consumed += item.consumed;
  }
  return { consumed, ahead: Math.max(ahead, consumed), behind };
}

function alternation(items: readonly SpaceReach[]): SpaceReach {
  return {
    consumed: Math.max(...items.map((item) => item.consumed)),
    ahead: Math.max(...items.map((item) => item.ahead)),
    behind: Math.max(...items.map((item) => item.behind)),
  };
}

function repeat(body: SpaceReach, max: number): SpaceReach {
  if (max === 0) return none;
  if (body.consumed === 0) return body; // every turn starts within the same run of non-spaces
  if (!Number.isFinite(max)) return unbounded;
  return { consumed: max * body.consumed, ahead: (max - 1) * body.consumed + body.ahead, behind: body.behind };
}

function reachOf(node: RegexNode): SpaceReach {
  switch (node.type) {
    case 'alternative':
      return sequence(node.body.map(reachOf));
    case 'disjunction':
      return alternation(node.body.map(reachOf));
    case 'group': {
      const body = sequence(node.body.map(reachOf));
      switch (node.behavior) {
        case 'lookahead':
        case 'negativeLookahead':
          return { consumed: 0, ahead: body.ahead, behind: body.behind };
        case 'lookbehind':
        case 'negativeLookbehind':
          // Read backwards from here, and a lookaround inside it may read either way.
          return { consumed: 0, ahead: body.ahead, behind: body.ahead + body.behind };
        default:
          return body;
      }
    }
    case 'quantifier':
      return repeat(reachOf(node.body[0]), node.max ?? Infinity);
    case 'value':
      // An octal escape may be read by the engine as a back-reference.
      if (node.kind === 'octal') return unbounded;
      return node.codePoint === SPACE ? oneSpace : none;
    case 'characterClass':
      return characterClass(node);
    case 'characterClassEscape':
      return node.value === 'w' || node.value === 'd' || node.value === 'S' ? none : oneSpace;
    case 'anchor':
      return none;
    case 'dot':
    case 'unicodePropertyEscape':
      return oneSpace;
    default:
      return unbounded; // a back-reference, or a node this reader does not know
  }
}

/**
 * The most spaces `regex` reads around where it is tried, or null when that is not bounded
 * (or not known: the parser refuses the regex).
 */
export function spaceReach(regex: RegExp): SpaceReach | null {
  let reach: SpaceReach;
  try {
    reach = reachOf(parseRegex(regex));
  } catch {
    return null;
  }
  return Number.isFinite(reach.consumed) && Number.isFinite(reach.ahead) && Number.isFinite(reach.behind) ? reach : null;
}
