import type { CompileContext } from './rules/rule-kind';
import type { LocalizedText, Severity, TermSpec } from './types';

const SEVERITIES: readonly string[] = ['block', 'warn', 'info'];

export function isSeverity(v: unknown): v is Severity {
  return typeof v === 'string' && SEVERITIES.includes(v);
}

export function checkSeverity(v: unknown, field: string, c: Pick<CompileContext, 'fail'>, optional = false): void {
  if (optional && v === undefined) return;
  if (!isSeverity(v)) c.fail(field, 'must be "block", "warn" or "info"');
}

export function checkStrings(v: unknown, field: string, c: Pick<CompileContext, 'fail'>, opts: { optional?: boolean; nonEmpty?: boolean } = {}): void {
  if (opts.optional && v === undefined) return;
  if (!Array.isArray(v) || v.some((s) => typeof s !== 'string' || s.trim() === '')) c.fail(field, 'must be a list of non-empty strings');
  if (opts.nonEmpty && v.length === 0) c.fail(field, 'must not be empty');
}

export function checkLocalized(v: unknown, field: string, c: Pick<CompileContext, 'fail'>): asserts v is LocalizedText {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) c.fail(field, 'must be an object of texts by language');
  const entries = Object.entries(v as object);
  if (entries.length === 0 || entries.some(([, t]) => typeof t !== 'string' || t.trim() === ''))
    c.fail(field, 'must hold at least one non-empty text per language');
}

export function checkNumber(v: unknown, field: string, c: Pick<CompileContext, 'fail'>, min: number, max: number, optional = false): void {
  if (optional && v === undefined) return;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) c.fail(field, `must be a number from ${min} to ${max}`);
}

export function checkTerms(v: unknown, field: string, c: Pick<CompileContext, 'fail'>): asserts v is TermSpec[] {
  if (!Array.isArray(v) || v.length === 0) c.fail(field, 'must be a non-empty list of terms');
  v.forEach((t: unknown, i: number) => {
    const spec = t as TermSpec;
    if (typeof t !== 'object' || t === null || typeof spec.term !== 'string' || spec.term.trim() === '')
      c.fail(`${field}[${i}].term`, 'must be a non-empty string');
    checkSeverity(spec.severity, `${field}[${i}].severity`, c, true);
    if (spec.replacement !== undefined && typeof spec.replacement !== 'string') c.fail(`${field}[${i}].replacement`, 'must be a string');
  });
}

/** Registers every term under (rule, slot = index + offset); a term that folds to nothing is an error. */
export function addTerms(terms: readonly string[], field: string, c: CompileContext, slotOffset = 0): void {
  terms.forEach((t, i) => {
    if (!c.terms.add(t, { rule: c.ruleIndex, slot: slotOffset + i })) c.fail(`${field}[${i}]`, 'has no letters or digits to match');
  });
}

const RANK: Record<Severity, number> = { info: 0, warn: 1, block: 2 };
export function maxSeverity(a: Severity, b: Severity): Severity {
  return RANK[a] >= RANK[b] ? a : b;
}
