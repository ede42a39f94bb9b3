import type { NetworkName } from '@chorus/shared/contracts';
import type { LimitRules, PlannedPost } from './publishing-limits';
import { suggestTimes, type EngagementSample, type SuggestTimesInput } from './suggested-times';

function rules(extra: Partial<LimitRules> = {}): LimitRules {
  return {
    maxPerDay: { linkedin: 3, x: 5 },
    minSpacingMinutes: 30,
    blackouts: [],
    timeZone: 'Europe/Berlin',
    ...extra,
  };
}
function input(extra: Partial<SuggestTimesInput> = {}): SuggestTimesInput {
  // Mon 23 Nov 2026, 08:00 in Berlin (CET, UTC+1).
  return {
    history: [],
    networks: ['linkedin'],
    timeZone: 'Europe/Berlin',
    now: new Date('2026-11-23T07:00:00Z'),
    rules: rules(),
    others: [],
    ...extra,
  };
}
function sample(
  iso: string,
  engagements: number | null,
  impressions: number | null = 1000,
  network: NetworkName = 'linkedin',
): EngagementSample {
  return { at: new Date(iso), network, impressions, engagements };
}
const ats = (r: { times: Array<{ at: string }> }) => r.times.map((t) => t.at);

// 12 LinkedIn posts, local times in Berlin; some in summer time (UTC+2), some in winter time (UTC+1).
const HISTORY: EngagementSample[] = [
  // Tuesdays 09:xx: 4.1 %.
  sample('2026-09-08T07:10:00Z', 41),
  sample('2026-09-15T07:40:00Z', 45),
  sample('2026-11-10T08:05:00Z', 37),
  // Thursdays 09:xx: 5.0 %.
  sample('2026-09-10T07:00:00Z', 50),
  sample('2026-11-05T08:30:00Z', 40, 800),
  sample('2026-11-12T08:59:00Z', 60, 1200),
  // Wednesdays 12:xx: 2.0 %.
  sample('2026-09-09T10:15:00Z', 20),
  sample('2026-11-04T11:15:00Z', 20),
  sample('2026-11-11T11:45:00Z', 20),
  // Mondays 17:xx: 1.0 %.
  sample('2026-09-07T15:00:00Z', 10),
  sample('2026-11-02T16:00:00Z', 10),
  sample('2026-11-09T16:20:00Z', 10),
];

