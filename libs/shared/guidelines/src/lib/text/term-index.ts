import { charTable } from './char-class';
import { Folded, foldTerm, originalRange } from './fold';
import type { TextRange } from '../types';

/** Who registered a term: the rule (by index in the rule set) and the rule's own slot for it. */
export interface TermOwner {
  rule: number;
  slot: number;
}
export interface TermHit extends TextRange {
  owners: readonly TermOwner[];
}

interface Node {
  next: Map<number, Node>;
  owners: TermOwner[] | null;
}
const SPACE = 32;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/**
 * Every term of every term-based rule (banned, competitors, claims, disclosure tags, quiet-period
 * keywords) goes into ONE trie over folded text: one pass per check for all lists, trying matches only
 * where a word can start. (A single alternation regex of a few hundred terms measured ≈ 110 µs on
 * 3,000 characters in V8; the trie ≈ 10 µs.)
 */
export class TermIndex {
  private readonly root: Node = { next: new Map(), owners: null };
  private size = 0;

  /** Returns false when the term folds to nothing. */
  add(term: string, owner: TermOwner): boolean {
    const key = foldTerm(term);
    if (!key) return false;
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map(), owners: null }));
      node = child;
    }
    // The same term twice in one rule (e.g. "Idioten" listed for DE and NL) reports once.
    if (!node.owners?.some((o) => o.rule === owner.rule)) (node.owners ??= []).push(owner);
    this.size++;
    return true;
  }

  seal(): void {
    charTable();
  }

  get empty(): boolean {
    return this.size === 0;
  }

  scan(folded: Folded): TermHit[] {
    const hits: TermHit[] = [];
    if (this.size === 0) return hits;
    const t = charTable();
    const text = folded.text;
    const n = text.length;
    const root = this.root.next;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      // Inside a word of a spaced script no term can start: skip without a trie lookup.
      if (i > 0 && t[c] === 1 && t[text.charCodeAt(i - 1)] === 1) {
        i++;
        continue;
      }
      let first = root.get(c);
      if (!first) {
        i++;
        continue;
      }
      let bestEnd = -1;
      let bestOwners: TermOwner[] | null = null;
      let node: Node | undefined = first;
      let j = i + 1;
      while (node) {
        if (node.owners && (j >= n || !(t[text.charCodeAt(j - 1)] === 1 && t[text.charCodeAt(j)] === 1))) {
          bestEnd = j;
          bestOwners = node.owners;
        }
        if (j >= n) break;
        const cj = text.charCodeAt(j);
        if (isSpace(cj)) {
          node = node.next.get(SPACE);
          while (j < n && isSpace(text.charCodeAt(j))) j++;
        } else {
          node = node.next.get(cj);
          j++;
        }
      }
      first = undefined;
      if (bestOwners) {
        hits.push({ ...originalRange(folded, i, bestEnd), owners: bestOwners });
        i = bestEnd;
      } else i++;
    }
    return hits;
  }
}
