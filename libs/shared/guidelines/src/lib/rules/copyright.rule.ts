import type { RuleKindModule } from './rule-kind';
import type { CopyrightRule } from '../types';
import { fold } from '../text/fold';
import { canonicalUrl } from '../text/urls';
import { copiedRuns, windowHashes, wordsOf } from '../text/words';
import { LABELS } from '../labels';
import { checkNumber, checkSeverity } from '../validate';
import { appendEdit, endRange } from './fixes';

const CACHE_LIMIT = 64;

/** Verbatim runs of more than N words from the source article; external shares need the source link. */
export const copyrightRule: RuleKindModule<CopyrightRule> = {
  kind: 'copyright',
  compile(rule, c) {
    checkNumber(rule.maxConsecutiveWords, 'maxConsecutiveWords', c, 2, 200);
    checkSeverity(rule.sourceLinkSeverity, 'sourceLinkSeverity', c, true);
    const n = rule.maxConsecutiveWords;
    const cache = new Map<string, Set<number>>();
    const windowsOf = (source: string): Set<number> => {
      let s = cache.get(source);
      if (!s) {
        if (cache.size >= CACHE_LIMIT) cache.clear();
        s = new Set(windowHashes(wordsOf(source, fold(source)), n + 1));
        cache.set(source, s);
      }
      return s;
    };
    return (ctx, out) => {
      const item = ctx.input.contentItem;
      if (!item) return;
      if (item.sourceText) {
        const ranges = copiedRuns(ctx.words, windowsOf(item.sourceText), n);
        if (ranges.length > 0) out.push(ctx.finding(rule, rule.severity, ranges, { words: n }));
      }
      if (rule.requireSourceLink && !item.isCompanyContent) {
        const accepted = [item.url, ...(item.trackedLinks ?? [])].map(canonicalUrl);
        if (!ctx.urls.some((u) => accepted.includes(canonicalUrl(u.url)))) {
          const link = item.trackedLinks?.[0] ?? item.url;
          out.push(
            ctx.finding(rule, rule.sourceLinkSeverity ?? rule.severity, endRange(ctx.text), { url: link, words: n }, {
              message: LABELS.missingSourceLink,
              fix: { label: ctx.label('append', link), edits: [appendEdit(ctx.text, link)] },
            }),
          );
        }
      }
    };
  },
};
