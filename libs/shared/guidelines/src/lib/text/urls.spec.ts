import { findUrls, hostOf } from './urls';

describe('findUrls', () => {
  it('finds explicit, www. and bare links with common TLDs, trimming trailing punctuation', () => {
    const text = 'Read https://acme.com/a?b=1, www.example.org and acme.io. Not z.B. or end.Next';
    expect(findUrls(text).map((u) => [u.url, u.host])).toEqual([
      ['https://acme.com/a?b=1', 'acme.com'],
      ['www.example.org', 'example.org'],
      ['acme.io', 'acme.io'],
    ]);
  });

  it('finds explicit links to hosts without a dot (localhost, intranet names) in text order', () => {
    const text = 'Demo http://localhost:3000/l/Ab3dE9xQ, then https://acme.com and https://intranet/wiki.';
    const found = findUrls(text);
    expect(found.map((u) => [u.url, u.host])).toEqual([
      ['http://localhost:3000/l/Ab3dE9xQ', 'localhost'],
      ['https://acme.com', 'acme.com'],
      ['https://intranet/wiki', 'intranet'],
    ]);
    expect(text.slice(found[0].start, found[0].end)).toBe('http://localhost:3000/l/Ab3dE9xQ');
  });

  it('does not take "://" without an http scheme, or a bare word, for a link', () => {
    expect(findUrls('ftp://files and localhost:3000 and ://nothing')).toEqual([]);
  });

  it('reads the host of explicit links, dotless ones included, but not of bare words', () => {
    expect(hostOf('http://localhost:3000/l/x')).toBe('localhost');
    expect(hostOf('https://www.Acme.com/a')).toBe('acme.com');
    expect(hostOf('localhost')).toBeNull();
  });
});
