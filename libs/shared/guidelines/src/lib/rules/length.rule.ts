import twitterText from 'twitter-text';
import type { RuleKindModule } from './rule-kind';
import type { LengthRule, TextRange } from '../types';
import { checkNumber } from '../validate';
import { LABELS } from '../labels';

const X_LIMIT = 280;
const LINKEDIN_LIMIT = 3000;
const NAMES = { x: 'X', linkedin: 'LinkedIn' } as const;
const NON_ASCII = /[\u0080-\uffff]/;

/**
 * Exact upper bound of X's weighted length without parsing: a code point weighs at most 2, an ASCII
 * one 1, and a URL always 23, so each possible URL (it needs a ".") adds at most 23. NFC can lengthen
 * some scripts, hence the normalised length for non-ASCII. If the bound is within the limit, the
 * text is provably valid and parseTweet (≈ 90–270 µs on 3,000 characters) is skipped.
 */
export function xWeightUpperBound(text: string): number {
  let dots = 0;
  for (let i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) dots++;
  const base = !NON_ASCII.test(text) ? text.length : 2 * text.normalize('NFC').length;
  return base + 23 * dots;
}

/** X's weighted length exactly as X counts it (twitter-text), for counters in the UI. */
export function xWeightedLength(text: string): number {
  return twitterText.parseTweet(text).weightedLength;
}

/** Per-network length and hashtag/mention counts; only for networks the post targets. */
export const lengthRule: RuleKindModule<LengthRule> = {
  kind: 'length',
  compile(rule, c) {
    if (rule.network !== 'x' && rule.network !== 'linkedin') c.fail('network', 'must be "x" or "linkedin"');
    checkNumber(rule.maxLength, 'maxLength', c, 1, 100000, true);
    checkNumber(rule.maxHashtags, 'maxHashtags', c, 0, 1000, true);
    checkNumber(rule.maxMentions, 'maxMentions', c, 0, 1000, true);
    const network = rule.network;
    const max = rule.maxLength ?? (network === 'x' ? X_LIMIT : LINKEDIN_LIMIT);
    // A rule that only limits hashtags/mentions does not also count length.
    const checkLength = rule.maxLength !== undefined || (rule.maxHashtags === undefined && rule.maxMentions === undefined);
    return (ctx, out) => {
      if (!ctx.input.networks.includes(network)) return;
      const text = ctx.text;
      if (!checkLength) {
        // counts only
      } else if (network === 'x') {
        if (xWeightUpperBound(text) > max) {
          const parsed = twitterText.parseTweet(text);
          if (parsed.weightedLength > max) {
            // validRangeEnd is the last valid UTF-16 index when the limit is X's own.
            const start = max === X_LIMIT ? Math.min(parsed.validRangeEnd + 1, text.length) : 0;
            out.push(ctx.finding(rule, rule.severity, [{ start, end: text.length }], { count: parsed.weightedLength, limit: max, network: 'X' }, { network }));
          }
        }
      } else if (text.length > max) {
        // Do not split a surrogate pair.
        const cut = isLowSurrogate(text.charCodeAt(max)) ? max - 1 : max;
        out.push(ctx.finding(rule, rule.severity, [{ start: cut, end: text.length }], { count: text.length, limit: max, network: 'LinkedIn' }, { network }));
      }
      overLimit(rule.maxHashtags, ctx.hashtags, (ranges, count) =>
        out.push(ctx.finding(rule, rule.severity, ranges, { count, limit: rule.maxHashtags as number, network: NAMES[network] }, { network, message: LABELS.tooManyHashtags })),
      );
      overLimit(rule.maxMentions, ctx.mentions, (ranges, count) =>
        out.push(ctx.finding(rule, rule.severity, ranges, { count, limit: rule.maxMentions as number, network: NAMES[network] }, { network, message: LABELS.tooManyMentions })),
      );
    };
  },
};

function overLimit(max: number | undefined, found: TextRange[], report: (excess: TextRange[], count: number) => void): void {
  if (max !== undefined && found.length > max) report(found.slice(max), found.length);
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
