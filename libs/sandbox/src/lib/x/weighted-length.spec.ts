import { findUrls, wrapUrls } from './urls';
import { weightedLength, X_MAX_WEIGHTED_LENGTH } from './weighted-length';

describe('weightedLength', () => {
  it('counts Latin text, punctuation and Cyrillic as 1 per character', () => {
    expect(weightedLength('Hello, world!')).toBe(13);
    expect(weightedLength('Привет')).toBe(6);
    expect(weightedLength('a'.repeat(X_MAX_WEIGHTED_LENGTH))).toBe(280);
  });

  it('counts CJK and other heavy code points as 2', () => {
    expect(weightedLength('日本語')).toBe(6);
    expect(weightedLength('한국어')).toBe(6);
    expect(weightedLength('a'.repeat(139) + '日')).toBe(141);
  });

  it('counts the light general punctuation ranges as 1', () => {
    expect(weightedLength('\u2010\u2014\u201c\u201d\u2032')).toBe(5);
    expect(weightedLength('\u2030')).toBe(2);
  });

  it('counts every emoji as 2, including sequences, skin tones and flags', () => {
    expect(weightedLength('👋')).toBe(2);
    expect(weightedLength('👋🏽')).toBe(2);
    expect(weightedLength('👨‍👩‍👧‍👦')).toBe(2);
    expect(weightedLength('🇩🇪')).toBe(2);
    expect(weightedLength('1️⃣')).toBe(2);
    expect(weightedLength('ok 🎉!')).toBe(6);
  });

  it('counts every URL as 23, however long or short', () => {
    expect(weightedLength('https://example.com/a/very/long/path?with=query&and=more')).toBe(23);
    expect(weightedLength('see x.co')).toBe(4 + 23);
    expect(weightedLength('Read https://chorus.test/p/1 and www.example.org/x.')).toBe(5 + 23 + 5 + 23 + 1);
  });

  it('normalizes to NFC first', () => {
    expect(weightedLength('e\u0301')).toBe(1);
  });
});

describe('findUrls', () => {
  it('finds URLs with scheme, www. and bare domains, not e-mail addresses', () => {
    const text = 'a https://chorus.test/x?y=1, b www.acme.io c example.com/path. mail ann@example.com';
    expect(findUrls(text).map((found) => found.url)).toEqual([
      'https://chorus.test/x?y=1',
      'www.acme.io',
      'example.com/path',
    ]);
  });

  it('keeps a balanced closing parenthesis', () => {
    expect(findUrls('(see https://en.wikipedia.org/wiki/Foo_(bar))').map((found) => found.url)).toEqual([
      'https://en.wikipedia.org/wiki/Foo_(bar)',
    ]);
  });

  it('wraps URLs in 23-character t.co links and records where they are', () => {
    const wrapped = wrapUrls('Go to https://chorus.test/a now', () => 'AbCdEfGhIj');
    expect(wrapped.text).toBe('Go to https://t.co/AbCdEfGhIj now');
    expect(wrapped.urls).toEqual([
      { url: 'https://t.co/AbCdEfGhIj', expandedUrl: 'https://chorus.test/a', start: 6, end: 29 },
    ]);
    expect('https://t.co/AbCdEfGhIj'.length).toBe(23);
  });
});
