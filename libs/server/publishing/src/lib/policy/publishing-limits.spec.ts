import { limitViolations, type LimitRules, type PlannedPost } from './publishing-limits';

function rules(extra: Partial<LimitRules> = {}): LimitRules {
  return {
    maxPerDay: { linkedin: 3, x: 5 },
    minSpacingMinutes: 30,
    blackouts: [],
    timeZone: 'Europe/Berlin',
    ...extra,
  };
}
const li = (iso: string): PlannedPost => ({ at: new Date(iso), network: 'linkedin' });
const x = (iso: string): PlannedPost => ({ at: new Date(iso), network: 'x' });

describe('limitViolations', () => {
  it('allows a post with no other posts and no blackouts', () => {
    expect(limitViolations(rules(), [], li('2026-11-24T10:00:00Z'))).toEqual([]);
  });

  describe('blackouts', () => {
    const quiet = {
      label: 'Q3 results quiet period',
      startsAt: '2026-11-01T00:00:00+01:00',
      endsAt: '2026-11-12T09:00:00+01:00',
      scope: 'organisation' as const,
    };
    const holiday = {
      label: 'Holiday',
      startsAt: '2026-12-20T00:00:00Z',
      endsAt: '2027-01-04T00:00:00Z',
      scope: 'personal' as const,
    };

    it('names the company window and when it ends, in the advocate zone', () => {
      expect(limitViolations(rules({ blackouts: [quiet] }), [], li('2026-11-05T10:00:00Z'))).toEqual([
        'Company blackout "Q3 results quiet period" runs until 12 Nov 2026, 09:00 (Europe/Berlin).',
      ]);
    });

    it("names personal windows as the advocate's own", () => {
      expect(
        limitViolations(rules({ blackouts: [holiday], timeZone: 'America/New_York' }), [], x('2026-12-24T15:00:00Z')),
      ).toEqual(['Your blackout "Holiday" runs until 3 Jan 2027, 19:00 (America/New_York).']);
    });

    it('includes the start and excludes the end', () => {
      const r = rules({ blackouts: [quiet] });
      expect(limitViolations(r, [], li('2026-10-31T23:00:00Z')).length).toBe(1); // 00:00 Berlin on 1 Nov
      expect(limitViolations(r, [], li('2026-10-31T22:59:59Z'))).toEqual([]);
      expect(limitViolations(r, [], li('2026-11-12T07:59:59Z')).length).toBe(1);
      expect(limitViolations(r, [], li('2026-11-12T08:00:00Z'))).toEqual([]); // 09:00 Berlin
    });

    it('applies to every network and lists each window that covers the time', () => {
      const overlapping = {
        label: 'Offsite',
        startsAt: '2026-11-04T00:00:00Z',
        endsAt: '2026-11-06T00:00:00Z',
        scope: 'personal' as const,
      };
      expect(limitViolations(rules({ blackouts: [quiet, overlapping] }), [], x('2026-11-05T10:00:00Z'))).toEqual([
        'Company blackout "Q3 results quiet period" runs until 12 Nov 2026, 09:00 (Europe/Berlin).',
        'Your blackout "Offsite" runs until 6 Nov 2026, 01:00 (Europe/Berlin).',
      ]);
    });

    it('ignores windows with unreadable dates', () => {
      const broken = { label: 'Broken', startsAt: 'soon', endsAt: 'later', scope: 'organisation' as const };
      expect(limitViolations(rules({ blackouts: [broken] }), [], li('2026-11-05T10:00:00Z'))).toEqual([]);
    });
  });

  describe('posts per day', () => {
    // Tue 24 Nov 2026 in Berlin (UTC+1): 08:00, 11:00, 15:00 local.
    const three = [li('2026-11-24T07:00:00Z'), li('2026-11-24T10:00:00Z'), li('2026-11-24T14:00:00Z')];

    it('refuses a post beyond the daily limit on that network', () => {
      expect(limitViolations(rules(), three, li('2026-11-24T18:00:00Z'))).toEqual([
        'You already have 3 LinkedIn posts on Tue 24 Nov (the limit is 3 a day).',
      ]);
    });

    it('counts only the same network', () => {
      expect(limitViolations(rules(), three, x('2026-11-24T18:00:00Z'))).toEqual([]);
    });

    it('counts calendar days in the advocate zone, not UTC', () => {
      // 23:30 UTC on 23 Nov is 00:30 on Tue 24 Nov in Berlin: same day as the three.
      expect(limitViolations(rules(), three, li('2026-11-23T23:30:00Z'))).toEqual([
        'You already have 3 LinkedIn posts on Tue 24 Nov (the limit is 3 a day).',
      ]);
      // 22:30 UTC on 24 Nov is 23:30 Berlin (still the 24th) …
      expect(limitViolations(rules(), three, li('2026-11-24T22:30:00Z')).length).toBe(1);
      // … while 23:30 UTC is already Wed 25 Nov in Berlin.
      expect(limitViolations(rules(), three, li('2026-11-24T23:30:00Z'))).toEqual([]);
      // In New York the first of the three (02:00 local) is still on Tue; 18:00Z is 13:00 Tue there too.
      expect(limitViolations(rules({ timeZone: 'America/New_York' }), three, li('2026-11-24T18:00:00Z')).length).toBe(
        1,
      );
      // 04:00Z on the 24th is 23:00 Mon 23 Nov in New York: a different day.
      expect(limitViolations(rules({ timeZone: 'America/New_York' }), three, li('2026-11-24T04:00:00Z'))).toEqual([]);
    });

    it('uses the singular for one post', () => {
      expect(
        limitViolations(
          rules({ maxPerDay: { linkedin: 1, x: 1 } }),
          [x('2026-11-24T07:00:00Z')],
          x('2026-11-24T12:00:00Z'),
        ),
      ).toEqual(['You already have 1 X post on Tue 24 Nov (the limit is 1 a day).']);
    });

    it('treats 0 as no limit', () => {
      expect(limitViolations(rules({ maxPerDay: { linkedin: 0, x: 0 } }), three, li('2026-11-24T18:00:00Z'))).toEqual(
        [],
      );
    });

    it('allows a post below the limit', () => {
      expect(limitViolations(rules(), three.slice(0, 2), li('2026-11-24T18:00:00Z'))).toEqual([]);
    });
  });

  describe('spacing', () => {
    it('refuses a post too close after another on the same network', () => {
      // 13:10Z = 14:10 Berlin.
      expect(limitViolations(rules(), [x('2026-11-24T13:10:00Z')], x('2026-11-24T13:30:00Z'))).toEqual([
        'Posts on X must be at least 30 minutes apart; you have one at 14:10.',
      ]);
    });

    it('refuses a post too close before another', () => {
      expect(limitViolations(rules(), [li('2026-11-24T13:10:00Z')], li('2026-11-24T12:50:00Z'))).toEqual([
        'Posts on LinkedIn must be at least 30 minutes apart; you have one at 14:10.',
      ]);
    });

    it('allows exactly the minimum spacing', () => {
      expect(limitViolations(rules(), [x('2026-11-24T13:10:00Z')], x('2026-11-24T13:40:00Z'))).toEqual([]);
      expect(limitViolations(rules(), [x('2026-11-24T13:10:00Z')], x('2026-11-24T12:40:00Z'))).toEqual([]);
    });

    it('refuses the same instant and names the nearest conflicting post', () => {
      const others = [x('2026-11-24T13:00:00Z'), x('2026-11-24T13:25:00Z')];
      expect(limitViolations(rules(), others, x('2026-11-24T13:20:00Z'))).toEqual([
        'Posts on X must be at least 30 minutes apart; you have one at 14:25.',
      ]);
      expect(limitViolations(rules(), [x('2026-11-24T13:20:00Z')], x('2026-11-24T13:20:00Z')).length).toBe(1);
    });

    it('ignores other networks and a spacing of 0', () => {
      expect(limitViolations(rules(), [li('2026-11-24T13:10:00Z')], x('2026-11-24T13:20:00Z'))).toEqual([]);
      expect(
        limitViolations(rules({ minSpacingMinutes: 0 }), [x('2026-11-24T13:10:00Z')], x('2026-11-24T13:10:00Z')),
      ).toEqual([]);
    });

    it('formats times in the advocate zone and names the day across midnight', () => {
      expect(
        limitViolations(
          rules({ timeZone: 'America/New_York' }),
          [x('2026-11-24T19:10:00Z')],
          x('2026-11-24T19:30:00Z'),
        ),
      ).toEqual(['Posts on X must be at least 30 minutes apart; you have one at 14:10.']);
      // 22:50Z = 23:50 Mon in Berlin; candidate at 00:10 Tue.
      expect(limitViolations(rules(), [x('2026-11-23T22:50:00Z')], x('2026-11-23T23:10:00Z'))).toEqual([
        'Posts on X must be at least 30 minutes apart; you have one at 23:50 on Mon 23 Nov.',
      ]);
    });

    it('counts real minutes across a DST change', () => {
      // Berlin leaves summer time on 25 Oct 2026 at 03:00 → 02:00. 00:50Z = 02:50 CEST, 01:10Z = 02:10 CET:
      // 20 minutes apart although the wall clock goes backwards.
      expect(limitViolations(rules(), [x('2026-10-25T00:50:00Z')], x('2026-10-25T01:10:00Z'))).toEqual([
        'Posts on X must be at least 30 minutes apart; you have one at 02:50.',
      ]);
    });
  });

  it('lists every broken rule', () => {
    const r = rules({
      maxPerDay: { linkedin: 1, x: 1 },
      blackouts: [
        { label: 'Holiday', startsAt: '2026-11-24T00:00:00Z', endsAt: '2026-11-25T00:00:00Z', scope: 'personal' },
      ],
    });
    expect(limitViolations(r, [li('2026-11-24T13:10:00Z')], li('2026-11-24T13:20:00Z'))).toEqual([
      'Your blackout "Holiday" runs until 25 Nov 2026, 01:00 (Europe/Berlin).',
      'You already have 1 LinkedIn post on Tue 24 Nov (the limit is 1 a day).',
      'Posts on LinkedIn must be at least 30 minutes apart; you have one at 14:10.',
    ]);
  });

  it('reads an unknown zone as UTC instead of failing', () => {
    expect(
      limitViolations(rules({ timeZone: 'Mars/Olympus' }), [x('2026-11-24T13:10:00Z')], x('2026-11-24T13:20:00Z')),
    ).toEqual(['Posts on X must be at least 30 minutes apart; you have one at 13:10.']);
  });
});
