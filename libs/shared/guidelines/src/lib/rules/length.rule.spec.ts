import twitterText from 'twitter-text';
import { check } from '../engine';
import { input, one } from '../test-helpers';
import { xWeightUpperBound } from './length.rule';

describe('guidelines rule: length', () => {
  const x = one({ kind: 'length', network: 'x', severity: 'block' });
  it('counts X weighted length with twitter-text (CJK 2, URLs 23, emoji sequences 2)', () => {
    expect(check(x, input('中'.repeat(140), { networks: ['x'] })).length).toBe(0);
    const [f] = check(x, input('中'.repeat(141), { networks: ['x'] }));
    expect(f.network).toBe('x');
    expect(f.message).toContain('282');
    expect(check(x, input('a '.repeat(100) + 'https://example.com/' + 'x'.repeat(300), { networks: ['x'] })).length).toBe(0);
  });
  it('applies only when the network is targeted', () => {
    expect(check(x, input('a'.repeat(400))).length).toBe(0);
  });
  it('has an upper bound that never under-estimates twitter-text', () => {
    for (const t of ['hello', 'a.co b.co c.co', '中文 😀👨‍👩‍👧 https://t.co', 'e\u0301'.repeat(50), 'क़'.repeat(20), 'x.y'.repeat(30)]) {
      expect(xWeightUpperBound(t)).withContext(t).toBeGreaterThanOrEqual(twitterText.parseTweet(t).weightedLength);
    }
  });
  it('limits LinkedIn to 3,000 characters and counts hashtags and mentions', () => {
    const li = one({ kind: 'length', network: 'linkedin' });
    expect(check(li, input('a'.repeat(3000))).length).toBe(0);
    expect(check(li, input('a'.repeat(3001)))[0].ranges).toEqual([{ start: 3000, end: 3001 }]);
    const tags = one({ kind: 'length', network: 'linkedin', maxHashtags: 1, maxMentions: 1 });
    const f = check(tags, input('#a #b @c @d @e https://x.com/#frag a#b'));
    expect(f.map((x) => x.ranges.length)).toEqual([1, 2]);
  });
});
