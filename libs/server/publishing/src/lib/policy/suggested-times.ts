import { NETWORK_NAMES, type NetworkName, type SuggestedTimes } from '@chorus/shared/contracts';
import type { DateTime } from 'luxon';
import { NetworkNames } from './network-names';
import { inZone, limitViolations, type LimitRules, type PlannedPost } from './publishing-limits';

/** Engagement of one of the advocate's published posts (figures null where the network gave none). */
export interface EngagementSample {
  at: Date;
  network: NetworkName;
  impressions: number | null;
  engagements: number | null;
}

export interface SuggestTimesInput {
  history: readonly EngagementSample[];
  /** The networks the advocate is sharing to; empty means all. */
  networks: readonly NetworkName[];
  /** The advocate's IANA zone: hours of the day are theirs, not UTC. */
  timeZone: string;
  now: Date;
  rules: LimitRules;
  others: readonly PlannedPost[];
  count?: number;
  minSamples?: number;
}

/** Suggestions start a little after now, so there is time to finish the post. */
const LEAD_MS = 5 * 60_000;
const WINDOW_DAYS = 7;
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * Common good times when the advocate has no history of their own, hours in their order of preference.
 * LinkedIn is read at work mid-week; X through the whole working day.
 */
const DEFAULTS: Record<NetworkName, { days: readonly number[]; hours: readonly number[]; summary: string }> = {
  linkedin: { days: [2, 3, 4], hours: [9, 12, 8, 10], summary: 'Tuesday to Thursday mornings and lunchtime' },
  x: { days: [1, 2, 3, 4, 5], hours: [9, 12, 17], summary: 'weekday mornings, lunchtime and late afternoon' },
};

type Suggestion = SuggestedTimes['times'][number];

/**
 * The next few good times to post that the limits allow, best first. From the advocate's own history
 * once there are `minSamples` posts with engagement figures (best weekday/hour buckets), otherwise from
 * per-network defaults. Deterministic: no clock or randomness beyond the input.
 */
export function suggestTimes(input: SuggestTimesInput): SuggestedTimes {
  const networks = input.networks.length > 0 ? [...new Set(input.networks)] : [...NETWORK_NAMES];
  const count = Math.max(0, input.count ?? 3);
  const minSamples = Math.max(1, input.minSamples ?? 5);
  const ctx: Context = { ...input, networks, count };

  const usable = input.history.filter(
    (s) => networks.includes(s.network) && isFigure(s.engagements) && Number.isFinite(s.at.getTime()),
  );
  if (usable.length >= minSamples) {
    const ranked = rankBuckets(usable, minSamples, input.timeZone);
    const good = ranked.buckets.filter((b) => b.score > 0);
    if (good.length > 0) {
      const times = fromHistory(ctx, good, ranked.rate);
      // Too few allowed history times (few buckets, blackouts): fill up with the defaults.
      if (times.length < count)
        times.push(...fromDefaults(ctx, new Set(times.map((t) => t.at))).slice(0, count - times.length));
      const n = ranked.used;
      return {
        basis: 'history',
        explanation: `Based on engagement on your ${n} published ${n === 1 ? 'post' : 'posts'}: ${describeBest(good.slice(0, Math.max(1, count)))} did best.`,
        times,
      };
    }
    return {
      basis: 'defaults',
      explanation: defaultsExplanation('Your published posts have no engagement yet', networks),
      times: fromDefaults(ctx, new Set()),
    };
  }
  return {
    basis: 'defaults',
    explanation: defaultsExplanation('You have too few published posts with engagement figures yet', networks),
    times: fromDefaults(ctx, new Set()),
  };
}

interface Context extends SuggestTimesInput {
  networks: NetworkName[];
  count: number;
}

interface Bucket {
  weekday: number;
  hour: number;
  score: number;
  posts: number;
}

/**
 * Weekday/hour buckets in the advocate's zone, best first. Scores are engagement rates when enough
 * samples carry impressions (rates compare posts of different reach), else mean engagements; one
 * measure for all buckets so that scores stay comparable.
 */
function rankBuckets(
  usable: readonly EngagementSample[],
  minSamples: number,
  zone: string,
): { buckets: Bucket[]; rate: boolean; used: number } {
  const withImpressions = usable.filter((s) => isFigure(s.impressions));
  const rate = withImpressions.length >= minSamples;
  const samples = rate ? withImpressions : usable;
  const sums = new Map<number, { sum: number; posts: number }>();
  for (const s of samples) {
    const local = inZone(s.at, zone);
    const key = local.weekday * 24 + local.hour;
    const value = rate ? (s.engagements as number) / Math.max(s.impressions as number, 1) : (s.engagements as number);
    const b = sums.get(key) ?? { sum: 0, posts: 0 };
    b.sum += value;
    b.posts++;
    sums.set(key, b);
  }
  const buckets = [...sums].map(([key, b]) => ({
    weekday: Math.floor(key / 24),
    hour: key % 24,
    score: b.sum / b.posts,
    posts: b.posts,
  }));
  // Ties: more posts is more trustworthy, then earlier in the week for a stable order.
  buckets.sort((a, b) => b.score - a.score || b.posts - a.posts || a.weekday * 24 + a.hour - (b.weekday * 24 + b.hour));
  return { buckets, rate, used: samples.length };
}

