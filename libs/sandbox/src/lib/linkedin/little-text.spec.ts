import { LITTLE_TEXT_RESERVED, renderLittleText } from './little-text';

describe('renderLittleText', () => {
  it('keeps plain text, including emoji and non-Latin scripts', () => {
    expect(renderLittleText('Hello wörld 👋🏽 日本語 — ok!')).toEqual({
      text: 'Hello wörld 👋🏽 日本語 — ok!',
      truncated: false,
      truncatedAt: null,
      mentions: [],
      hashtags: [],
    });
  });

  it('resolves escapes of every reserved character', () => {
    const escaped = [...LITTLE_TEXT_RESERVED].map((character) => `\\${character}`).join(' ');
    const rendering = renderLittleText(escaped);
    expect(rendering.text).toBe([...LITTLE_TEXT_RESERVED].join(' '));
    expect(rendering.truncated).toBeFalse();
  });

  it('cuts the text at the first unescaped reserved character', () => {
    // Not # and @ (markup starters, below) nor \ (it escapes what follows it).
    for (const character of LITTLE_TEXT_RESERVED.replace(/[#@\\]/g, '')) {
      const rendering = renderLittleText(`before ${character} after`);
      expect(rendering.text).withContext(character).toBe('before ');
      expect(rendering.truncated).toBeTrue();
      expect(rendering.truncatedAt).toBe(7);
    }
    expect(renderLittleText('Price (incl. VAT)').text).toBe('Price ');
    expect(renderLittleText('trailing \\').text).toBe('trailing ');
    expect(renderLittleText('trailing \\').truncated).toBeTrue();
  });

  it('reads hashtags as markup', () => {
    const rendering = renderLittleText('Join #Chorus2026 and #café today');
    expect(rendering.text).toBe('Join #Chorus2026 and #café today');
    expect(rendering.hashtags).toEqual(['Chorus2026', 'café']);
  });

  it('cuts at a # that starts no hashtag, and at an unescaped _ inside one', () => {
    expect(renderLittleText('C# rocks').text).toBe('C');
    expect(renderLittleText('#foo_bar').text).toBe('#foo');
    expect(renderLittleText('#foo\\_bar').text).toBe('#foo_bar');
  });

  it('reads mentions as markup and shows the name', () => {
    const rendering = renderLittleText(
      'Thanks @[Ada Advocate](urn:li:person:abc_12-3) and @[Acme](urn:li:organization:42)!',
    );
    expect(rendering.text).toBe('Thanks Ada Advocate and Acme!');
    expect(rendering.mentions).toEqual([
      { name: 'Ada Advocate', urn: 'urn:li:person:abc_12-3' },
      { name: 'Acme', urn: 'urn:li:organization:42' },
    ]);
    expect(renderLittleText('@[Ann \\] B](urn:li:person:1)').text).toBe('Ann ] B');
  });

  it('cuts at an @ that is not a complete mention', () => {
    expect(renderLittleText('mail me@example.com').text).toBe('mail me');
    expect(renderLittleText('@[Ada](https://evil)').truncated).toBeTrue();
  });
});
