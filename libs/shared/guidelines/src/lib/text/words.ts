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
    let h = 0x811c9dc5 | 0;
    if (k === 2) {
      h = Math.imul(h ^ t.charCodeAt(i), 0x01000193);
      i++;
    } else {
      while (i < n && cls[t.charCodeAt(i)] === 1) {
        h = Math.imul(h ^ t.charCodeAt(i), 0x01000193);
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
  const out = new Int32Array(w.count - size + 1);
  for (let i = 0; i + size <= w.count; i++) {
    let h = size;
    for (let j = 0; j < size; j++) h = Math.imul(h, 0x9e3779b1) ^ w.hashes[i + j];
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
