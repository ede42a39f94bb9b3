import { RE2JS } from 're2js';
import type { TextRange } from '../types';
import { requiredLiterals } from './required-literals';

export const MAX_PATTERN_LENGTH = 500;
const MAX_PROGRAM_SIZE = 5000;

/**
 * Curator patterns run on re2js, a pure-JS port of RE2: matching is linear in the text, so no pattern
 * can hang the server or the browser, and there is no native module. All patterns are OR-ed into one
 * program for a single DFA pre-test per check; only when it hits do the single patterns run.
 */
export interface CompiledPattern {
  re: RE2JS;
  /** Any match contains one of these (lower-cased); null = no cheap proof, always run. */
  literals: string[] | null;
}

export class PatternIndex {
  private readonly sources: string[] = [];
  private combined: RE2JS | null = null;

  /** Compiles one pattern; returns the error text instead of throwing so the caller names the field. */
  add(pattern: string, caseInsensitive: boolean): CompiledPattern | { error: string } {
    if (pattern.length === 0 || pattern.length > MAX_PATTERN_LENGTH) return { error: `must be 1 to ${MAX_PATTERN_LENGTH} characters` };
    let re: RE2JS;
    try {
      re = RE2JS.compile(pattern, caseInsensitive ? RE2JS.CASE_INSENSITIVE : 0);
    } catch (e) {
      return { error: `is not a valid RE2 pattern (no backreferences or lookaround): ${(e as Error).message}` };
    }
    if (re.programSize() > MAX_PROGRAM_SIZE) return { error: 'is too complex' };
    if (re.matches('')) return { error: 'must not match the empty text' };
    this.sources.push(caseInsensitive ? `(?i:${pattern})` : `(?:${pattern})`);
    return { re, literals: requiredLiterals(pattern) };
  }

  seal(): void {
    if (this.sources.length > 0) this.combined = RE2JS.compile(this.sources.join('|'));
  }

  /** Cheap "could any pattern match?" — one linear DFA pass. */
  anyMatch(text: string): boolean {
    return this.combined !== null && this.combined.test(text);
  }
}

/** May the pattern match? Literal pre-filter on the lower-cased text, else the combined DFA pass. */
export function mayMatch(p: CompiledPattern, lowerText: string, anyPattern: () => boolean): boolean {
  if (p.literals) return p.literals.some((l) => lowerText.includes(l));
  return anyPattern();
}

export function allMatches(re: RE2JS, text: string): TextRange[] {
  const out: TextRange[] = [];
  const m = re.matcher(text);
  while (m.find()) {
    const start = m.start();
    const end = m.end();
    if (end > start) out.push({ start, end });
  }
  return out;
}
