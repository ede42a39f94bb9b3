import { charTable } from './char-class';
import { fold, Folded, originalRange } from './fold';
import type { TextRange } from '../types';

/** Folded words of a text as 32-bit hashes with their folded offsets. */
export interface Words {
  folded: Folded;
  count: number;
  hashes: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
}

export function wordsOf(text: string, folded: Folded = fold(text)): Words {
  const t = folded.text;
  const n = t.length;
  const cls = charTable();
  // Upper bound on the number of words; one allocation per text.
  let cap = (n >> 2) + 16;
  let hashes: Int32Array = new Int32Array(cap);
  let starts: Int32Array = new Int32Array(cap);
  let ends: Int32Array = new Int32Array(cap);
  let count = 0;
  let i = 0;
  while (i < n) {
    const k = cls[t.charCodeAt(i)];
    if (k === 0) {
      i++;
      continue;
    }
    const s = i;
    let h = Math.imul((0x811c9dc5 | 0) ^ t.charCodeAt(i), 0x01000193);
    i++;
    if (k === 1) {
      // Each character read once: hash it while it continues the run.
      while (i < n) {
        const c = t.charCodeAt(i);
        if (cls[c] !== 1) break;
        h = Math.imul(h ^ c, 0x01000193);
        i++;
      }
    }
    if (count === cap) {
      cap *= 2;
      hashes = grow(hashes, cap);
      starts = grow(starts, cap);
      ends = grow(ends, cap);
    }
    hashes[count] = h;
    starts[count] = s;
    ends[count++] = i;
  }
  return { folded, count, hashes, starts, ends };
}

function grow(a: Int32Array, cap: number): Int32Array {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}

/** Hashes of every window of k consecutive words (one window if the text is shorter). */
export function windowHashes(w: Words, k: number): Int32Array {
  const size = Math.min(k, w.count);
  if (size === 0) return new Int32Array(0);
  const m = w.count - size + 1;
  const out = new Int32Array(m);
  const hs = w.hashes;
  // Four windows at a time: each hash is a chain of dependent multiplications, so interleaving four
  // independent chains keeps the CPU busy (same values as one window at a time).
  let i = 0;
  for (; i + 4 <= m; i += 4) {
    let h0 = size;
    let h1 = size;
    let h2 = size;
    let h3 = size;
    for (let j = 0; j < size; j++) {
      h0 = Math.imul(h0, 0x9e3779b1) ^ hs[i + j];
      h1 = Math.imul(h1, 0x9e3779b1) ^ hs[i + j + 1];
      h2 = Math.imul(h2, 0x9e3779b1) ^ hs[i + j + 2];
      h3 = Math.imul(h3, 0x9e3779b1) ^ hs[i + j + 3];
    }
    out[i] = h0;
    out[i + 1] = h1;
    out[i + 2] = h2;
    out[i + 3] = h3;
  }
  for (; i < m; i++) {
    let h = size;
    for (let j = 0; j < size; j++) h = Math.imul(h, 0x9e3779b1) ^ hs[i + j];
    out[i] = h;
  }
  return out;
}

/** Sorted distinct shingle hashes, for Jaccard by merging. */
export function shingleSet(w: Words, k: number): Int32Array {
  const h = windowHashes(w, k).sort();
  let n = 0;
  for (let i = 0; i < h.length; i++) if (i === 0 || h[i] !== h[i - 1]) h[n++] = h[i];
  return h.subarray(0, n);
}

export function jaccard(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 && b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      both++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return both / (a.length + b.length - both);
}

/** Original ranges of runs of more than `max` consecutive words that also occur in `source`. */
export function copiedRuns(post: Words, sourceWindows: Set<number>, max: number): TextRange[] {
  const k = max + 1;
  if (post.count < k) return [];
  const wins = windowHashes(post, k);
  const out: TextRange[] = [];
  let runStart = -1;
  let runEnd = -1; // last word index covered
  for (let i = 0; i < wins.length; i++) {
    if (!sourceWindows.has(wins[i])) continue;
    if (runStart >= 0 && i <= runEnd + 1) runEnd = i + k - 1;
    else {
      if (runStart >= 0) out.push(originalRange(post.folded, post.starts[runStart], post.ends[runEnd]));
      runStart = i;
      runEnd = i + k - 1;
    }
  }
  if (runStart >= 0) out.push(originalRange(post.folded, post.starts[runStart], post.ends[runEnd]));
  return out;
}

/**
 * The words of the text with the given ranges (links) cut out — exactly `wordsOf` of the text with
 * each range replaced by one space, derived from the text's own words instead of folding again.
 * Returns null where that equivalence is not guaranteed (then the caller folds the cut text itself):
 * lower-casing is per character except for "İ" (changes length) and "Σ" (final-sigma context), and
 * folding is per character except for a combining mark after a range, which cannot happen as a link
 * never ends right before a combining mark (marks are link characters). Starts/ends of the result
 * stay in the folded coordinates of the whole text.
 */
export function wordsOutside(w: Words, text: string, ranges: readonly TextRange[]): Words | null {
  if (text.indexOf('\u0130') >= 0 || text.indexOf('\u03a3') >= 0) return null;
  const changes = w.folded.changes;
  const t = w.folded.text;
  // Folded coordinates of the ranges (sorted, disjoint).
  const ms = new Int32Array(ranges.length);
  const me = new Int32Array(ranges.length);
  let ci = 0;
  let shift = 0;
  const toFolded = (o: number): number => {
    while (ci < changes.length && changes[ci] < o) {
      shift += changes[ci + 2] - 1;
      ci += 3;
    }
    return o + shift;
  };
  for (let r = 0; r < ranges.length; r++) {
    const s = ranges[r].start;
    const e = ranges[r].end;
    if (e < s || (r > 0 && s < ranges[r - 1].end)) return null;
    if (e < text.length) {
      const c = text.charCodeAt(e);
      if (c >= 0x300 && c <= 0x36f) return null;
    }
    ms[r] = toFolded(s);
    me[r] = toFolded(e);
  }
  const cap = w.count + ranges.length + 1;
  const hashes = new Int32Array(cap);
  const starts = new Int32Array(cap);
  const ends = new Int32Array(cap);
  let count = 0;
  let r = 0;
  for (let i = 0; i < w.count; i++) {
    const s = w.starts[i];
    const e = w.ends[i];
    while (r < ms.length && me[r] <= s) r++;
    if (r >= ms.length || ms[r] >= e) {
      // Untouched by any range.
      hashes[count] = w.hashes[i];
      starts[count] = s;
      ends[count++] = e;
      continue;
    }
    // The parts of the word outside the ranges are words of their own.
    let p = s;
    let k = r;
    while (p < e) {
      while (k < ms.length && me[k] <= p) k++;
      if (k < ms.length && ms[k] <= p) {
        p = me[k];
        continue;
      }
      const q = k < ms.length && ms[k] < e ? ms[k] : e;
      let h = 0x811c9dc5 | 0;
      for (let j = p; j < q; j++) h = Math.imul(h ^ t.charCodeAt(j), 0x01000193);
      if (count === hashes.length) return null;
      hashes[count] = h;
      starts[count] = p;
      ends[count++] = q;
      p = q;
    }
  }
  return { folded: w.folded, count, hashes, starts, ends };
}