describe('suggestTimes', () => {
  describe('from history', () => {
    it('suggests the next occurrences of the best weekday/hour buckets, best first', () => {
      const r = suggestTimes(input({ history: HISTORY }));
      expect(r.basis).toBe('history');
      expect(r.explanation).toBe(
        'Based on engagement on your 12 published posts: Tuesdays and Thursdays around 09:00 and Wednesdays around 12:00 did best.',
      );
      expect(r.times).toEqual([
        {
          at: '2026-11-26T08:00:00.000Z',
          network: null,
          reason: 'Your posts at this hour on Thursdays averaged 5.0% engagement (3 posts).',
        },
        {
          at: '2026-11-24T08:00:00.000Z',
          network: null,
          reason: 'Your posts at this hour on Tuesdays averaged 4.1% engagement (3 posts).',
        },
        {
          at: '2026-11-25T11:00:00.000Z',
          network: null,
          reason: 'Your posts at this hour on Wednesdays averaged 2.0% engagement (3 posts).',
        },
      ]);
    });

    it('describes the best buckets it was asked for', () => {
      const r = suggestTimes(input({ history: HISTORY, count: 2 }));
      expect(r.explanation).toBe(
        'Based on engagement on your 12 published posts: Tuesdays and Thursdays around 09:00 did best.',
      );
      expect(ats(r)).toEqual(['2026-11-26T08:00:00.000Z', '2026-11-24T08:00:00.000Z']);
    });

    it('keeps local hours through the end of summer time (Berlin, 25 Oct 2026)', () => {
      // Fri 23 Oct, 10:00 CEST. Tue/Thu 09:00 and Wed 12:00 next week are in CET.
      const r = suggestTimes(input({ history: HISTORY, now: new Date('2026-10-23T08:00:00Z') }));
      expect(ats(r)).toEqual(['2026-10-29T08:00:00.000Z', '2026-10-27T08:00:00.000Z', '2026-10-28T11:00:00.000Z']);
    });

    it('buckets by the advocate zone (America/New_York)', () => {
      // The same instants read in New York: Tue 09:xx Berlin is 03:xx/02:xx there, so different buckets.
      const ny: EngagementSample[] = [
        sample('2026-11-03T14:10:00Z', 60, 1000, 'x'), // Tue 09:10 EST
        sample('2026-11-10T14:50:00Z', 60, 1000, 'x'), // Tue 09:50 EST
        sample('2026-09-15T13:30:00Z', 60, 1000, 'x'), // Tue 09:30 EDT
        sample('2026-11-04T17:00:00Z', 10, 1000, 'x'), // Wed 12:00 EST
        sample('2026-11-05T17:30:00Z', 10, 1000, 'x'), // Thu 12:30 EST
      ];
      const r = suggestTimes(
        input({
          history: ny,
          networks: ['x'],
          timeZone: 'America/New_York',
          rules: rules({ timeZone: 'America/New_York' }),
          now: new Date('2026-11-23T12:00:00Z'),
        }),
      );
      expect(r.basis).toBe('history');
      expect(r.explanation).toBe(
        'Based on engagement on your 5 published posts: Tuesdays around 09:00, and Wednesdays and Thursdays around 12:00 did best.',
      );
      // Tue 24 Nov 09:00 EST = 14:00Z, Wed 12:00 = 17:00Z, Thu 12:00 = 17:00Z.
      expect(ats(r)).toEqual(['2026-11-24T14:00:00.000Z', '2026-11-25T17:00:00.000Z', '2026-11-26T17:00:00.000Z']);
    });

    it('skips times the limits forbid and goes on with the next bucket', () => {
      const thursday = {
        label: 'Offsite',
        startsAt: '2026-11-26T00:00:00Z',
        endsAt: '2026-11-27T00:00:00Z',
        scope: 'personal' as const,
      };
      const r = suggestTimes(input({ history: HISTORY, rules: rules({ blackouts: [thursday] }) }));
      // Thursday is out; Mondays 17:00 is today at 16:00Z.
      expect(ats(r)).toEqual(['2026-11-24T08:00:00.000Z', '2026-11-25T11:00:00.000Z', '2026-11-23T16:00:00.000Z']);
      // The explanation still says what did best.
      expect(r.explanation).toContain('Tuesdays and Thursdays around 09:00');
    });

    it('checks every requested network', () => {
      const others: PlannedPost[] = [{ at: new Date('2026-11-24T08:15:00Z'), network: 'x' }];
      const history = HISTORY.map((s) => ({ ...s }));
      expect(ats(suggestTimes(input({ history, others, networks: ['linkedin'] })))).toContain(
        '2026-11-24T08:00:00.000Z',
      );
      const both = suggestTimes(input({ history, others, networks: ['linkedin', 'x'] }));
      expect(ats(both)).not.toContain('2026-11-24T08:00:00.000Z');
      expect(both.times.every((t) => t.network === null)).toBeTrue();
    });

    it('skips times within 5 minutes from now and beyond 7 days', () => {
      // Tue 24 Nov 08:57 Berlin: Tuesday 09:00 is too soon; next Tuesday is beyond the window.
      const r = suggestTimes(input({ history: HISTORY, now: new Date('2026-11-24T07:57:00Z') }));
      expect(ats(r)).toEqual(['2026-11-26T08:00:00.000Z', '2026-11-25T11:00:00.000Z', '2026-11-30T16:00:00.000Z']);
      // At 08:54 it is just in time.
      expect(ats(suggestTimes(input({ history: HISTORY, now: new Date('2026-11-24T07:54:00Z') })))[1]).toBe(
        '2026-11-24T08:00:00.000Z',
      );
    });

    it('uses mean engagements when too few samples have impressions', () => {
      const history = [
        sample('2026-11-10T08:00:00Z', 12, null),
        sample('2026-11-17T08:30:00Z', 13, null),
        sample('2026-11-11T11:00:00Z', 4, null),
        sample('2026-11-12T16:00:00Z', 1, 100),
        sample('2026-11-13T16:00:00Z', 1, 100),
      ];
      const r = suggestTimes(input({ history, networks: ['x', 'linkedin'] }));
      expect(r.basis).toBe('history');
      expect(r.times[0]).toEqual({
        at: '2026-11-24T08:00:00.000Z',
        network: null,
        reason: 'Your posts at this hour on Tuesdays averaged 12.5 engagements (2 posts).',
      });
      expect(r.times[1].reason).toBe('Your posts at this hour on Wednesdays averaged 4 engagements (1 post).');
      expect(r.times[2].reason).toBe('Your posts at this hour on Thursdays averaged 1 engagement (1 post).');
    });

    it('scores rates only on samples with impressions when enough have them', () => {
      const history = [...HISTORY, sample('2026-11-16T09:00:00Z', 500, null)]; // Monday 10:00, no impressions: left out
      const r = suggestTimes(input({ history }));
      expect(r.explanation).toContain('your 12 published posts');
      expect(r.times[0].at).toBe('2026-11-26T08:00:00.000Z');
    });

    it('divides by at least one impression', () => {
      const history = ['2026-11-03', '2026-11-10', '2026-11-17', '2026-11-24', '2026-12-01'].map((d) =>
        sample(`${d}T08:00:00Z`, 2, 0),
      );
      expect(suggestTimes(input({ history })).times[0].reason).toBe(
        'Your posts at this hour on Tuesdays averaged 200.0% engagement (5 posts).',
      );
    });

    it('ignores samples with invalid dates or figures', () => {
      const history = [
        ...['2026-11-03', '2026-11-10', '2026-11-17', '2026-11-18'].map((d) => sample(`${d}T08:00:00Z`, 20)),
        sample('not a date', 20),
        sample('2026-11-19T08:00:00Z', -3),
        sample('2026-11-19T08:00:00Z', NaN),
      ];
      expect(suggestTimes(input({ history })).basis).toBe('defaults');
      expect(suggestTimes(input({ history, minSamples: 4 })).explanation).toContain('your 4 published posts');
    });

    it('fills up with default times when the history yields too few', () => {
      const history = Array.from({ length: 5 }, () => sample('2026-11-17T08:30:00Z', 30)); // all Tuesday 09:xx
      const r = suggestTimes(input({ history }));
      expect(r.basis).toBe('history');
      expect(r.explanation).toBe('Based on engagement on your 5 published posts: Tuesdays around 09:00 did best.');
      expect(r.times).toEqual([
        {
          at: '2026-11-24T08:00:00.000Z',
          network: null,
          reason: 'Your posts at this hour on Tuesdays averaged 3.0% engagement (5 posts).',
        },
        {
          at: '2026-11-24T11:00:00.000Z',
          network: null,
          reason: 'A common good time on LinkedIn: weekday lunchtimes.',
        },
        { at: '2026-11-25T08:00:00.000Z', network: null, reason: 'A common good time on LinkedIn: weekday mornings.' },
      ]);
    });

    it('is deterministic and independent of the history order', () => {
      const a = suggestTimes(input({ history: HISTORY }));
      const b = suggestTimes(input({ history: [...HISTORY].reverse() }));
      expect(b).toEqual(a);
    });
  });

  describe('from defaults', () => {
    it('uses defaults below minSamples, counting only requested networks with engagement figures', () => {
      const history = [
        sample('2026-11-10T08:00:00Z', 30),
        sample('2026-11-11T08:00:00Z', 30),
        sample('2026-11-12T08:00:00Z', 30),
        sample('2026-11-13T08:00:00Z', 30),
        sample('2026-11-16T08:00:00Z', null),
        sample('2026-11-17T08:00:00Z', 30, 1000, 'x'),
      ];
      const r = suggestTimes(input({ history }));
      expect(r.basis).toBe('defaults');
      expect(r.explanation).toBe(
        'You have too few published posts with engagement figures yet, so these are common good times for LinkedIn (Tuesday to Thursday mornings and lunchtime).',
      );
      expect(suggestTimes(input({ history, networks: ['linkedin', 'x'] })).basis).toBe('history');
      expect(suggestTimes(input({ history, minSamples: 4 })).basis).toBe('history');
    });

    it('LinkedIn: Tue–Thu at 09:00 first, one a day', () => {
      expect(suggestTimes(input()).times).toEqual([
        { at: '2026-11-24T08:00:00.000Z', network: null, reason: 'A common good time on LinkedIn: weekday mornings.' },
        { at: '2026-11-25T08:00:00.000Z', network: null, reason: 'A common good time on LinkedIn: weekday mornings.' },
        { at: '2026-11-26T08:00:00.000Z', network: null, reason: 'A common good time on LinkedIn: weekday mornings.' },
      ]);
    });

    it('X: weekdays, starting today', () => {
      const r = suggestTimes(input({ networks: ['x'] }));
      expect(r.explanation).toBe(
        'You have too few published posts with engagement figures yet, so these are common good times for X (weekday mornings, lunchtime and late afternoon).',
      );
      expect(ats(r)).toEqual(['2026-11-23T08:00:00.000Z', '2026-11-24T08:00:00.000Z', '2026-11-25T08:00:00.000Z']);
    });

    it('LinkedIn and X: shared times first (network null), then per network', () => {
      const r = suggestTimes(input({ networks: ['linkedin', 'x'], count: 8 }));
      expect(r.explanation).toBe(
        'You have too few published posts with engagement figures yet, so these are common good times for LinkedIn and X (weekday mornings and lunchtime).',
      );
      expect(r.times.map((t) => [t.at, t.network])).toEqual([
        ['2026-11-24T08:00:00.000Z', null],
        ['2026-11-25T08:00:00.000Z', null],
        ['2026-11-26T08:00:00.000Z', null],
        ['2026-11-24T11:00:00.000Z', null],
        ['2026-11-25T11:00:00.000Z', null],
        ['2026-11-26T11:00:00.000Z', null],
        ['2026-11-23T08:00:00.000Z', 'x'],
        ['2026-11-24T07:00:00.000Z', 'linkedin'],
      ]);
      expect(r.times[3].reason).toBe('A common good time on LinkedIn and X: weekday lunchtimes.');
      expect(r.times[6].reason).toBe('A common good time on X: weekday mornings.');
    });

    it('treats no networks as all networks', () => {
      expect(suggestTimes(input({ networks: [] }))).toEqual(suggestTimes(input({ networks: ['linkedin', 'x'] })));
    });

    it('respects limits, the 5-minute lead and the day preference', () => {
      // Tue 24 Nov 08:57 Berlin: 09:00 is too soon, so Tuesday offers 12:00.
      expect(ats(suggestTimes(input({ now: new Date('2026-11-24T07:57:00Z') })))).toEqual([
        '2026-11-24T11:00:00.000Z',
        '2026-11-25T08:00:00.000Z',
        '2026-11-26T08:00:00.000Z',
      ]);
      // Three LinkedIn posts already on Wednesday (the daily limit), one at Thursday 09:10.
      const others: PlannedPost[] = [
        { at: new Date('2026-11-25T06:00:00Z'), network: 'linkedin' },
        { at: new Date('2026-11-25T10:00:00Z'), network: 'linkedin' },
        { at: new Date('2026-11-25T15:00:00Z'), network: 'linkedin' },
        { at: new Date('2026-11-26T08:10:00Z'), network: 'linkedin' },
      ];
      // Thursday: 09:00 too close to 09:10, so its next preference, 12:00.
      expect(ats(suggestTimes(input({ others })))).toEqual([
        '2026-11-24T08:00:00.000Z',
        '2026-11-26T11:00:00.000Z',
        '2026-11-24T11:00:00.000Z',
      ]);
    });

    it('returns fewer times when the limits leave fewer', () => {
      const all = {
        label: 'Results',
        startsAt: '2026-11-20T00:00:00Z',
        endsAt: '2026-12-31T00:00:00Z',
        scope: 'organisation' as const,
      };
      const r = suggestTimes(input({ rules: rules({ blackouts: [all] }) }));
      expect(r.basis).toBe('defaults');
      expect(r.times).toEqual([]);
      expect(suggestTimes(input({ count: 0 })).times).toEqual([]);
    });

    it('keeps local hours across the end of DST in New York (1 Nov 2026)', () => {
      // Fri 30 Oct, 16:00 EDT: today 17:00 EDT, then Monday and Tuesday 09:00 EST.
      const r = suggestTimes(
        input({
          networks: ['x'],
          timeZone: 'America/New_York',
          rules: rules({ timeZone: 'America/New_York' }),
          now: new Date('2026-10-30T20:00:00Z'),
        }),
      );
      expect(r.times).toEqual([
        {
          at: '2026-10-30T21:00:00.000Z',
          network: null,
          reason: 'A common good time on X: the end of the working day.',
        },
        { at: '2026-11-02T14:00:00.000Z', network: null, reason: 'A common good time on X: weekday mornings.' },
        { at: '2026-11-03T14:00:00.000Z', network: null, reason: 'A common good time on X: weekday mornings.' },
      ]);
    });

    it('keeps local hours across the start of summer time in Berlin (29 Mar 2026)', () => {
      // Fri 27 Mar, 10:00 CET: Tue–Thu 09:00 next week are in CEST (07:00Z).
      expect(ats(suggestTimes(input({ now: new Date('2026-03-27T09:00:00Z') })))).toEqual([
        '2026-03-31T07:00:00.000Z',
        '2026-04-01T07:00:00.000Z',
        '2026-04-02T07:00:00.000Z',
      ]);
    });

    it('says so when the posts have figures but no engagement at all', () => {
      const history = Array.from({ length: 6 }, (_, i) => sample(`2026-11-${10 + i}T08:00:00Z`, 0));
      const r = suggestTimes(input({ history }));
      expect(r.basis).toBe('defaults');
      expect(r.explanation).toBe(
        'Your published posts have no engagement yet, so these are common good times for LinkedIn (Tuesday to Thursday mornings and lunchtime).',
      );
      expect(ats(r)).toEqual(['2026-11-24T08:00:00.000Z', '2026-11-25T08:00:00.000Z', '2026-11-26T08:00:00.000Z']);
    });
  });
});
