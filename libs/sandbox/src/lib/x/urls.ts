/**
 * URLs in a post, found the way X counts and wraps them: with a scheme, starting with `www.`, or a bare
 * domain on a common top-level domain. (twitter-text knows every TLD; this list covers what Chorus and
 * its tests post.) Trailing sentence punctuation is not part of the URL.
 */
const URL_PATTERN =
  /(?<![\w@])(?:https?:\/\/[^\s<>"]+|www\.[^\s<>"]+|(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|org|net|io|dev|co|app|ai|de|uk|fr|nl|eu|me|ly|info|biz|gov|edu|tv|us|ca)\b(?:\/[^\s<>"]*)?)/giu;
const TRAILING_PUNCTUATION = /[.,;:!?'")\]}]+$/u;

export interface FoundUrl {
  start: number;
  end: number;
  url: string;
}

export function findUrls(text: string): FoundUrl[] {
  const found: FoundUrl[] = [];
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    let url = match[0].replace(TRAILING_PUNCTUATION, '');
    // Keep a closing parenthesis that belongs to the URL, as in Wikipedia links.
    if (match[0].length > url.length && /\([^)]*$/.test(url) && match[0][url.length] === ')') url += ')';
    if (!url.includes('.')) continue;
    found.push({ start, end: start + url.length, url });
  }
  return found;
}

/** Every URL counts as this many characters, whatever its length: X wraps it in a t.co link. */
export const TCO_URL_LENGTH = 23;

/** The text as X stores it: each URL replaced by a t.co link of exactly 23 characters. */
export function wrapUrls(
  text: string,
  shortCode: () => string,
): { text: string; urls: Array<{ url: string; expandedUrl: string; start: number; end: number }> } {
  let result = '';
  let last = 0;
  const urls: Array<{ url: string; expandedUrl: string; start: number; end: number }> = [];
  for (const found of findUrls(text)) {
    result += text.slice(last, found.start);
    const tco = `https://t.co/${shortCode()}`;
    const start = [...result].length;
    urls.push({ url: tco, expandedUrl: found.url, start, end: start + tco.length });
    result += tco;
    last = found.end;
  }
  return { text: result + text.slice(last), urls };
}
