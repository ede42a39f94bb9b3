import { check } from '../engine';
import { input, one, slices } from '../test-helpers';

describe('guidelines rule: links', () => {
  const item = { url: 'https://acme.com/post/1', isCompanyContent: true, trackedLinks: ['https://go.acme.com/l/ab12'] };
  it('flags shorteners and blocked domains including subdomains, not look-alikes', () => {
    const c = one({ kind: 'links', shorteners: true, blockedDomains: ['evil.com'] });
    const text = 'a bit.ly/x b https://cdn.evil.com/y c notevil.com/z';
    expect(check(c, input(text)).flatMap((f) => slices(text, f.ranges))).toEqual(['bit.ly/x', 'https://cdn.evil.com/y']);
  });
  it('flags links outside the allow list', () => {
    const c = one({ kind: 'links', allowedDomains: ['acme.com'] });
    const text = 'www.acme.com/x and blog.acme.com, but example.org.';
    expect(check(c, input(text)).flatMap((f) => slices(text, f.ranges))).toEqual(['example.org']);
  });
  it('replaces the raw content URL with the tracked link', () => {
    const c = one({ kind: 'links', requireTrackedLink: true });
    const text = 'Read http://ACME.com/post/1/ now';
    const [f] = check(c, input(text, { contentItem: item }));
    expect(slices(text, f.ranges)).toEqual(['http://ACME.com/post/1/']);
    expect(f.fix?.edits).toEqual([{ start: 5, end: 28, replacement: 'https://go.acme.com/l/ab12' }]);
    expect(check(c, input('Read https://go.acme.com/l/ab12', { contentItem: item })).length).toBe(0);
  });
});
