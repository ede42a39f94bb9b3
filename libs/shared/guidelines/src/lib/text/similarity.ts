import { findUrls, type FoundUrl } from './urls';
import { jaccard, shingleSet, wordsOf } from './words';

/** The text with each link replaced by one space, so words on either side stay apart. */
export function withoutLinks(text: string, urls: readonly FoundUrl[]): string {
  let out = '';
  let at = 0;
  for (const u of urls) {
    out += text.slice(at, u.start) + ' ';
    at = u.end;
  }
  return out + text.slice(at);
}

/**
 * The highest Jaccard similarity (0..1) of word shingles between `text` and any of `others`. Links
 * are removed on both sides first: tracked links differ per share and say nothing about the wording.
 * Words are folded (case, accents) exactly as the originality rule folds them.
 */
export function textSimilarity(text: string, others: readonly string[], shingleSize = 3): number {
  if (others.length === 0) return 0;
  const shinglesOf = (t: string): Int32Array => shingleSet(wordsOf(withoutLinks(t, findUrls(t))), shingleSize);
  const mine = shinglesOf(text);
  if (mine.length === 0) return 0;
  let best = 0;
  for (const other of others) {
    const s = jaccard(mine, shinglesOf(other));
    if (s > best) best = s;
    if (best === 1) break;
  }
  return best;
}
