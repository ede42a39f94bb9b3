import { charTable } from './char-class';

/**
 * Folding for term matching: lower case, accents stripped, ä/ö/ü → ae/oe/ue, ß → ss, ĳ → ij, so that
 * "Müller", "Mueller" and "MÜLLER" all read "mueller". Folding can change lengths, so it records the
 * few places where it did (`changes`); offsets elsewhere shift by a constant between them.
 */
export interface Folded {
  text: string;
  /** [originalIndex, foldedStart, foldedLength] per character whose folding is not one unit. */
  changes: number[];
}

const SPECIAL: Record<string, string> = {
  ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ẞ: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ĳ: 'ij', ı: 'i',
};

// Folding of U+0080–U+024F (Latin-1 and Latin Extended), computed once.
const LATIN: string[] = [];
for (let c = 0x80; c < 0x250; c++) {
  const lower = String.fromCharCode(c).toLowerCase();
  const special = SPECIAL[lower];
  if (special) LATIN[c] = special;
  else {
    const base = lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    LATIN[c] = base.length > 0 ? base : lower;
  }
}

const NON_ASCII = /[\u0080-\uffff]/;
// Folded code units: U+0080–U+024F, combining marks U+0300–U+036F (decomposed umlauts), U+1E9E.

export function foldTerm(term: string): string {
  return fold(term).text.replace(/[\s\u00a0]+/g, ' ').trim();
}

export function fold(text: string): Folded {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(text)) return { text: lower, changes: [] };
  // Rare: lower-casing changed the length (e.g. "İ"); fold per character so offsets stay exact.
  const src = lower.length === text.length ? lower : perCharLower(text);
  const changes: number[] = [];
  let shift = 0; // folded index − original index so far
  // One pass over the code units (same result as a global replace of FOLDABLE): copy runs that need
  // no folding as slices, replace the rest.
  let folded = '';
  let last = 0;
  const n = src.length;
  for (let at = 0; at < n; at++) {
    const c = src.charCodeAt(at);
    if (c < 0x80 || (c > 0x24f && (c < 0x300 || c > 0x36f) && c !== 0x1e9e)) continue;
    let rep: string;
    if (c >= 0x300 && c <= 0x36f) {
      // Combining marks: a decomposed umlaut (u + U+0308) folds like ü, other marks vanish.
      const prev = at > 0 ? src.charCodeAt(at - 1) : 0;
      rep = c === 0x308 && (prev === 97 || prev === 111 || prev === 117) ? 'e' : '';
    } else rep = c === 0x1e9e ? 'ss' : LATIN[c];
    if (rep.length !== 1) {
      changes.push(at, at + shift, rep.length);
      shift += rep.length - 1;
    }
    folded += at > last ? src.slice(last, at) + rep : rep;
    last = at + 1;
  }
  if (last === 0) return { text: src, changes };
  if (last < n) folded += src.slice(last);
  return { text: folded, changes };
}

function perCharLower(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const l = text[i].toLowerCase();
    out += l.length === 1 ? l : text[i];
  }
  return out;
}

/** Original index of folded index f; `end` = the original index just after the char that produced f. */
function toOriginal(changes: number[], f: number, end: boolean): number {
  let orig = f;
  for (let i = 0; i < changes.length; i += 3) {
    const o = changes[i];
    const fs = changes[i + 1];
    const len = changes[i + 2];
    if (f < fs) break;
    if (f < fs + len) return end ? o + 1 : o;
    orig = o + 1 + (f - fs - len);
  }
  return end ? orig + 1 : orig;
}

/** Original [start, end) of folded [fs, fe). */
export function originalRange(f: Folded, fs: number, fe: number): { start: number; end: number } {
  if (f.changes.length === 0) return { start: fs, end: fe };
  return { start: toOriginal(f.changes, fs, false), end: fe > fs ? toOriginal(f.changes, fe - 1, true) : toOriginal(f.changes, fs, false) };
}

/** Whether folded [s, e) stands alone as a word (edges that are letters must not touch letters). */
export function atWordBoundary(folded: string, s: number, e: number): boolean {
  const t = charTable();
  return leftOk(t, folded, s) && (e >= folded.length || !joins(t, folded.charCodeAt(e - 1), folded.charCodeAt(e)));
}

export function leftOk(t: Uint8Array, folded: string, s: number): boolean {
  return s === 0 || !joins(t, folded.charCodeAt(s), folded.charCodeAt(s - 1));
}

// Two adjacent characters belong to one word if both are word characters of a spaced script;
// CJK has no spaces, so a term inside a run of ideographs still counts as a word.
function joins(t: Uint8Array, edge: number, neighbour: number): boolean {
  return t[edge] === 1 && t[neighbour] === 1;
}
