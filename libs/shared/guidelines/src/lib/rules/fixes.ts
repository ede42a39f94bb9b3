import type { TextEdit, TextRange } from '../types';

/** Appends at the end with one separating space unless the text already ends in whitespace. */
export function appendEdit(text: string, addition: string): TextEdit {
  const sep = text.length === 0 || /\s$/.test(text) ? '' : ' ';
  return { start: text.length, end: text.length, replacement: sep + addition };
}

/** Removes each range together with one neighbouring space, so no double spaces remain. */
export function removeEdits(text: string, ranges: readonly TextRange[]): TextEdit[] {
  return ranges.map((r) => {
    if (text[r.end] === ' ' && (r.start === 0 || text[r.start - 1] !== ' ')) return { start: r.start, end: r.end + 1, replacement: '' };
    if (r.start > 0 && text[r.start - 1] === ' ') return { start: r.start - 1, end: r.end, replacement: '' };
    return { start: r.start, end: r.end, replacement: '' };
  });
}

export function endRange(text: string): TextRange[] {
  return [{ start: text.length, end: text.length }];
}
