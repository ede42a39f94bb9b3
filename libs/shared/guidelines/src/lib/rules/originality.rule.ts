import type { RuleKindModule } from './rule-kind';
import type { Finding, OriginalityRule } from '../types';
import { findUrls } from '../text/urls';
import { withoutLinks } from '../text/similarity';
import { jaccard, shingleSet, wordsOf, wordsOutside } from '../text/words';
import { checkNumber, checkSeverity } from '../validate';

const CACHE_LIMIT = 256;

/**
 * Similarity (Jaccard of word shingles) to the suggested texts and to colleagues' recent posts. X
 * forbids near-identical posts across accounts, so its severity is set per network.
 */
export const originalityRule: RuleKindModule<OriginalityRule> = {
  kind: 'originality',
  compile(rule, c) {
    checkNumber(rule.threshold, 'threshold', c, 0.01, 1);
    checkNumber(rule.shingleSize, 'shingleSize', c, 1, 10, true);
    checkSeverity(rule.severityByNetwork?.x, 'severityByNetwork.x', c, true);
    checkSeverity(rule.severityByNetwork?.linkedin, 'severityByNetwork.linkedin', c, true);
    const k = rule.shingleSize ?? 3;
    // Suggested and comparison texts repeat on every keystroke: their shingles are computed once.
    const cache = new Map<string, Int32Array>();
    const shinglesOf = (t: string): Int32Array => {
      let s = cache.get(t);
      if (!s) {
        if (cache.size >= CACHE_LIMIT) cache.clear();
        s = shingleSet(wordsOf(withoutLinks(t, findUrls(t))), k);
        cache.set(t, s);
      }
      return s;
    };
    return (ctx, out) => {
      const suggested = rule.compareSuggested === false ? [] : (ctx.input.contentItem?.suggestedTexts ?? []);
      const colleagues = rule.compareColleagues === false ? [] : (ctx.input.comparisonTexts ?? []);
      if (suggested.length === 0 && colleagues.length === 0) return;
      // Links differ per share (tracked links) and say nothing about the wording: compare words only.
      const urls = ctx.urls;
      const mine = shingleSet(urls.length === 0 ? ctx.words : (wordsOutside(ctx.words, ctx.text, urls) ?? wordsOf(withoutLinks(ctx.text, urls))), k);
      if (mine.length === 0) return;
      let best = 0;
      let source: 'suggested' | 'colleague' = 'suggested';
      for (const t of suggested) {
        const s = jaccard(mine, shinglesOf(t));
        if (s > best) [best, source] = [s, 'suggested'];
      }
      for (const t of colleagues) {
        const s = jaccard(mine, shinglesOf(t));
        if (s > best) [best, source] = [s, 'colleague'];
      }
      if (best <= rule.threshold) return;
      const vars = { similarity: Math.round(best * 100), source: ctx.label(source) };
      const whole = [{ start: 0, end: ctx.text.length }];
      const networks = ctx.input.networks;
      if (networks.length === 0) {
        out.push(ctx.finding(rule, rule.severity, whole, vars));
        return;
      }
      for (const n of networks) {
        const f: Finding = ctx.finding(rule, rule.severityByNetwork?.[n] ?? rule.severity, whole, vars, { network: n });
        out.push(f);
      }
    };
  },
};
