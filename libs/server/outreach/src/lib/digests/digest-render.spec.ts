import { DigestItem, DigestLinks, escapeHtml, NUDGE_SUBJECT, renderDigestMail, renderNudgeMail } from './digest-render';

const links: DigestLinks = {
  compose: (id) => `https://chorus.test/compose/${id}`,
  unsubscribe: 'https://chorus.test/unsubscribe?token=abc.def',
  oneClick: 'https://chorus.test/api/outreach/unsubscribe/one-click?token=abc.def',
  preferences: 'https://chorus.test/notifications',
};

function item(overrides: Partial<DigestItem> = {}): DigestItem {
  return {
    id: 'item-1',
    title: 'Cloud security, explained',
    summary: 'What we learned',
    url: 'https://blog.example.com/cloud',
    featured: false,
    sourceName: 'Example blog',
    ...overrides,
  };
}

describe('digest mail rendering', () => {
  it('names the count in the subject, daily and weekly, singular and plural', () => {
    const one = renderDigestMail({ kind: 'digest', cadence: 'daily', recipientName: 'Ann', items: [item()], links });
    expect(one.subject).toBe('Your Chorus digest: 1 new post to share');
    const three = renderDigestMail({
      kind: 'digest',
      cadence: 'weekly',
      recipientName: 'Ann',
      items: [item({ id: 'a' }), item({ id: 'b' }), item({ id: 'c' })],
      links,
    });
    expect(three.subject).toBe('Your weekly Chorus digest: 3 new posts to share');
  });

  it('links every item to the composer and its article, in HTML and text', () => {
    const mail = renderDigestMail({
      kind: 'digest',
      cadence: 'daily',
      recipientName: 'Ann',
      items: [item({ id: 'i1' }), item({ id: 'i2', url: 'https://blog.example.com/two' })],
      links,
    });
    expect(mail.html).toContain('href="https://chorus.test/compose/i1"');
    expect(mail.html).toContain('href="https://chorus.test/compose/i2"');
    expect(mail.html).toContain('href="https://blog.example.com/cloud"');
    expect(mail.html).toContain('>Share this</a>');
    expect(mail.text).toContain('Share this: https://chorus.test/compose/i1');
    expect(mail.text).toContain('Read: https://blog.example.com/two');
  });

  it('has the unsubscribe footer and the one-click headers', () => {
    const mail = renderDigestMail({ kind: 'digest', cadence: 'daily', recipientName: 'Ann', items: [item()], links });
    expect(mail.html).toContain('href="https://chorus.test/unsubscribe?token=abc.def"');
    expect(mail.html).toContain('href="https://chorus.test/notifications"');
    expect(mail.text).toContain('Unsubscribe: https://chorus.test/unsubscribe?token=abc.def');
    expect(mail.text).toContain('Change how often you get these: https://chorus.test/notifications');
    expect(mail.headers).toEqual({
      'List-Unsubscribe': '<https://chorus.test/api/outreach/unsubscribe/one-click?token=abc.def>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
  });

  it('escapes everything that came from content and people', () => {
    const mail = renderDigestMail({
      kind: 'digest',
      cadence: 'daily',
      recipientName: '<b>Mallory</b>',
      items: [
        item({
          title: '<script>alert("t")</script>',
          summary: '"quoted" & <i>tagged</i>',
          sourceName: "<img src=x onerror='1'>",
          url: 'https://example.com/?a=1&b="2"',
        }),
      ],
      links,
    });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).not.toContain('<b>Mallory');
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt;');
    expect(mail.html).toContain('&quot;quoted&quot; &amp; &lt;i&gt;tagged&lt;/i&gt;');
    expect(mail.html).toContain('href="https://example.com/?a=1&amp;b=%222%22"');
  });

  it('does not link articles that are not http(s)', () => {
    const mail = renderDigestMail({
      kind: 'digest',
      cadence: 'daily',
      recipientName: 'Ann',
      items: [item({ url: 'javascript:alert(1)' })],
      links,
    });
    expect(mail.html).not.toContain('javascript:');
    expect(mail.text).not.toContain('javascript:');
    expect(mail.html).toContain('href="https://chorus.test/compose/item-1"');
  });

  it('renders a nudge with the one item, the composer link and the footer', () => {
    const mail = renderNudgeMail({ kind: 'nudge', recipientName: 'Ann', item: item({ featured: true }), links });
    expect(mail.subject).toBe(NUDGE_SUBJECT);
    expect(mail.html).toContain('href="https://chorus.test/compose/item-1"');
    expect(mail.html).toContain('Featured');
    expect(mail.text).toContain('★ Cloud security, explained');
    expect(mail.text).toContain('Unsubscribe: https://chorus.test/unsubscribe?token=abc.def');
    expect(mail.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
  });

  it('escapes the five HTML characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
