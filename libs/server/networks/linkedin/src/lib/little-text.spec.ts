import { escapeLittleText } from './little-text';

describe('escapeLittleText', () => {
  it('leaves text without reserved characters alone, emoji and scripts included', () => {
    expect(escapeLittleText('Hello wörld 👋🏽 日本語 — 100% ok!')).toBe('Hello wörld 👋🏽 日本語 — 100% ok!');
    expect(escapeLittleText('')).toBe('');
  });

  it('escapes every reserved character outside markup', () => {
    expect(escapeLittleText('a|b{c}d[e]f(g)h<i>j*k_l~m\\n')).toBe(
      'a\\|b\\{c\\}d\\[e\\]f\\(g\\)h\\<i\\>j\\*k\\_l\\~m\\\\n',
    );
    expect(escapeLittleText('Price (incl. VAT) <b>*bold*</b>')).toBe('Price \\(incl. VAT\\) \\<b\\>\\*bold\\*\\</b\\>');
  });

  it('escapes a backslash the author typed, so it shows as one (escaped once)', () => {
    expect(escapeLittleText('C:\\temp \\(x\\)')).toBe('C:\\\\temp \\\\\\(x\\\\\\)');
  });

  it('keeps hashtags at the start of a word as markup', () => {
    expect(escapeLittleText('#Chorus rocks, join #café2026!')).toBe('#Chorus rocks, join #café2026!');
    expect(escapeLittleText('(#news)')).toBe('\\(#news\\)');
  });

  it('escapes a # that starts no hashtag, or sits inside a word', () => {
    expect(escapeLittleText('C# and F#')).toBe('C\\# and F\\#');
    expect(escapeLittleText('# alone')).toBe('\\# alone');
    expect(escapeLittleText('issue#12')).toBe('issue\\#12');
    expect(escapeLittleText('##double')).toBe('\\##double');
  });

  it('stops a hashtag at an underscore, which it escapes', () => {
    expect(escapeLittleText('#foo_bar')).toBe('#foo\\_bar');
  });

  it('keeps mentions as markup, escaping reserved characters in the shown name', () => {
    expect(escapeLittleText('Thanks @[Ada Advocate](urn:li:person:abc_1-2)!')).toBe(
      'Thanks @[Ada Advocate](urn:li:person:abc_1-2)!',
    );
    expect(escapeLittleText('@[Acme (EU)](urn:li:organization:42)')).toBe('@[Acme \\(EU\\)](urn:li:organization:42)');
  });

  it('escapes things that only look like mentions', () => {
    expect(escapeLittleText('mail me@example.com')).toBe('mail me\\@example.com');
    expect(escapeLittleText('@[x](https://evil.test)')).toBe('\\@\\[x\\]\\(https://evil.test\\)');
    expect(escapeLittleText('@[Ada](urn:li:person:)')).toBe('\\@\\[Ada\\]\\(urn:li:person:\\)');
  });
});
