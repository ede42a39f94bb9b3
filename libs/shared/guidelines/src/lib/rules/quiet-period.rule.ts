import type { RuleKindModule } from './rule-kind';
import type { QuietPeriodRule } from '../types';
import { addTerms, checkStrings } from '../validate';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Offset (ms) of a time zone at an instant, from Intl — available alike in Node and browsers. */
function zoneOffset(utcMs: number, timeZone: string): number {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(new Date(utcMs))) if (part.type !== 'literal') p[part.type] = Number(part.value);
  return Date.UTC(p['year'], p['month'] - 1, p['day'], p['hour'], p['minute'], p['second']) - Math.floor(utcMs / 1000) * 1000;
}

/** Instant of a local wall-clock time in a zone; twice to land on the right side of a DST change. */
export function zonedTimeToUtc(local: string, timeZone: string): number {
  const m = LOCAL.exec(local);
  if (!m) return NaN;
  const wall = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] ?? 0));
  const first = wall - zoneOffset(wall, timeZone);
  return wall - zoneOffset(first, timeZone);
}

function instant(value: string, timeZone: string | undefined): number {
  if (LOCAL.test(value)) return timeZone ? zonedTimeToUtc(value, timeZone) : NaN;
  // Otherwise an ISO time that carries its own offset ("Z" or "+01:00").
  return /(?:Z|[+-]\d{2}:\d{2})$/.test(value) ? Date.parse(value) : NaN;
}

/** Windows (e.g. before earnings) in which posts on given topics or keywords are blocked. */
export const quietPeriodRule: RuleKindModule<QuietPeriodRule> = {
  kind: 'quiet-period',
  compile(rule, c) {
    if (!Array.isArray(rule.windows) || rule.windows.length === 0) c.fail('windows', 'must be a non-empty list');
    checkStrings(rule.topics, 'topics', c);
    checkStrings(rule.keywords, 'keywords', c, { optional: true });
    if (rule.topics.length === 0 && !rule.keywords?.length) c.fail('topics', 'needs topics or keywords');
    const windows = rule.windows.map((w, i) => {
      if (w.timeZone !== undefined) {
        try {
          zoneOffset(0, w.timeZone);
        } catch {
          c.fail(`windows[${i}].timeZone`, `unknown time zone "${w.timeZone}"`);
        }
      }
      const start = instant(w.start, w.timeZone);
      const end = instant(w.end, w.timeZone);
      if (Number.isNaN(start)) c.fail(`windows[${i}].start`, 'must be "YYYY-MM-DDTHH:mm" with timeZone, or an ISO time with offset');
      if (Number.isNaN(end)) c.fail(`windows[${i}].end`, 'must be "YYYY-MM-DDTHH:mm" with timeZone, or an ISO time with offset');
      if (end <= start) c.fail(`windows[${i}].end`, 'must be after start');
      return { start, end, label: w.label ?? '', endText: w.end + (w.timeZone ? ` (${w.timeZone})` : '') };
    });
    if (rule.keywords) addTerms(rule.keywords, 'keywords', c);
    const topics = new Set(rule.topics);
    return (ctx, out) => {
      const at = Date.parse(ctx.input.at);
      if (Number.isNaN(at)) return;
      const w = windows.find((x) => at >= x.start && at < x.end); // end is exclusive
      if (!w) return;
      const onTopic = ctx.input.topics.some((t) => topics.has(t));
      const keywordRanges = rule.keywords && ctx.termHits.length > 0 ? [...ctx.hitsOf(c.ruleIndex).values()].flat() : [];
      if (!onTopic && keywordRanges.length === 0) return;
      const ranges = onTopic ? [{ start: 0, end: ctx.text.length }] : keywordRanges.sort((a, b) => a.start - b.start);
      out.push(ctx.finding(rule, rule.severity, ranges, { label: w.label, until: w.endText }));
    };
  },
};
