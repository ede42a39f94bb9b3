import { metricsAt } from './metrics-growth';

describe('metricsAt', () => {
  it('starts at zero', () => {
    expect(Object.values(metricsAt('urn:li:share:1', 0)).every((value) => value === 0)).toBeTrue();
    expect(metricsAt('urn:li:share:1', -50).impressions).toBe(0);
  });

  it('is the same for the same post and age, and differs between posts', () => {
    expect(metricsAt('a', 7200)).toEqual(metricsAt('a', 7200));
    expect(metricsAt('a', 86_400).impressions).not.toBe(metricsAt('b', 86_400).impressions);
  });

  it('grows with age and never goes down', () => {
    let previous = metricsAt('post', 0);
    for (const age of [60, 3600, 6 * 3600, 86_400, 7 * 86_400, 60 * 86_400]) {
      const next = metricsAt('post', age);
      for (const key of Object.keys(next) as Array<keyof typeof next>) {
        expect(next[key]).withContext(`${key} at ${age}`).toBeGreaterThanOrEqual(previous[key]);
      }
      previous = next;
    }
    expect(metricsAt('post', 86_400).impressions).toBeGreaterThan(300);
    expect(metricsAt('post', 86_400).reactions).toBeGreaterThan(0);
  });
});
