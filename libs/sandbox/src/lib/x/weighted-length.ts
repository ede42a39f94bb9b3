import { findUrls, TCO_URL_LENGTH } from './urls';

/** X's limit, in weighted characters (twitter-text v3 configuration). */
export const X_MAX_WEIGHTED_LENGTH = 280;

/** Code point ranges that weigh 1; everything else (CJK included) weighs 2. */
const LIGHT_RANGES: Array<[number, number]> = [
  [0, 4351],
  [8192, 8205],
  [8208, 8223],
  [8242, 8247],
];

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3/u;

/**
 * The weighted length X checks against 280: NFC-normalized; each URL counts 23; each emoji, however
 * many code points its sequence has (skin tones, ZWJ families, flags), counts 2; other code points
 * weigh 1 or 2 by range.
 */
export function weightedLength(text: string): number {
  const normalized = text.normalize('NFC');
  let length = 0;
  let last = 0;
  for (const url of findUrls(normalized)) {
    length += weightOfText(normalized.slice(last, url.start)) + TCO_URL_LENGTH;
    last = url.end;
  }
  return length + weightOfText(normalized.slice(last));
}

function weightOfText(text: string): number {
  let weight = 0;
  for (const { segment } of segmenter.segment(text)) {
    if (EMOJI.test(segment)) weight += 2;
    else for (const character of segment) weight += codePointWeight(character.codePointAt(0) as number);
  }
  return weight;
}

function codePointWeight(codePoint: number): number {
  return LIGHT_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to) ? 1 : 2;
}
