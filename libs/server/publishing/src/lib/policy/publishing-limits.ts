import type { BlackoutWindow, NetworkName } from '@chorus/shared/contracts';
import { DateTime, IANAZone } from 'luxon';
import { NetworkNames } from './network-names';

/** The organisation's limits plus the advocate's personal blackouts, read in the advocate's zone. */
export interface LimitRules {
  maxPerDay: Record<NetworkName, number>;
  minSpacingMinutes: number;
  blackouts: Array<BlackoutWindow & { scope: 'organisation' | 'personal' }>;
  /** IANA zone in which "a day" and the times in messages are read, e.g. Europe/Berlin. */
  timeZone: string;
}

export interface PlannedPost {
  at: Date;
  network: NetworkName;
}

/** The instant in `zone` with English month/weekday names; an unknown zone reads as UTC rather than failing. */
export function inZone(at: Date, zone: string): DateTime {
  return DateTime.fromJSDate(at, { zone: IANAZone.isValidZone(zone) ? zone : 'UTC' }).setLocale('en');
}

/**
 * Reasons (human sentences, empty when allowed) why `candidate` may not go out given the advocate's
 * other planned/published posts. One sentence per broken rule, so the composer can show them all.
 * `others` must not contain the candidate itself (the caller excludes a share being rescheduled).
 */
export function limitViolations(rules: LimitRules, others: readonly PlannedPost[], candidate: PlannedPost): string[] {
  const reasons: string[] = [];
  const at = candidate.at.getTime();
  const local = inZone(candidate.at, rules.timeZone);
  const zoneName = local.zoneName ?? 'UTC';
  const label = NetworkNames[candidate.network];

  // (a) Blackouts apply to every network. End is exclusive so a window ending 09:00 allows 09:00.
  for (const b of rules.blackouts) {
    const start = Date.parse(b.startsAt);
    const end = Date.parse(b.endsAt);
    if (!Number.isFinite(start) || !Number.isFinite(end) || at < start || at >= end) continue;
    const owner = b.scope === 'personal' ? 'Your blackout' : 'Company blackout';
    const until = inZone(new Date(end), rules.timeZone).toFormat('d LLL yyyy, HH:mm');
    reasons.push(`${owner} "${b.label}" runs until ${until} (${zoneName}).`);
  }

  const sameNetwork = others.filter((o) => o.network === candidate.network);

  // (b) Posts per calendar day in the advocate's zone; 0 (or unset) means no limit.
  const max = rules.maxPerDay[candidate.network] ?? 0;
  if (max > 0) {
    const day = local.toISODate();
    const count = sameNetwork.filter((o) => inZone(o.at, rules.timeZone).toISODate() === day).length;
    if (count >= max) {
      const posts = count === 1 ? 'post' : 'posts';
      reasons.push(
        `You already have ${count} ${label} ${posts} on ${local.toFormat('ccc d LLL')} (the limit is ${max} a day).`,
      );
    }
  }

  // (c) Spacing: the nearest post on the same network closer than the minimum, on either side.
  const spacingMs = Math.max(0, rules.minSpacingMinutes) * 60_000;
  if (spacingMs > 0) {
    let nearest: PlannedPost | null = null;
    let nearestGap = Infinity;
    for (const o of sameNetwork) {
      const gap = Math.abs(o.at.getTime() - at);
      if (gap < spacingMs && gap < nearestGap) [nearest, nearestGap] = [o, gap];
    }
    if (nearest) {
      const other = inZone(nearest.at, rules.timeZone);
      // Name the day only when the conflicting post is on another day (spacing across midnight).
      const when =
        other.toISODate() === local.toISODate() ? other.toFormat('HH:mm') : other.toFormat("HH:mm 'on' ccc d LLL");
      const minutes = rules.minSpacingMinutes === 1 ? 'minute' : 'minutes';
      reasons.push(
        `Posts on ${label} must be at least ${rules.minSpacingMinutes} ${minutes} apart; you have one at ${when}.`,
      );
    }
  }
  return reasons;
}
