import {
  AdvocateReachRow,
  ContentReachRow,
  EmvSettings,
  LeadDashboard,
  Leaderboard,
  MyReach,
  ReachDay,
  ReachTotals,
} from '@chorus/shared/contracts';

/* Test data shaped like the API's answers (shared by the specs of this library). */

export const EMV: EmvSettings = {
  currency: 'EUR',
  rates: { linkedin: { cpm: 30, cpc: 4, cpe: 1.5 }, x: { cpm: 8, cpc: 1.2, cpe: 0.25 } },
  formula: 'EMV = impressions × CPM / 1000 + clicks × CPC + engagements × CPE',
};

export function totals(over: Partial<ReachTotals> = {}): ReachTotals {
  return {
    shares: 12,
    clicks: 345,
    uniqueClicks: 300,
    botClicks: 7,
    impressions: null,
    engagements: null,
    ctr: null,
    emv: 1380,
    ...over,
  };
}

export function day(date: string, over: Partial<ReachDay> = {}): ReachDay {
  return {
    day: date,
    shares: 2,
    clicks: 40,
    uniqueClicks: 35,
    impressions: null,
    engagements: null,
    emv: 160,
    activeAdvocates: 2,
    ...over,
  };
}

export const LINKEDIN_REASON = 'LinkedIn does not report metrics to self-serve apps';

export function dashboard(over: Partial<LeadDashboard> = {}): LeadDashboard {
  return {
    from: '2030-01-01',
    to: '2030-01-03',
    groupId: null,
    network: null,
    participation: { enrolled: 8, active: 5, rate: 0.625 },
    totals: totals(),
    series: [day('2030-01-01'), day('2030-01-02'), day('2030-01-03', { shares: 8, clicks: 265 })],
    groups: [
      {
        groupId: 'g1',
        name: 'Sales DACH',
        participation: { enrolled: 5, active: 3, rate: 0.6 },
        totals: totals({ shares: 7, clicks: 200 }),
      },
      {
        groupId: 'g2',
        name: 'Marketing Benelux',
        participation: { enrolled: 3, active: 2, rate: 2 / 3 },
        totals: totals({ shares: 5, clicks: 145 }),
      },
    ],
    networks: [{ network: 'linkedin', totals: totals() }],
    availability: [
      { network: 'linkedin', available: false, reason: LINKEDIN_REASON },
      { network: 'x', available: false, reason: 'X metrics are off (the read budget is 0)' },
    ],
    emv: EMV,
    updatedAt: new Date(Date.now() - 5 * 60_000).toISOString(),
    ...over,
  };
}

export const CONTENT: ContentReachRow[] = [
  { contentItemId: 'c1', title: 'Our Q1 results', url: 'https://blog.example.com/q1', totals: totals({ clicks: 120 }) },
];

export const ADVOCATES: AdvocateReachRow[] = [
  { userId: 'u1', name: 'Ada Advocate', hiddenFromLeaderboards: false, groups: ['Sales DACH'], totals: totals() },
  { userId: 'u2', name: 'Ben Quiet', hiddenFromLeaderboards: true, groups: ['Marketing Benelux'], totals: totals() },
];

export function myReach(over: Partial<MyReach> = {}): MyReach {
  return {
    from: '2030-01-01',
    to: '2030-01-30',
    totals: totals({
      shares: 3,
      clicks: 42,
      uniqueClicks: 30,
      impressions: 1200,
      engagements: 15,
      ctr: 0.035,
      emv: 99.5,
    }),
    series: [
      day('2030-01-01', { impressions: 600, engagements: 7 }),
      day('2030-01-02', { impressions: 600, engagements: 8 }),
    ],
    shares: [
      {
        shareId: 's1',
        network: 'x',
        contentItemId: 'c1',
        title: 'Our Q1 results',
        postUrl: 'https://x.example.com/ada/status/1',
        publishedAt: '2030-01-02T09:00:00Z',
        clicks: 30,
        uniqueClicks: 22,
        impressions: 1200,
        engagements: 15,
        metricsAt: '2030-01-03T09:00:00Z',
      },
      {
        shareId: 's2',
        network: 'linkedin',
        contentItemId: 'c1',
        title: 'Our Q1 results',
        postUrl: 'https://www.linkedin.example.com/feed/update/urn:li:share:2',
        publishedAt: '2030-01-02T09:05:00Z',
        clicks: 12,
        uniqueClicks: 8,
        impressions: null,
        engagements: null,
        metricsAt: null,
      },
    ],
    availability: [
      { network: 'linkedin', available: false, reason: LINKEDIN_REASON },
      { network: 'x', available: true, reason: null },
    ],
    emv: EMV,
    showOnLeaderboards: true,
    updatedAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
    ...over,
  };
}

export function leaderboard(over: Partial<Leaderboard> = {}): Leaderboard {
  return {
    period: 'month',
    from: '2030-01-01',
    to: '2030-01-31',
    groupId: 'g1',
    groupName: 'Sales DACH',
    groups: [{ id: 'g1', name: 'Sales DACH' }],
    entries: [
      { rank: 1, userId: 'u9', name: 'Cleo Curator', isMe: false, clicks: 80, shares: 6 },
      { rank: 2, userId: null, name: 'Anonymous advocate', isMe: false, clicks: 50, shares: 4 },
      { rank: 3, userId: 'me', name: 'Ada Advocate', isMe: true, clicks: 42, shares: 3 },
    ],
    ...over,
  };
}
