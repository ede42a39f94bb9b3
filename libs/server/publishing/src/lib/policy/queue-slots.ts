import type { NetworkName, QueueSlot } from '@chorus/shared/contracts';
import { DateTime, IANAZone } from 'luxon';
import { limitViolations, type LimitRules, type PlannedPost } from './publishing-limits';

const HH_MM = /^(\d{1,2}):(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * The earliest weekly slot strictly after `after` that every network in `networks` may use: no limit
 * broken (blackout, posts per day, spacing) and no other post already at that exact time on one of
 * those networks. Slots are wall-clock times in the schedule's zone, so "Mon 09:00" stays 09:00 across
 * DST changes; a slot in the spring-forward gap moves to the first time that exists (02:30 → 03:30).
 * Null when there are no slots or none is free within `horizonDays`.
 */
export function nextQueueSlot(
  schedule: { timeZone: string; slots: QueueSlot[] },
  rules: LimitRules,
  others: readonly PlannedPost[],
  networks: readonly NetworkName[],
  after: Date,
  horizonDays = 28,
): Date | null {
  const slots = parseSlots(schedule.slots);
  if (slots.length === 0 || networks.length === 0) return null;
  const zone = IANAZone.isValidZone(schedule.timeZone) ? schedule.timeZone : 'UTC';
  const from = after.getTime();
  const until = from + horizonDays * DAY_MS;
  const taken = new Set(others.filter((o) => networks.includes(o.network)).map((o) => o.at.getTime()));
  const today = DateTime.fromJSDate(after, { zone }).startOf('day');

  for (let d = 0; d <= horizonDays; d++) {
    const date = today.plus({ days: d });
    // Instants of the day's slots in time order (a gap-shifted slot may land on a later one).
    const instants = slots
      .filter((s) => s.day === date.weekday)
      .map((s) => date.set({ hour: s.hour, minute: s.minute }).toMillis())
      .sort((a, b) => a - b);
    for (const t of instants) {
      if (t <= from) continue;
      if (t > until) return null;
      if (taken.has(t)) continue;
      const at = new Date(t);
      if (networks.every((network) => limitViolations(rules, others, { at, network }).length === 0)) return at;
    }
  }
  return null;
}

/** Well-formed slots only (DTOs validate; a bad stored row must not break the queue), without duplicates. */
function parseSlots(slots: readonly QueueSlot[]): Array<{ day: number; hour: number; minute: number }> {
  const seen = new Set<string>();
  const out: Array<{ day: number; hour: number; minute: number }> = [];
  for (const s of slots) {
    const m = HH_MM.exec(s.time);
    if (!m || !Number.isInteger(s.day) || s.day < 1 || s.day > 7) continue;
    const hour = Number(m[1]);
    const minute = Number(m[2]);
    if (hour > 23 || minute > 59) continue;
    const key = `${s.day} ${hour} ${minute}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ day: s.day, hour, minute });
  }
  return out;
}