function fromHistory(ctx: Context, buckets: readonly Bucket[], rate: boolean): Suggestion[] {
  const out: Suggestion[] = [];
  for (const b of buckets) {
    if (out.length >= ctx.count) break;
    const at = occurrences(ctx, b.weekday, b.hour).find((t) => allowed(ctx, t, ctx.networks));
    if (!at) continue;
    const figure = rate
      ? `${(b.score * 100).toFixed(1)}% engagement`
      : `${round1(b.score)} ${b.score === 1 ? 'engagement' : 'engagements'}`;
    out.push({
      at: at.toISOString(),
      network: null,
      reason: `Your posts at this hour on ${WEEKDAYS[b.weekday - 1]}s averaged ${figure} (${b.posts} ${b.posts === 1 ? 'post' : 'posts'}).`,
    });
  }
  return out;
}

/**
 * Default times in the window: those good for every requested network first, then those good for one.
 * Within each, one per day (the day's preferred hour, soonest day first) before a second time on the
 * same day, so three suggestions are not three hours of one morning.
 */
function fromDefaults(ctx: Context, exclude: ReadonlySet<string>): Suggestion[] {
  interface Candidate {
    at: Date;
    day: string;
    networks: NetworkName[];
    rank: number;
    order: number;
  }
  const candidates: Candidate[] = [];
  for (const date of windowDates(ctx)) {
    for (let hour = 0; hour < 24; hour++) {
      const good = ctx.networks.filter(
        (n) => DEFAULTS[n].days.includes(date.weekday) && DEFAULTS[n].hours.includes(hour),
      );
      if (good.length === 0) continue;
      const at = atHour(ctx, date, hour);
      if (!at || exclude.has(at.toISOString())) continue;
      const preference = Math.min(...good.map((n) => DEFAULTS[n].hours.indexOf(hour)));
      if (good.length === ctx.networks.length) {
        candidates.push({ at, day: date.toISODate() ?? '', networks: good, rank: 0, order: preference });
      } else {
        // A time good for some networks only is offered per network.
        for (const n of good) {
          candidates.push({ at, day: `${date.toISODate()} ${n}`, networks: [n], rank: 1, order: preference });
        }
      }
    }
  }
  candidates.sort((a, b) => a.rank - b.rank || (a.day < b.day ? -1 : a.day > b.day ? 1 : 0) || a.order - b.order);
  const out: Suggestion[] = [];
  const picked = new Set<Candidate>();
  for (const rank of [0, 1]) {
    const daysUsed = new Set<string>();
    for (const pass of [1, 2]) {
      for (const c of candidates) {
        if (out.length >= ctx.count) return out;
        if (c.rank !== rank || picked.has(c) || (pass === 1 && daysUsed.has(c.day))) continue;
        if (!allowed(ctx, c.at, c.networks)) continue;
        picked.add(c);
        daysUsed.add(c.day);
        out.push({
          at: c.at.toISOString(),
          network: rank === 0 ? null : c.networks[0],
          reason: defaultReason(c.networks, c.at, ctx.timeZone),
        });
      }
    }
  }
  return out;
}

function defaultReason(networks: readonly NetworkName[], at: Date, zone: string): string {
  const hour = inZone(at, zone).hour;
  const when = hour < 12 ? 'weekday mornings' : hour < 14 ? 'weekday lunchtimes' : 'the end of the working day';
  return `A common good time on ${listOf(networks.map((n) => NetworkNames[n]))}: ${when}.`;
}

function defaultsExplanation(why: string, networks: readonly NetworkName[]): string {
  const labels = listOf(networks.map((n) => NetworkNames[n]));
  const summary = networks.length === 1 ? DEFAULTS[networks[0]].summary : 'weekday mornings and lunchtime';
  return `${why}, so these are common good times for ${labels} (${summary}).`;
}

/** "Tuesdays and Thursdays around 09:00 and Wednesdays around 12:00". */
function describeBest(buckets: readonly Bucket[]): string {
  const byHour = new Map<number, number[]>();
  for (const b of buckets) byHour.set(b.hour, [...(byHour.get(b.hour) ?? []), b.weekday]);
  const groups = [...byHour].map(
    ([hour, days]) =>
      `${listOf([...days].sort((a, b) => a - b).map((d) => `${WEEKDAYS[d - 1]}s`))} around ${String(hour).padStart(2, '0')}:00`,
  );
  // A comma before the last group when a later group has its own "and" keeps the groups apart.
  const oxford = groups.slice(1).some((g) => g.includes(' and '));
  return oxford ? `${groups.slice(0, -1).join(', ')}, and ${groups[groups.length - 1]}` : listOf(groups);
}

/** Local dates from today through the end of the window, in the advocate's zone. */
function windowDates(ctx: Context): DateTime[] {
  const today = inZone(ctx.now, ctx.timeZone).startOf('day');
  return Array.from({ length: WINDOW_DAYS + 1 }, (_, d) => today.plus({ days: d }));
}

/** The instant of `hour`:00 on that local date if it exists (not in a DST gap) and lies in the window. */
function atHour(ctx: Context, date: DateTime, hour: number): Date | null {
  const t = date.set({ hour, minute: 0, second: 0, millisecond: 0 });
  if (t.hour !== hour) return null;
  const ms = t.toMillis();
  const now = ctx.now.getTime();
  if (ms <= now + LEAD_MS || ms > now + WINDOW_DAYS * 86_400_000) return null;
  return new Date(ms);
}

function occurrences(ctx: Context, weekday: number, hour: number): Date[] {
  const out: Date[] = [];
  for (const date of windowDates(ctx)) {
    if (date.weekday !== weekday) continue;
    const at = atHour(ctx, date, hour);
    if (at) out.push(at);
  }
  return out;
}

function allowed(ctx: Context, at: Date, networks: readonly NetworkName[]): boolean {
  return networks.every((network) => limitViolations(ctx.rules, ctx.others, { at, network }).length === 0);
}

function isFigure(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0;
}

function round1(v: number): string {
  return String(Math.round(v * 10) / 10);
}

function listOf(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
