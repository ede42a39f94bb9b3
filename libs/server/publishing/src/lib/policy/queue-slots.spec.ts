import type { QueueSlot } from '@chorus/shared/contracts';
import type { LimitRules, PlannedPost } from './publishing-limits';
import { nextQueueSlot } from './queue-slots';

function rules(extra: Partial<LimitRules> = {}): LimitRules {
  return { maxPerDay: { linkedin: 0, x: 0 }, minSpacingMinutes: 0, blackouts: [], timeZone: 'Europe/Berlin', ...extra };
}
const berlin = (slots: QueueSlot[]) => ({ timeZone: 'Europe/Berlin', slots });
const iso = (d: Date | null) => d?.toISOString() ?? null;

describe('nextQueueSlot', () => {
  // Mon 09:00 and Wed 12:30 in Berlin.
  const weekly = berlin([
    { day: 1, time: '09:00' },
    { day: 3, time: '12:30' },
  ]);

  it('returns the next weekly slot in the schedule zone', () => {
    // Mon 23 Nov 2026, 09:30 Berlin: Monday's slot has passed, Wednesday 12:30 CET is next.
    expect(iso(nextQueueSlot(weekly, rules(), [], ['linkedin'], new Date('2026-11-23T08:30:00Z')))).toBe(
      '2026-11-25T11:30:00.000Z',
    );
    // Sun 22 Nov evening: Monday 09:00 CET.
    expect(iso(nextQueueSlot(weekly, rules(), [], ['linkedin'], new Date('2026-11-22T20:00:00Z')))).toBe(
      '2026-11-23T08:00:00.000Z',
    );
  });

  it('takes a slot later the same day and is strictly after `after`', () => {
    expect(iso(nextQueueSlot(weekly, rules(), [], ['x'], new Date('2026-11-23T07:59:00Z')))).toBe(
      '2026-11-23T08:00:00.000Z',
    );
    expect(iso(nextQueueSlot(weekly, rules(), [], ['x'], new Date('2026-11-23T08:00:00Z')))).toBe(
      '2026-11-25T11:30:00.000Z',
    );
  });

  it('wraps around the week (Sunday slot, then Monday)', () => {
    const s = berlin([
      { day: 7, time: '18:00' },
      { day: 1, time: '07:15' },
    ]);
    // Sat 28 Nov → Sun 29 Nov 18:00 CET.
    expect(iso(nextQueueSlot(s, rules(), [], ['x'], new Date('2026-11-28T12:00:00Z')))).toBe(
      '2026-11-29T17:00:00.000Z',
    );
    // Sun 29 Nov 19:00 → Mon 30 Nov 07:15 CET.
    expect(iso(nextQueueSlot(s, rules(), [], ['x'], new Date('2026-11-29T18:00:00Z')))).toBe(
      '2026-11-30T06:15:00.000Z',
    );
  });

  describe('across DST changes', () => {
    it('keeps the wall-clock time in Berlin when summer time starts (29 Mar 2026)', () => {
      // Mon 23 Mar 09:00 CET = 08:00Z; the next Monday is in CEST: 09:00 = 07:00Z.
      const after = new Date('2026-03-23T08:00:00Z');
      expect(iso(nextQueueSlot(weekly, rules(), [], ['linkedin'], after))).toBe('2026-03-25T11:30:00.000Z'); // Wed still CET
      const s = berlin([{ day: 1, time: '09:00' }]);
      expect(iso(nextQueueSlot(s, rules(), [], ['linkedin'], after))).toBe('2026-03-30T07:00:00.000Z');
    });

    it('moves a slot in the spring-forward gap to the first time that exists', () => {
      // Sun 29 Mar 2026 02:30 does not exist in Berlin; 03:30 CEST = 01:30Z.
      const s = berlin([{ day: 7, time: '02:30' }]);
      expect(iso(nextQueueSlot(s, rules(), [], ['x'], new Date('2026-03-28T12:00:00Z')))).toBe(
        '2026-03-29T01:30:00.000Z',
      );
    });

    it('uses the first 02:30 on the night summer time ends (25 Oct 2026)', () => {
      const s = berlin([{ day: 7, time: '02:30' }]);
      // 02:30 CEST = 00:30Z (the wall clock shows 02:30 again at 01:30Z).
      expect(iso(nextQueueSlot(s, rules(), [], ['x'], new Date('2026-10-24T12:00:00Z')))).toBe(
        '2026-10-25T00:30:00.000Z',
      );
    });

    it('keeps the wall-clock time in New York when DST ends (1 Nov 2026)', () => {
      const ny = { timeZone: 'America/New_York', slots: [{ day: 5, time: '17:00' }] };
      const r = rules({ timeZone: 'America/New_York' });
      // Fri 30 Oct 17:00 EDT = 21:00Z; Fri 6 Nov 17:00 EST = 22:00Z.
      expect(iso(nextQueueSlot(ny, r, [], ['x'], new Date('2026-10-30T12:00:00Z')))).toBe('2026-10-30T21:00:00.000Z');
      expect(iso(nextQueueSlot(ny, r, [], ['x'], new Date('2026-10-30T21:00:00Z')))).toBe('2026-11-06T22:00:00.000Z');
    });

    it('reads the slot day in the schedule zone, not UTC', () => {
      // Mon 00:30 in Berlin is Sun 23:30 UTC.
      const s = berlin([{ day: 1, time: '00:30' }]);
      expect(iso(nextQueueSlot(s, rules(), [], ['x'], new Date('2026-11-22T12:00:00Z')))).toBe(
        '2026-11-22T23:30:00.000Z',
      );
    });
  });

  describe('skipping slots', () => {
    const after = new Date('2026-11-22T20:00:00Z'); // Sun evening; Mon 23 Nov 09:00 CET = 08:00Z is next.

    it('skips a slot another post already occupies on a requested network', () => {
      const others: PlannedPost[] = [{ at: new Date('2026-11-23T08:00:00Z'), network: 'x' }];
      expect(iso(nextQueueSlot(weekly, rules(), others, ['x'], after))).toBe('2026-11-25T11:30:00.000Z');
      expect(iso(nextQueueSlot(weekly, rules(), others, ['linkedin', 'x'], after))).toBe('2026-11-25T11:30:00.000Z');
      // A post on another network does not occupy it.
      expect(iso(nextQueueSlot(weekly, rules(), others, ['linkedin'], after))).toBe('2026-11-23T08:00:00.000Z');
    });

    it('skips slots that break the spacing rule', () => {
      const others: PlannedPost[] = [{ at: new Date('2026-11-23T08:20:00Z'), network: 'linkedin' }];
      expect(iso(nextQueueSlot(weekly, rules({ minSpacingMinutes: 30 }), others, ['linkedin'], after))).toBe(
        '2026-11-25T11:30:00.000Z',
      );
      expect(iso(nextQueueSlot(weekly, rules({ minSpacingMinutes: 15 }), others, ['linkedin'], after))).toBe(
        '2026-11-23T08:00:00.000Z',
      );
    });

    it('skips days at the daily limit, counted in the advocate zone', () => {
      const others: PlannedPost[] = [
        { at: new Date('2026-11-23T06:00:00Z'), network: 'x' },
        { at: new Date('2026-11-23T15:00:00Z'), network: 'x' },
      ];
      const r = rules({ maxPerDay: { linkedin: 2, x: 2 } });
      expect(iso(nextQueueSlot(weekly, r, others, ['x'], after))).toBe('2026-11-25T11:30:00.000Z');
      expect(iso(nextQueueSlot(weekly, r, others, ['linkedin'], after))).toBe('2026-11-23T08:00:00.000Z');
    });

    it('requires every requested network to be allowed', () => {
      const others: PlannedPost[] = [{ at: new Date('2026-11-23T08:10:00Z'), network: 'x' }];
      const r = rules({ minSpacingMinutes: 30 });
      expect(iso(nextQueueSlot(weekly, r, others, ['linkedin'], after))).toBe('2026-11-23T08:00:00.000Z');
      expect(iso(nextQueueSlot(weekly, r, others, ['linkedin', 'x'], after))).toBe('2026-11-25T11:30:00.000Z');
    });

    it('skips blackouts, whether company or personal', () => {
      const r = rules({
        blackouts: [
          { label: 'Results', startsAt: '2026-11-23T00:00:00Z', endsAt: '2026-11-26T00:00:00Z', scope: 'organisation' },
          { label: 'Holiday', startsAt: '2026-11-30T00:00:00Z', endsAt: '2026-12-01T00:00:00Z', scope: 'personal' },
        ],
      });
      // Mon 23 and Wed 25 in the company window, Mon 30 in the personal one: Wed 2 Dec 12:30 CET.
      expect(iso(nextQueueSlot(weekly, r, [], ['linkedin'], after))).toBe('2026-12-02T11:30:00.000Z');
    });
  });

  describe('horizon and empty schedules', () => {
    const after = new Date('2026-11-22T20:00:00Z');
    const longBlackout = rules({
      blackouts: [
        { label: 'Sabbatical', startsAt: '2026-11-01T00:00:00Z', endsAt: '2027-02-01T00:00:00Z', scope: 'personal' },
      ],
    });

    it('returns null when nothing is free within the horizon', () => {
      expect(nextQueueSlot(weekly, longBlackout, [], ['linkedin'], after)).toBeNull();
    });

    it('honours a custom horizon', () => {
      const r = rules({
        blackouts: [
          { label: 'Trip', startsAt: '2026-11-22T00:00:00Z', endsAt: '2026-12-10T00:00:00Z', scope: 'personal' },
        ],
      });
      // First free slot Mon 14 Dec 09:00 CET, 21.5 days out.
      expect(iso(nextQueueSlot(weekly, r, [], ['linkedin'], after))).toBe('2026-12-14T08:00:00.000Z');
      expect(nextQueueSlot(weekly, r, [], ['linkedin'], after, 14)).toBeNull();
      expect(iso(nextQueueSlot(weekly, r, [], ['linkedin'], after, 22))).toBe('2026-12-14T08:00:00.000Z');
      expect(nextQueueSlot(weekly, r, [], ['linkedin'], after, 21)).toBeNull();
    });

    it('returns null without slots or networks', () => {
      expect(nextQueueSlot(berlin([]), rules(), [], ['x'], after)).toBeNull();
      expect(nextQueueSlot(weekly, rules(), [], [], after)).toBeNull();
    });

    it('ignores malformed and duplicate slots', () => {
      const s = berlin([
        { day: 0, time: '09:00' },
        { day: 8, time: '09:00' },
        { day: 1, time: '24:00' },
        { day: 1, time: '9am' },
        { day: 2, time: '10:00' },
        { day: 2, time: '10:00' },
      ]);
      expect(iso(nextQueueSlot(s, rules(), [], ['x'], after))).toBe('2026-11-24T09:00:00.000Z');
      expect(nextQueueSlot(berlin([{ day: 1, time: 'soon' }]), rules(), [], ['x'], after)).toBeNull();
    });
  });
});
