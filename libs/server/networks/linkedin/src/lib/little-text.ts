/**
 * LinkedIn reads a post's commentary as "little text": the characters below are markup and must be
 * backslash-escaped to appear as themselves, or LinkedIn may cut the post at the first one. The
 * escaping happens exactly once, here, where the request is built; intended hashtags and mentions stay
 * markup.
 */
const RESERVED = new Set([...'|{}@[]()<>#\\*_~']);
/** `@[Name](urn:li:person:…)` (or an organization): a mention, kept as markup. */
const MENTION = /^@\[([^\]]*)\]\((urn:li:(?:person|organization):[A-Za-z0-9_-]+)\)/u;
/** `#word` at the start of a word: a hashtag, kept as markup. Letters, digits and marks only (no `_`). */
const HASHTAG = /^#[\p{L}\p{N}\p{M}]+/u;
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}_]/u;

export function escapeLittleText(text: string): string {
  let escaped = '';
  let index = 0;
  while (index < text.length) {
    const rest = text.slice(index);
    const mention = text[index] === '@' ? MENTION.exec(rest) : null;
    if (mention) {
      escaped += `@[${escapeReserved(mention[1])}](${mention[2]})`;
      index += mention[0].length;
      continue;
    }
    const hashtag = text[index] === '#' && startsWord(text, index) ? HASHTAG.exec(rest) : null;
    if (hashtag) {
      escaped += hashtag[0];
      index += hashtag[0].length;
      continue;
    }
    escaped += escapeReserved(text[index]);
    index += 1;
  }
  return escaped;
}

function escapeReserved(text: string): string {
  return [...text].map((character) => (RESERVED.has(character) ? `\\${character}` : character)).join('');
}

function startsWord(text: string, index: number): boolean {
  if (index === 0) return true;
  const before = String.fromCodePoint(text.codePointAt(index - 1) as number);
  return !WORD_CHARACTER.test(before) && !WORD_CHARACTER.test(text[index - 1]);
}
