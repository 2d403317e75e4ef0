/**
 * Building blocks shared by the risk pattern files (risk-patterns.ts and the broad-signals
 * files). Every pattern is written against the output of `normaliseText`: lowercase ASCII
 * words separated by single spaces, contractions expanded ("do not", "i am", "can not").
 * Gaps between words are bounded so no pattern can backtrack catastrophically.
 */

/** One signal. `urgent` marks intent, a plan, means at hand or an act in progress. */
export interface RiskPattern {
  readonly pattern: RegExp;
  readonly urgent?: boolean;
  /** Dropped when the message is plainly joking ("lol"): "I'm going to kill him lol". */
  readonly hyperbole?: boolean;
  /**
   * An uncertain signal: on its own it does not raise a concern but asks the person directly
   * ("are you safe?", level 'check'). Any certain signal in the same message outranks it.
   */
  readonly uncertain?: boolean;
  /** A short readable name; every broad signal has one (see `explainRisk`). */
  readonly name?: string;
}

/** Builds a RegExp from a raw template, so `\b` needs no double escaping. */
export function rx(strings: TemplateStringsArray, ...values: readonly string[]): RegExp {
  return new RegExp(String.raw({ raw: strings.raw }, ...values));
}

/** As `rx`, global: for masks, which replace every match. */
export function rxAll(strings: TemplateStringsArray, ...values: readonly string[]): RegExp {
  return new RegExp(String.raw({ raw: strings.raw }, ...values), 'g');
}

/** V8 compiles a regex to machine code at once when its first subject is this long or longer. */
const tierUpSubject = ' '.repeat(1000);
const compiled = new WeakSet<RegExp>();

/**
 * Returns `regex`, first running it once on a 1000-character subject if it has not run yet, so
 * that V8 compiles it to machine code and not to interpreter bytecode. Node 20's V8 did not move a
 * regex on from its interpreter when its first run was on a short subject: after a few thousand
 * ordinary messages every pattern was interpreted and a 4000-character message took 13 ms instead
 * of 3 (bench/risk-check.ts). Called where a pattern is about to run, so a process compiles only
 * the patterns it uses.
 */
export function compiledToMachineCode(regex: RegExp): RegExp {
  if (!compiled.has(regex)) {
    compiled.add(regex);
    regex.test(tierUpSubject);
    regex.lastIndex = 0;
  }
  return regex;
}

/** `regex.test(text)`, with the regex compiled to machine code first (`compiledToMachineCode`). */
export function testCompiled(regex: RegExp, text: string): boolean {
  return compiledToMachineCode(regex).test(text);
}

/** One whole word of normalised text. */
export const W = '[a-z0-9]+';
/** Up to `n` whole words, lazily. */
export const gap = (n: number): string => `(?:${W} ){0,${n}}?`;
/** As `gap`, but never across i/my/me: "a course for my anxiety and i am suicidal" is a disclosure. */
export const gapWithoutI = (n: number): string => `(?:(?!(?:i|my|me) )${W} ){0,${n}}?`;
