import { canonicalUrl } from './canonical-url';
import { FeedParseError, parseFeedText } from './feed-parser';
import { detectLanguage, normaliseLanguage } from './language';
import { entryValues } from './ingestion.service';
import { htmlToText, sanitizeFeedHtml } from './sanitize';

export const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title><link>https://bomb.test/</link><description>x</description>
<item><title>Bomb &lol9;</title><link>https://bomb.test/a</link><description>&lol9;</description></item></channel></rss>`;

export const XXE = `<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>XXE</title><link>https://xxe.test/</link><description>x</description>
<item><title>Secret &xxe;</title><link>https://xxe.test/a</link><description>&xxe;</description></item></channel></rss>`;

describe('canonical URLs', () => {
  const cases: Array<[string, string | null]> = [
    ['HTTPS://Example.COM/Path?b=2&a=1#frag', 'https://example.com/Path?a=1&b=2'],
    [
      'https://example.com/a?utm_source=x&utm_medium=y&id=7&fbclid=abc&gclid=1&mc_cid=2&mc_eid=3&igshid=4&ref=home',
      'https://example.com/a?id=7',
    ],
    ['http://example.com:80/a', 'http://example.com/a'],
    ['https://example.com/a?UTM_Campaign=z', 'https://example.com/a'],
    ['https://example.com/a?z=1&z=0', 'https://example.com/a?z=0&z=1'],
    ['javascript:alert(1)', null],
    ['ftp://example.com/file', null],
    ['not a url', null],
  ];
  for (const [input, expected] of cases) {
    it(`${input} → ${expected}`, () => expect(canonicalUrl(input)).toBe(expected));
  }
});

describe('sanitizing feed HTML', () => {
  it('removes scripts, event handlers and javascript: links, keeps formatting and safe links', () => {
    const html = sanitizeFeedHtml(
      `<p onclick="x()">Hi <b>there</b><script>alert(1)</script><img src="https://x.test/i.png" onerror="alert(2)">` +
        `<a href="javascript:alert(3)">bad</a> <a href="https://ok.test/">good</a><iframe src="https://evil.test"></iframe><style>p{}</style></p>`,
    );
    expect(html).not.toMatch(/script|onerror|onclick|javascript:|iframe|style/i);
    expect(html).toContain('<b>there</b>');
    expect(html).toContain('<img src="https://x.test/i.png" />');
    expect(html).toContain('href="https://ok.test/"');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
  });

  it('turns HTML into plain text', () => {
    expect(htmlToText('<p>A &amp; B</p>\n<p>C</p>')).toBe('A & B C');
  });

  it('decodes &amp; last, so an escaped entity stays text (sanitizing)', () => {
    expect(htmlToText('<p>a &amp;lt;b&amp;gt; &amp;amp; c</p>')).toBe('a &lt;b&gt; &amp; c');
  });
});

describe('languages', () => {
  it('normalises tags and detects German and English offline', () => {
    expect(normaliseLanguage('de-DE')).toBe('de');
    expect(normaliseLanguage('pt-BR')).toBeNull();
    expect(detectLanguage('Die neue Plattform macht unsere Cloud sicherer und schneller für alle Kunden')).toBe('de');
    expect(detectLanguage('The new platform makes our cloud more secure and faster for every customer')).toBe('en');
  });
});

describe('feed parsing (feedsmith)', () => {
  it('survives an entity-expansion bomb without expanding it', () => {
    const started = Date.now();
    let feed;
    try {
      feed = parseFeedText(BILLION_LAUGHS);
    } catch (error) {
      expect(error).toEqual(jasmine.any(FeedParseError));
    }
    expect(Date.now() - started).toBeLessThan(1000);
    expect(JSON.stringify(feed ?? {}).length).toBeLessThan(10_000);
    expect(JSON.stringify(feed ?? {})).not.toContain('lollollol');
  });

  it('never resolves external entities', () => {
    let text = '';
    try {
      text = JSON.stringify(parseFeedText(XXE));
    } catch (error) {
      expect(error).toEqual(jasmine.any(FeedParseError));
    }
    expect(text).not.toContain('root:');
  });

  it('reads RSS, Atom and JSON Feed into one shape', () => {
    const rss = parseFeedText(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>R</title><language>de-DE</language><item><title>I &amp; more</title><link>https://x.test/i</link><description><![CDATA[<p>desc</p>]]></description><pubDate>Mon, 01 Jan 2024 00:00:00 GMT</pubDate><enclosure url="https://x.test/i.jpg" type="image/jpeg" length="1"/></item></channel></rss>`,
    );
    expect(rss).toEqual({
      format: 'rss',
      title: 'R',
      language: 'de-DE',
      items: [
        {
          title: 'I & more',
          link: 'https://x.test/i',
          html: '<p>desc</p>',
          imageUrl: 'https://x.test/i.jpg',
          publishedAt: new Date('2024-01-01T00:00:00Z'),
        },
      ],
    });
    const atom = parseFeedText(
      `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><id>a</id><updated>2024-01-01T00:00:00Z</updated><entry><title>E</title><link href="https://x.test/e"/><id>1</id><updated>2024-01-01T00:00:00Z</updated><content type="html">&lt;p&gt;c&lt;/p&gt;</content></entry></feed>`,
    );
    expect(atom.format).toBe('atom');
    expect(atom.items[0]).toEqual(jasmine.objectContaining({ title: 'E', link: 'https://x.test/e', html: '<p>c</p>' }));
    const json = parseFeedText(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'J',
        items: [{ id: '1', url: 'https://x.test/j', title: 'T', content_text: 'a < b' }],
      }),
    );
    expect(json.format).toBe('json');
    expect(json.items[0]).toEqual(jasmine.objectContaining({ title: 'T', link: 'https://x.test/j', html: 'a &lt; b' }));
  });

  it('refuses broken XML with a clear error', () => {
    expect(() => parseFeedText('<rss><channel><title>broken')).toThrowError(
      FeedParseError,
      /could not be read as RSS, Atom or JSON Feed/,
    );
  });
});

describe('ingestion: one entry', () => {
  const entry = { title: 'T', link: 'https://e.example.com/a', html: '<p>x</p>', imageUrl: null, publishedAt: null };

  it('resolves links against the feed URL and keeps only string http(s) image URLs', () => {
    expect(
      entryValues({ ...entry, link: '/rel', imageUrl: 'https://e.example.com/i.png' }, 'https://e.example.com/feed'),
    ).toEqual(
      jasmine.objectContaining({
        url: 'https://e.example.com/rel',
        canonicalUrl: 'https://e.example.com/rel',
        imageUrl: 'https://e.example.com/i.png',
      }),
    );
    expect(
      entryValues({ ...entry, imageUrl: 42 as unknown as string }, 'https://e.example.com/feed')?.imageUrl,
    ).toBeNull();
    expect(
      entryValues({ ...entry, imageUrl: { url: 'x' } as unknown as string }, 'https://e.example.com/feed')?.imageUrl,
    ).toBeNull();
  });

  it('skips an entry whose link cannot be parsed instead of throwing', () => {
    expect(entryValues({ ...entry, link: 'http://[x' }, 'https://e.example.com/feed')).toBeNull();
    expect(entryValues({ ...entry, link: null }, 'https://e.example.com/feed')).toBeNull();
  });
});
