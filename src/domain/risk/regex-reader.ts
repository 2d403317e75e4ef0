/**
 * Reads a regex's source into the literals its matches need (see literal-query.ts): whenever
 * the regex matches in a text, the text satisfies the query. Used to skip a risk pattern only
 * when it cannot match, so no result changes.
 *
 * Soundness rests on over-approximating the strings the regex can match:
 * - assertions (`\b`, `^`, `$`, lookaheads, lookbehinds) are read as matching the empty string;
 * - anything not tracked exactly (`\w`, `.`, large character classes, back-references, unbounded
 *   repeats) is read as "any string", which asks for nothing;
 * - a construct the reader does not know makes the whole regex ask for nothing (it always runs).
 * More strings can only weaken the query, never make it reject a text the regex matches.
 *
 * Pure: no I/O. Runs once per pattern, at module load.
 */

import { alternation, always, anyText, emptyString, exactly, repeat, sequence, type LiteralQuery, type Piece } from './literal-query';

/** Character classes with more members than this are read as "any character". */
const MAX_CLASS_SIZE = 12;

class Unsupported extends Error {}

const isPlain = (char: string): boolean => char !== '' && char < '\x80' && !'\\^$.|?*+()[]{}'.includes(char);
const isQuantifier = (char: string): boolean => char !== '' && '*+?{'.includes(char);

/** A recursive-descent reader for the JavaScript regex syntax the risk patterns use. */
class Reader {
  private position = 0;

  private readonly closing: ReadonlyMap<number, number>;

  constructor(
    private readonly source: string,
    private readonly unicode: boolean,
    /** Groups already read, by flags and source: shared by the regexes of one batch. */
    private readonly known: Map<string, Piece>,
  ) {
    this.closing = this.closingParentheses();
  }

  read(): Piece {
    const piece = this.alternation();
    if (this.position !== this.source.length) throw new Unsupported('unbalanced )');
    return piece;
  }

  private peek(offset = 0): string {
    return this.source[this.position + offset] ?? '';
  }

  private take(): string {
    const char = this.peek();
    if (char === '') throw new Unsupported('unexpected end');
    this.position += 1;
    return char;
  }

