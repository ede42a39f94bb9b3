/**
 * LinkedIn's "little text" as the network reads a post's commentary. Reserved characters must be
 * backslash-escaped; `@[Name](urn:li:person:…)` is a mention and `#word` a hashtag. LinkedIn is
 * reported to cut the text silently at the first unescaped reserved character, and so does the sandbox,
 * so a client that forgets to escape sees its post truncated here first.
 */
export const LITTLE_TEXT_RESERVED = '|{}@[]()<>#\\*_~';

export interface LittleTextRendering {
  /** The text as members would read it: escapes resolved, mentions shown as the name. */
  text: string;
  /** Whether an unescaped reserved character cut the text short. */
  truncated: boolean;
  /** Offset in the raw commentary where the text was cut, or null. */
  truncatedAt: number | null;
  mentions: Array<{ name: string; urn: string }>;
  hashtags: string[];
}

const MENTION = /^@\[((?:\\.|[^\]\\])*)\]\((urn:li:(?:person|organization):[A-Za-z0-9_-]+)\)/su;
const HASHTAG = /^#([\p{L}\p{N}\p{M}]+)/u;

export function renderLittleText(commentary: string): LittleTextRendering {
  const result: LittleTextRendering = { text: '', truncated: false, truncatedAt: null, mentions: [], hashtags: [] };
  let index = 0;
  while (index < commentary.length) {
    const character = commentary[index];
    const rest = commentary.slice(index);
    if (character === '\\' && index + 1 < commentary.length) {
      // An escape covers one whole code point (so an escaped emoji stays one character).
      const escaped = String.fromCodePoint(commentary.codePointAt(index + 1) as number);
      result.text += escaped;
      index += 1 + escaped.length;
      continue;
    }
    const mention = character === '@' ? MENTION.exec(rest) : null;
    if (mention) {
      const name = mention[1].replace(/\\(.)/gsu, '$1');
      result.mentions.push({ name, urn: mention[2] });
      result.text += name;
      index += mention[0].length;
      continue;
    }
    const hashtag = character === '#' ? HASHTAG.exec(rest) : null;
    if (hashtag) {
      result.hashtags.push(hashtag[1]);
      result.text += hashtag[0];
      index += hashtag[0].length;
      continue;
    }
    if (LITTLE_TEXT_RESERVED.includes(character)) {
      result.truncated = true;
      result.truncatedAt = index;
      return result;
    }
    result.text += character;
    index += 1;
  }
  return result;
}
