import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders headings one level below the page title, paragraphs and lists', () => {
    expect(renderMarkdown('# Why we share\n\nFirst line\nsame paragraph.\n\n- one\n- two\n\n1. first\n2. second')).toBe(
      [
        '<h2>Why we share</h2>',
        '<p>First line same paragraph.</p>',
        '<ul><li>one</li><li>two</li></ul>',
        '<ol><li>first</li><li>second</li></ol>',
      ].join('\n'),
    );
  });

  it('renders bold, italic, inline code and safe links', () => {
    expect(
      renderMarkdown('**Bold**, *italic*, _also_ and `a*b*c` with [our blog](https://blog.example.com/a?x=1&y=2).'),
    ).toBe(
      '<p><strong>Bold</strong>, <em>italic</em>, <em>also</em> and <code>a*b*c</code> with ' +
        '<a href="https://blog.example.com/a?x=1&amp;y=2" target="_blank" rel="noopener noreferrer">our blog</a>.</p>',
    );
    expect(renderMarkdown('[feed](/feed)')).toBe('<p><a href="/feed">feed</a></p>');
  });

  it('escapes HTML and drops unsafe links to their text', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script> <img src=x onerror=alert(1)> [click](javascript:alert(1)) [data](data:text/html,x)',
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('href');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('click');
  });

  it('renders nothing for an empty body', () => {
    expect(renderMarkdown('')).toBe('');
    expect(renderMarkdown(null)).toBe('');
  });
});
