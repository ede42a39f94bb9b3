import type { EmvSettings, NetworkName } from '@chorus/shared/contracts';
import { emvOf, NetworkSums, reachTotals, reportingNetworks } from './emv';

const SETTINGS: EmvSettings = {
  currency: 'EUR',
  rates: { linkedin: { cpm: 40, cpc: 2, cpe: 1 }, x: { cpm: 10, cpc: 0.5, cpe: 0.25 } },
  formula: 'EMV = impressions × CPM / 1000 + clicks × CPC + engagements × CPE',
};

function sums(network: NetworkName, figures: Partial<NetworkSums> = {}): NetworkSums {
  return { network, shares: 0, clicks: 0, uniqueClicks: 0, botClicks: 0, impressions: 0, engagements: 0, ...figures };
}

const BOTH = new Set<NetworkName>(['linkedin', 'x']);
const X_ONLY = new Set<NetworkName>(['x']);

describe('emvOf', () => {
  it('applies each network its own rates and sums them', () => {
    const rows = [
      sums('linkedin', { impressions: 2000, clicks: 3, engagements: 5 }),
      sums('x', { impressions: 1000, clicks: 4, engagements: 8 }),
    ];
    // linkedin 2000×40/1000 + 3×2 + 5×1 = 91; x 1000×10/1000 + 4×0.5 + 8×0.25 = 14
    expect(emvOf(rows, SETTINGS, BOTH)).toBe(105);
  });

  it('counts impressions and engagements of networks without metrics as 0, clicks still count', () => {
    const rows = [sums('linkedin', { impressions: 2000, clicks: 3, engagements: 5 }), sums('x', { clicks: 4 })];
    expect(emvOf(rows, SETTINGS, X_ONLY)).toBe(8);
  });

  it('rounds to cents', () => {
    expect(emvOf([sums('x', { impressions: 1, clicks: 1 })], SETTINGS, BOTH)).toBe(0.51);
  });
});

describe('reachTotals', () => {
  const rows = [
    sums('linkedin', { shares: 2, clicks: 10, uniqueClicks: 8, botClicks: 3, impressions: 999, engagements: 7 }),
    sums('x', { shares: 1, clicks: 5, uniqueClicks: 5, botClicks: 1, impressions: 500, engagements: 20 }),
  ];

  it('sums every network and takes metrics only from networks that report them', () => {
    expect(reachTotals(rows, ['linkedin', 'x'], SETTINGS, X_ONLY)).toEqual({
      shares: 3,
      clicks: 15,
      uniqueClicks: 13,
      botClicks: 4,
      impressions: 500,
      engagements: 20,
      ctr: 5 / 500,
      emv: 10 * 2 + 500 * 0.01 + 5 * 0.5 + 20 * 0.25,
    });
  });

  it('reports null metrics where no network in the filter reports them', () => {
    const totals = reachTotals([rows[0]], ['linkedin'], SETTINGS, X_ONLY);
    expect(totals.impressions).toBeNull();
    expect(totals.engagements).toBeNull();
    expect(totals.ctr).toBeNull();
    expect(totals.emv).toBe(20);
  });

  it('has a null CTR without impressions and zeros without rows', () => {
    expect(reachTotals([], ['linkedin', 'x'], SETTINGS, BOTH)).toEqual({
      shares: 0,
      clicks: 0,
      uniqueClicks: 0,
      botClicks: 0,
      impressions: 0,
      engagements: 0,
      ctr: null,
      emv: 0,
    });
  });
});

describe('reportingNetworks', () => {
  it('keeps the available networks', () => {
    const set = reportingNetworks([
      { network: 'linkedin', available: false, reason: 'no scope' },
      { network: 'x', available: true, reason: null },
    ]);
    expect([...set]).toEqual(['x']);
  });
});
