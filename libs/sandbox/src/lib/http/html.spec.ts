import { escapeHtml, linkifyText } from './html';

describe('escapeHtml', () => {
  it('escapes the characters that matter in content and attributes', () => {
    expect(escapeHtml(`<script>alert("x" & 'y')</script>`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;',
    );
  });
});

describe('linkifyText', () => {
  it('turns http and https links into anchors', () => {
    expect(linkifyText('Reset: https://chorus.test/reset?token=a&b=1 now')).toBe(
      'Reset: <a href="https://chorus.test/reset?token=a&amp;b=1" rel="noreferrer">https://chorus.test/reset?token=a&amp;b=1</a> now',
    );
    expect(linkifyText('http://localhost:4200/x')).toBe(
      '<a href="http://localhost:4200/x" rel="noreferrer">http://localhost:4200/x</a>',
    );
  });

  it('leaves trailing punctuation outside the link', () => {
    expect(linkifyText('Open (https://chorus.test/a).')).toBe(
      'Open (<a href="https://chorus.test/a" rel="noreferrer">https://chorus.test/a</a>).',
    );
  });

  it('does not let a link break out of its attribute', () => {
    const html = linkifyText('https://chorus.test/"onmouseover="alert(1)');
    expect(html).toBe(
      '<a href="https://chorus.test/" rel="noreferrer">https://chorus.test/</a>&quot;onmouseover=&quot;alert(1)',
    );
  });

  it('does not link other schemes and escapes the rest of the text', () => {
    expect(linkifyText('javascript:alert(1) <b>x</b>')).toBe('javascript:alert(1) &lt;b&gt;x&lt;/b&gt;');
  });

  it('handles several links and text without any', () => {
    expect(linkifyText('a https://x.test/1 b https://x.test/2')).toBe(
      'a <a href="https://x.test/1" rel="noreferrer">https://x.test/1</a> b <a href="https://x.test/2" rel="noreferrer">https://x.test/2</a>',
    );
    expect(linkifyText('')).toBe('');
    expect(linkifyText('https:// alone, https://.')).toBe('https:// alone, https://.');
    expect(linkifyText('http://a')).toBe('<a href="http://a" rel="noreferrer">http://a</a>');
  });
});
