/**
 * Literals that any match of an RE2 pattern must contain (lower-cased), or null if none of at least
 * 3 characters can be proven. Used as a cheap pre-filter: if none occurs in the lower-cased text, the
 * pattern cannot match and re2js (≈ 7 ns per character) need not run. Conservative: on any syntax it
 * does not understand it returns null and the pattern always runs.
 */
export function requiredLiterals(pattern: string): string[] | null {
  let best: string[] | null = null;
  let cur: string[] = [''];
  const finish = (): void => {
    const min = Math.min(...cur.map((s) => s.length));
    if (min >= 3 && (!best || min > Math.min(...best.map((s) => s.length)))) best = cur;
    cur = [''];
  };
  let i = 0;
  if (pattern.startsWith('(?i)')) i = 4;
  const quant = (k: number): string => {
    const q = pattern[k];
    return q === '?' || q === '*' || q === '{' ? 'optional' : q === '+' ? 'plus' : '';
  };
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === '|') return null; // top-level alternation: nothing is required
    if (ch === '(') {
      // A group of plain literal alternatives, e.g. (?:corp|internal): one of them is required.
      const close = pattern.indexOf(')', i);
      const inner = close < 0 ? '' : pattern.slice(pattern.startsWith('(?:', i) ? i + 3 : i + 1, close);
      if (close < 0 || !/^[A-Za-z0-9 _-]+(?:\|[A-Za-z0-9 _-]+)*$/.test(inner)) {
        if (!balancedSkip()) return null;
        finish();
        continue;
      }
      i = close + 1;
      const q = quant(i);
      if (q === 'optional') {
        finish();
        continue;
      }
      const alts = inner.toLowerCase().split('|');
      if (cur.length * alts.length > 64) finish();
      cur = cur.flatMap((s) => alts.map((a) => s + a));
      if (q === 'plus') {
        i++;
        finish();
      }
      continue;
    }
    let lit: string | null = null;
    let width = 1;
    if (ch === '\\') {
      const n = pattern[i + 1] ?? '';
      width = 2;
      lit = /[A-Za-z0-9]/.test(n) ? null : n; // \d \b \s … are classes; \. \- are literals
    } else if (/[A-Za-z0-9 _\-:=#@/]/.test(ch)) lit = ch;
    else if (ch === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) return null;
      width = close - i + 1;
    } else if (ch === ')' || ch === '{' || ch === '}') return null;
    const q = quant(i + width);
    if (lit === null || q === 'optional') {
      i += width;
      if (q) i = skipQuantifier(i);
      finish();
      continue;
    }
    cur = cur.map((s) => s + lit.toLowerCase());
    i += width;
    if (q === 'plus') {
      i++;
      finish();
    }
  }
  finish();
  return best;

  function skipQuantifier(k: number): number {
    if (pattern[k] === '{') {
      const close = pattern.indexOf('}', k);
      k = close < 0 ? pattern.length : close + 1;
    } else k++;
    return pattern[k] === '?' ? k + 1 : k;
  }
  function balancedSkip(): boolean {
    let depth = 0;
    for (; i < pattern.length; i++) {
      const c = pattern[i];
      if (c === '\\') i++;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) {
        i++;
        if (pattern[i] && '?*+{'.includes(pattern[i])) i = skipQuantifier(i);
        return true;
      }
    }
    return false;
  }
}
