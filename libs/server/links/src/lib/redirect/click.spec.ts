import { isBotAgent, RawClick, referrerHost, toRow, utcDay, visitorKey } from './click';

const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36';

describe('click rows', () => {
  const saltA = Buffer.alloc(32, 1);
  const saltB = Buffer.alloc(32, 2);

  it('hashes IP + user agent with the salt: equal for the same visitor and salt, different otherwise', () => {
    const key = visitorKey(saltA, '203.0.113.7', CHROME);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(visitorKey(saltA, '203.0.113.7', CHROME)).toBe(key);
    expect(visitorKey(saltB, '203.0.113.7', CHROME)).not.toBe(key);
    expect(visitorKey(saltA, '203.0.113.8', CHROME)).not.toBe(key);
    expect(visitorKey(saltA, '203.0.113.7', CHROME + ' Edg/124')).not.toBe(key);
  });

  it('keeps only the host of the referrer', () => {
    expect(referrerHost('https://www.LinkedIn.com/feed/?trk=x')).toBe('www.linkedin.com');
    expect(referrerHost('https://t.co/abc')).toBe('t.co');
    expect(referrerHost('http://user:pw@example.com:8080/x')).toBe('example.com');
    expect(referrerHost('http://[2001:db8::1]:80/')).toBe('[2001:db8::1]');
    expect(referrerHost(undefined)).toBeNull();
    expect(referrerHost('')).toBeNull();
    expect(referrerHost('android-app://')).toBeNull();
    expect(referrerHost('not a url')).toBeNull();
  });

  it('flags crawlers and link previewers (isbot), and an empty user agent, as bots', () => {
    expect(
      isBotAgent('LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)'),
    ).toBeTrue();
    expect(isBotAgent('Twitterbot/1.0')).toBeTrue();
    expect(isBotAgent('Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)')).toBeTrue();
    expect(isBotAgent('curl/8.5.0')).toBeTrue();
    expect(isBotAgent('')).toBeTrue();
    expect(isBotAgent(CHROME)).toBeFalse();
  });

  it("uses the salt of the click's own UTC day", () => {
    const click = (at: string): RawClick => ({
      linkId: 'l',
      contentItemId: 'c',
      network: 'x',
      at: new Date(at),
      ip: '198.51.100.1',
      userAgent: CHROME,
      referer: 'https://t.co/',
    });
    const salts: Record<string, Buffer> = { '2026-03-01': saltA, '2026-03-02': saltB };
    const saltOf = (day: string) => salts[day];
    const morning = toRow(click('2026-03-01T00:00:01Z'), saltOf);
    const evening = toRow(click('2026-03-01T23:59:59Z'), saltOf);
    const nextDay = toRow(click('2026-03-02T00:00:01Z'), saltOf);
    expect(utcDay(new Date('2026-03-01T23:59:59Z'))).toBe('2026-03-01');
    expect(evening.visitorKey).toBe(morning.visitorKey);
    expect(nextDay.visitorKey).not.toBe(morning.visitorKey);
    expect(morning).toEqual({
      linkId: 'l',
      contentItemId: 'c',
      network: 'x',
      clickedAt: new Date('2026-03-01T00:00:01Z'),
      referrerHost: 't.co',
      isBot: false,
      visitorKey: morning.visitorKey,
    });
    expect(JSON.stringify(morning)).not.toContain('198.51.100.1');
  });
});
