/**
 * Reads a regex into the literals its matches need (see literal-query.ts), from the syntax tree
 * that regjsparser (a maintained parser of ECMAScript regex syntax) builds of its source:
 * whenever the regex matches in a text, the text satisfies the query. Used to skip a risk
 * pattern only when it cannot match, so no result changes.
 *
 * Soundness rests on over-approximating the strings the regex can match:
 * - assertions (`\b`, `^`, `$`, lookaheads, lookbehinds) are read as matching the empty string;
 * - anything not tracked exactly (`\w`, `.`, large or negated character classes, back-references,
 *   octal escapes, unbounded repeats, case-insensitive groups) is read as "any string", which
 *   asks for nothing;
 * - a regex the parser refuses, or a tree this reader does not know, asks for nothing (it always runs).
 * More strings can only weaken the query, never make it reject a text the regex matches.
 *
 * Pure: no I/O. Runs once per pattern, at module load.
 */

import { parse, type AstNode, type CharacterClass, type Group } from 'regjsparser';
import { alternation, always, anyText, emptyString, exactly, repeat, sequence, type LiteralQuery, type Piece } from './literal-query';

/** Every syntax the engine accepts, so that only a malformed regex is refused. */
const features = { lookbehind: true, namedGroups: true, unicodePropertyEscape: true, unicodeSet: true, modifiers: true } as const;
type Node = AstNode<typeof features>;

/** Character classes with more members than this are read as "any character". */
const MAX_CLASS_SIZE = 12;
const digits = exactly([...'0123456789']);

/**
 * A whole number from the tree, checked: the tree is another package's output, and a wrong
 * number (a count of NaN, say) could make a piece match nothing, which would skip the regex.
 */
function wholeNumber(value: unknown, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    throw new Error(`unexpected number ${String(value)}`);
  }
  return value;
}

const codePoint = (value: unknown): number => wholeNumber(value, 0x10ffff);
const character = (value: unknown): string => String.fromCodePoint(codePoint(value));

function characterClass(node: CharacterClass<typeof features>): Piece {
  if (node.negative || node.kind !== 'union') return anyText;
  const members = new Set<string>();
  for (const member of node.body) {
    if (member.type === 'value') {
      members.add(character(member.codePoint));
    } else if (member.type === 'characterClassRange') {
      const [from, to] = [codePoint(member.min.codePoint), codePoint(member.max.codePoint)];
      if (to - from >= MAX_CLASS_SIZE) return anyText;
      for (let code = from; code <= to; code += 1) members.add(String.fromCodePoint(code));
    } else {
      return anyText; // a class escape such as \w, a property, or a nested class
    }
  }
  return members.size > MAX_CLASS_SIZE ? anyText : exactly([...members]);
}

/** A group whose meaning hangs on the rest of the regex (`\2`: back-reference or octal; `\k`) is not shared. */
const contextDependent = /\\[1-9k]/;

/** Walks one regex's tree into pieces; `known` holds the groups already read, shared by the regexes of one batch. */
class TreeWalker {
  constructor(
    private readonly known: Map<string, Piece>,
    /** The parsing mode, part of a shared group's key: `u`, `v` or `-`. */
    private readonly mode: string,
  ) {}

  piece(node: Node): Piece {
    switch (node.type) {
      case 'alternative':
        return this.sequence(node.body);
      case 'disjunction':
        if (node.body.length === 0) throw new Error('a disjunction of nothing');
        return alternation(node.body.map((branch) => this.piece(branch)));
      case 'group':
        return this.group(node);
      case 'quantifier':
        return repeat(
          this.piece(node.body[0]),
          wholeNumber(node.min, Number.MAX_SAFE_INTEGER),
          node.max === undefined ? Infinity : wholeNumber(node.max, Number.MAX_SAFE_INTEGER),
        );
      case 'value':
        // An octal escape reads like a back-reference: whichever the engine takes it for, it is "any string" here.
        return node.kind === 'octal' ? anyText : exactly([character(node.codePoint)]);
      case 'characterClass':
        return characterClass(node);
      case 'characterClassEscape':
        return node.value === 'd' ? digits : anyText;
      case 'anchor':
        return emptyString;
      case 'dot':
      case 'reference':
      case 'unicodePropertyEscape':
        return anyText;
      default:
        throw new Error(`unknown node ${String((node as { type?: unknown }).type)}`);
    }
  }

  /** The pieces of `nodes` in order, with each run of plain characters joined into one string first. */
  private sequence(nodes: readonly Node[]): Piece {
    const parts: Piece[] = [];
    let run = '';
    for (const node of nodes) {
      if (node.type === 'value' && node.kind !== 'octal') {
        run += character(node.codePoint);
        continue;
      }
      if (run !== '') parts.push(exactly([run]));
      run = '';
      parts.push(this.piece(node));
    }
    if (run !== '') parts.push(exactly([run]));
    return sequence(parts);
  }

  private group(node: Group<typeof features>): Piece {
    switch (node.behavior) {
      case 'lookahead':
      case 'lookbehind':
      case 'negativeLookahead':
      case 'negativeLookbehind':
        return emptyString;
      case 'ignore':
        // `(?i:...)` matches other cases of its letters than the source spells.
        if (node.modifierFlags?.enabling.includes('i') === true) return anyText;
        return this.shared(node);
      case 'normal':
        return this.shared(node);
      default:
        throw new Error(`unknown group ${String((node as { behavior?: unknown }).behavior)}`);
    }
  }

  /** The same groups (a list of medicines, of relatives) recur across patterns: each is read once. */
  private shared(node: Group<typeof features>): Piece {
    if (contextDependent.test(node.raw)) return this.sequence(node.body);
    const key = `${this.mode}${node.raw}`;
    let piece = this.known.get(key);
    if (piece === undefined) {
      piece = this.sequence(node.body);
      this.known.set(key, piece);
    }
    return piece;
  }
}

/** Reads regexes into the literals their matches need; a group shared by several regexes is read once. */
export class LiteralReader {
  private readonly known = new Map<string, Piece>();

  /** The query for `regex`: case-insensitive regexes and any regex the parser refuses ask for nothing. */
  read(regex: RegExp): LiteralQuery {
    if (regex.flags.includes('i')) return always;
    let tree: Node;
    try {
      tree = parse(regex.source, regex.flags, features);
    } catch {
      return always; // regjsparser throws a plain Error for syntax it does not accept
    }
    const mode = regex.flags.includes('u') ? 'u' : regex.flags.includes('v') ? 'v' : '-';
    try {
      return new TreeWalker(this.known, mode).piece(tree).query();
    } catch {
      return always; // a tree this reader does not know: the regex always runs, which is never wrong
    }
  }
}