  private alternation(): Piece {
    const branches = [this.sequence()];
    while (this.peek() === '|') {
      this.position += 1;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? (branches[0] as Piece) : alternation(branches);
  }

  private sequence(): Piece {
    const parts: Piece[] = [];
    while (this.position < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const plain = this.plainRun();
      if (plain !== '') {
        parts.push(exactly([plain]));
        continue;
      }
      const atom = this.atom();
      parts.push(this.quantified(atom));
    }
    return sequence(parts);
  }

  /** Ordinary ASCII characters that stand for themselves, up to (not including) one a quantifier applies to. */
  private plainRun(): string {
    const start = this.position;
    while (isPlain(this.peek()) && !isQuantifier(this.peek(1))) this.position += 1;
    return this.source.slice(start, this.position);
  }

  private quantified(atom: Piece): Piece {
    const char = this.peek();
    let bounds: readonly [number, number] | null = null;
    if (char === '*') bounds = [0, Infinity];
    else if (char === '+') bounds = [1, Infinity];
    else if (char === '?') bounds = [0, 1];
    if (bounds !== null) {
      this.position += 1;
    } else if (char === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.position));
      if (match === null) throw new Unsupported('literal {');
      const min = Number(match[1]);
      bounds = [min, match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3])];
      this.position += match[0].length;
    } else {
      return atom;
    }
    if (this.peek() === '?') this.position += 1; // lazy: same strings
    return repeat(atom, bounds[0], bounds[1]);
  }

  private atom(): Piece {
    const char = this.take();
    switch (char) {
      case '(':
        return this.group();
      case '[':
        return this.characterClass();
      case '.':
        return anyText;
      case '^':
      case '$':
        return emptyString;
      case '\\':
        return this.escape();
      case '*':
      case '+':
      case '?':
      case '{':
      case '}':
      case ']':
      case ')':
        throw new Unsupported(`unexpected ${char}`);
      default:
        return exactly([this.unicode ? this.surrogatePair(char) : char]);
    }
  }

  private surrogatePair(char: string): string {
    const code = char.charCodeAt(0);
    return code >= 0xd800 && code <= 0xdbff ? char + this.take() : char;
  }

  private group(): Piece {
    const end = this.closing.get(this.position - 1);
    if (end === undefined) throw new Unsupported('unclosed group');
    let assertion = false;
    if (this.peek() === '?') {
      const kind = this.peek(1);
      if (kind === ':') {
        this.position += 2;
      } else if (kind === '=' || kind === '!') {
        this.position += 2;
        assertion = true;
      } else if (kind === '<' && (this.peek(2) === '=' || this.peek(2) === '!')) {
        this.position += 3;
        assertion = true;
      } else if (kind === '<') {
        const end = this.source.indexOf('>', this.position);
        if (end < 0) throw new Unsupported('group name');
        this.position = end + 1;
      } else {
        throw new Unsupported('group modifier');
      }
    }
    if (assertion) {
      this.position = end + 1;
      return emptyString;
    }
    // The same groups (a list of medicines, of relatives) recur across patterns: read each once.
    const key = `${this.unicode ? 'u' : '-'}${this.source.slice(this.position, end)}`;
    let inner = this.known.get(key);
    if (inner === undefined) {
      inner = this.alternation();
      if (this.position !== end) throw new Unsupported('group end');
      this.known.set(key, inner);
    }
    this.position = end + 1;
    return inner;
  }

  /** The position of the ")" that closes each "(" of the source, found in one pass. */
  private closingParentheses(): Map<number, number> {
    const { source } = this;
    const closing = new Map<number, number>();
    const open: number[] = [];
    for (let index = 0; index < source.length; index += 1) {
      const char = source[index];
      if (char === '\\') {
        index += 1;
      } else if (char === '[') {
        index += source[index + 1] === '^' ? 2 : 1;
        while (index < source.length && source[index] !== ']') index += source[index] === '\\' ? 2 : 1;
      } else if (char === '(') {
        open.push(index);
      } else if (char === ')') {
        const start = open.pop();
        if (start === undefined) throw new Unsupported('unbalanced )');
        closing.set(start, index);
      }
    }
    if (open.length > 0) throw new Unsupported('unclosed group');
    return closing;
  }

  private escape(): Piece {
    const char = this.take();
    if (char === 'b' || char === 'B') return emptyString;
    if ('wWsSDkpP'.includes(char) || /[1-9]/.test(char)) {
      if ((char === 'p' || char === 'P') && this.peek() === '{') this.skipPast('}');
      if (char === 'k' && this.peek() === '<') this.skipPast('>');
      return anyText; // a class such as \w, a property, or a back-reference
    }
    if (char === 'd') return exactly([...'0123456789']);
    return exactly([this.escapedCharacter(char)]);
  }

  /** The character an escape stands for (after the backslash and `char`), for escapes that are one character. */
  private escapedCharacter(char: string): string {
    const controls: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };
    if (char === '0' && /[0-9]/.test(this.peek())) throw new Unsupported('octal escape');
    if (char in controls) return controls[char] as string;
    if (char === 'x') return String.fromCharCode(this.hex(2));
    if (char === 'u') {
      if (this.unicode && this.peek() === '{') {
        const end = this.source.indexOf('}', this.position);
        if (end < 0) throw new Unsupported('\\u{');
        const code = Number.parseInt(this.source.slice(this.position + 1, end), 16);
        this.position = end + 1;
        return String.fromCodePoint(code);
      }
      return String.fromCharCode(this.hex(4));
    }
    if (/[a-zA-Z]/.test(char)) throw new Unsupported(`escape \\${char}`);
    return char; // an escaped punctuation character stands for itself
  }

  private skipPast(end: string): void {
    const at = this.source.indexOf(end, this.position);
    if (at < 0) throw new Unsupported(`no ${end}`);
    this.position = at + 1;
  }

  private hex(digits: number): number {
    const text = this.source.slice(this.position, this.position + digits);
    if (!new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(text)) throw new Unsupported('hex escape');
    this.position += digits;
    return Number.parseInt(text, 16);
  }

  private characterClass(): Piece {
    const negated = this.peek() === '^';
    if (negated) this.position += 1;
    const members = new Set<string>();
    let tooBroad = negated;
    while (this.peek() !== ']') {
      const first = this.classMember();
      if (first === null) {
        tooBroad = true;
        continue;
      }
      if (this.peek() === '-' && this.peek(1) !== ']') {
        this.position += 1;
        const last = this.classMember();
        if (last === null) throw new Unsupported('class range');
        const [from, to] = [first.codePointAt(0) ?? 0, last.codePointAt(0) ?? 0];
        if (to - from >= MAX_CLASS_SIZE) tooBroad = true;
        else for (let code = from; code <= to; code += 1) members.add(String.fromCodePoint(code));
      } else {
        members.add(first);
      }
    }
    this.position += 1;
    return tooBroad || members.size > MAX_CLASS_SIZE ? anyText : exactly([...members]);
  }

  /** One member of a character class, or null for a whole class escape such as `\w`. */
  private classMember(): string | null {
    const char = this.take();
    if (char !== '\\') return this.unicode ? this.surrogatePair(char) : char;
    const escaped = this.take();
    if ('wWsSdDpP'.includes(escaped)) {
      if ((escaped === 'p' || escaped === 'P') && this.peek() === '{') this.skipPast('}');
      return null;
    }
    if (escaped === 'b') return '\b';
    return this.escapedCharacter(escaped);
  }
}

/** Reads regexes into the literals their matches need; a group shared by several regexes is read once. */
export class LiteralReader {
  private readonly known = new Map<string, Piece>();

  /** The query for `regex`: case-insensitive regexes, the `v` flag and unknown syntax ask for nothing. */
  read(regex: RegExp): LiteralQuery {
    if (regex.flags.includes('i') || regex.flags.includes('v')) return always;
    try {
      return new Reader(regex.source, regex.flags.includes('u'), this.known).read().query();
    } catch (error) {
      if (error instanceof Unsupported) return always;
      throw error;
    }
  }
}
