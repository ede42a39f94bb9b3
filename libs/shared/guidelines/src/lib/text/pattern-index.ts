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
export function mayMatch(p: CompiledPattern, hasLiteral: (literal: string) => boolean, anyPattern: () => boolean): boolean {
  if (p.literals) return p.literals.some(hasLiteral);
  return anyPattern();
}

/**
 * `text.includes(literal)` for many literals of one text, with one indexOf scan per distinct 3-unit
 * prefix: a literal occurs iff it starts at one of the occurrences of its prefix. Rule sets tend to
 * have many patterns sharing a prefix (ACME-1…, ACME-2…), which would otherwise each scan the text.
 */
export class LiteralProbe {
  private readonly byPrefix = new Map<string, number[]>();
  constructor(private readonly text: string) {}

  includes(literal: string): boolean {
    if (literal.length <= 3) return this.text.includes(literal);
    const prefix = literal.slice(0, 3);
    let at = this.byPrefix.get(prefix);
    if (!at) {
      at = [];
      const t = this.text;
      for (let i = t.indexOf(prefix); i >= 0; i = t.indexOf(prefix, i + 1)) at.push(i);
      this.byPrefix.set(prefix, at);
    }
    for (let k = 0; k < at.length; k++) if (this.text.startsWith(literal, at[k])) return true;
    return false;
  }
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
