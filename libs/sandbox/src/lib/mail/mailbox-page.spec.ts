import { CaughtMail } from './mail-store';
import { MAILBOX_TITLE, renderMailboxPage } from './mailbox-page';

function mail(overrides: Partial<CaughtMail> = {}): CaughtMail {
  return {
    id: 'b6f1c1de-0000-4000-8000-000000000001',
    receivedAt: '2030-01-02T03:04:05.000Z',
    from: 'no-reply@chorus.test',
    to: ['ann@example.test'],
    subject: 'Reset your password',
    text: 'Open https://chorus.test/reset?token=abc to continue.',
    ...overrides,
  };
}

describe('renderMailboxPage', () => {
  it('shows the heading and each message with a clickable link', () => {
    const html = renderMailboxPage([mail()]);
    expect(MAILBOX_TITLE).toBe('Chorus sandbox — mailbox');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<h1>Chorus sandbox — mailbox</h1>');
    expect(html).toContain('<h2>Reset your password</h2>');
    expect(html).toContain('ann@example.test');
    expect(html).toContain(
      'Open <a href="https://chorus.test/reset?token=abc" rel="noreferrer">https://chorus.test/reset?token=abc</a> to continue.',
    );
    expect(html).toContain('1 message, newest first');
  });

  it('keeps the order it is given', () => {
    const html = renderMailboxPage([mail({ id: 'n', subject: 'newer' }), mail({ id: 'o', subject: 'older' })]);
    expect(html.indexOf('newer')).toBeLessThan(html.indexOf('older'));
    expect(html).toContain('2 messages, newest first');
  });

  it('escapes everything that came in by mail', () => {
    const html = renderMailboxPage([
      mail({
        id: '"><script>1</script>',
        subject: '<script>alert("subject")</script>',
        from: '<img src=x onerror=alert(1)>@x.test',
        to: ['"quoted"@example.test'],
        text: '</pre><script>alert(2)</script>',
      }),
    ]);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;subject&quot;)&lt;/script&gt;');
    expect(html).toContain('&lt;/pre&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html).toContain('&quot;quoted&quot;@example.test');
  });

  it('says so when there is no mail, and escapes the filter', () => {
    const html = renderMailboxPage([], { to: '<b>@x.test' });
    expect(html).toContain('No mail for &lt;b&gt;@x.test yet.');
    expect(html).toContain('href="/__sandbox/mailbox?to=%3Cb%3E%40x.test"');
  });

  it('names a message without a subject', () => {
    expect(renderMailboxPage([mail({ subject: ' ' })])).toContain('<h2>(no subject)</h2>');
  });

  it('links the HTML version of a message that has one, and only then', () => {
    const withHtml = renderMailboxPage([mail({ id: 'a b"<', html: '<p>Hi</p>' })]);
    expect(withHtml).toContain('<a href="/__sandbox/mail/a%20b%22%3C/html" rel="noreferrer">View the HTML version</a>');
    expect(withHtml).not.toContain('<p>Hi</p>');
    expect(renderMailboxPage([mail()])).not.toContain('View the HTML version');
  });
});
