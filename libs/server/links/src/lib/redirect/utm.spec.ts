import { advocateKey, slugify, UTM_MEDIUM, withUtm } from './utm';

describe('UTM parameters of the redirect', () => {
  const utm = { source: 'linkedin', medium: UTM_MEDIUM, campaign: 'cloud-security', content: 'a1b2c3d4e5' };

  it('slugs titles: lower-case ASCII, hyphens, at most 60 characters', () => {
    expect(slugify('Cloud Security: 5 Lessons (2026)')).toBe('cloud-security-5-lessons-2026');
    expect(slugify('Größere Rechenzentren für Kunden – café')).toBe('grossere-rechenzentren-fur-kunden-cafe');
    expect(slugify('  --Hello,   World!--  ')).toBe('hello-world');
    const long = slugify('word '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long).not.toMatch(/-$/);
    expect(slugify('日本語')).toBe('content');
  });

  it('adds utm_* to a URL without a query', () => {
    const url = new URL(withUtm('https://example.com/blog/post', utm));
    expect(url.origin + url.pathname).toBe('https://example.com/blog/post');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      utm_source: 'linkedin',
      utm_medium: 'employee_advocacy',
      utm_campaign: 'cloud-security',
      utm_content: 'a1b2c3d4e5',
    });
  });

  it("keeps the target's own query and fragment, byte for byte, and never overrides its utm_*", () => {
    const result = withUtm('https://example.com/p?id=7&q=a%20b&utm_source=newsletter#top', utm);
    expect(result).toBe(
      'https://example.com/p?id=7&q=a%20b&utm_source=newsletter&utm_medium=employee_advocacy&utm_campaign=cloud-security&utm_content=a1b2c3d4e5#top',
    );
  });

  it('leaves a URL alone when every utm_* is there already, or when it is not http(s)', () => {
    const tagged = 'https://example.com/?utm_source=a&utm_medium=b&utm_campaign=c&utm_content=d';
    expect(withUtm(tagged, utm)).toBe(tagged);
    expect(withUtm('mailto:someone@example.com', utm)).toBe('mailto:someone@example.com');
    expect(withUtm('not a url', utm)).toBe('not a url');
  });

  it('derives a stable 10-character advocate key that depends on the secret', () => {
    const key = advocateKey('secret-one', 'user-1');
    expect(key).toMatch(/^[0-9a-f]{10}$/);
    expect(advocateKey('secret-one', 'user-1')).toBe(key);
    expect(advocateKey('secret-one', 'user-2')).not.toBe(key);
    expect(advocateKey('secret-two', 'user-1')).not.toBe(key);
  });
});
