import { check } from '../engine';
import { input, one } from '../test-helpers';
import { textSimilarity, withoutLinks } from './similarity';
import { findUrls } from './urls';

describe('textSimilarity', () => {
  const s = 'Our new dashboard shows every campaign in real time for every team.';

  it('is 1 for identical text', () => {
    expect(textSimilarity(s, [s])).toBe(1);
  });

  it('ignores links: the same words with a different tracked link are identical', () => {
    expect(textSimilarity(`${s} https://chorus.example/l/Ab3dE9xQ`, [`${s} https://chorus.example/l/Zz9yY8xX`])).toBe(
      1,
    );
    expect(
      textSimilarity(`Read this: go.acme.com/launch ${s}`, [`Read this: https://chorus.example/l/Zz9yY8xX ${s}`]),
    ).toBe(1);
  });

  it('does not glue the words around a link together', () => {
    // "before" and "after" stay two words; without the space they would read "beforeafter".
    expect(
      textSimilarity('one two before https://a.example.com/x after three four', ['one two before after three four']),
    ).toBe(1);
  });

  it('is the Jaccard of word shingles (3 words by default)', () => {
    // {a b c, b c d} vs {a b c, b c e}: 1 shared of 3 distinct.
    expect(textSimilarity('alpha beta gamma delta', ['alpha beta gamma epsilon'])).toBeCloseTo(1 / 3, 10);
    // Shingles of 1 word: {alpha, beta, gamma, delta} vs {alpha, beta, gamma, epsilon} → 3 of 5.
    expect(textSimilarity('alpha beta gamma delta', ['alpha beta gamma epsilon'], 1)).toBeCloseTo(3 / 5, 10);
  });

  it('takes the best match among the others', () => {
    expect(
      textSimilarity('alpha beta gamma delta', [
        'zeta eta theta',
        'alpha beta gamma epsilon',
        'alpha beta gamma delta',
      ]),
    ).toBe(1);
    expect(textSimilarity('alpha beta gamma delta', ['zeta eta theta', 'alpha beta gamma epsilon'])).toBeCloseTo(
      1 / 3,
      10,
    );
  });

  it('is low for a rewritten text', () => {
    const rewritten = 'Finally, one place where each of our teams can follow its campaigns live. Worth a look!';
    expect(textSimilarity(rewritten, [s])).toBe(0);
    const lightlyEdited = 'Our new dashboard shows every campaign live, for every team in the company.';
    // 5 shared shingles ("our new dashboard" … "shows every campaign", "for every team") of 10 + 11 − 5.
    expect(textSimilarity(lightlyEdited, [s])).toBeCloseTo(5 / 16, 10);
  });

  it('is 0 without others, for empty text, and for a text that is only a link', () => {
    expect(textSimilarity(s, [])).toBe(0);
    expect(textSimilarity('', [s])).toBe(0);
    expect(textSimilarity('   ', [s])).toBe(0);
    expect(textSimilarity('https://chorus.example/l/Ab3dE9xQ', ['https://chorus.example/l/Ab3dE9xQ'])).toBe(0);
    expect(textSimilarity(s, [''])).toBe(0);
  });

  it('folds case and diacritics like the guidelines engine', () => {
    expect(textSimilarity(s.toUpperCase(), [s])).toBe(1);
    expect(textSimilarity('Müller präsentiert das Café', ['MUELLER PRAESENTIERT DAS CAFE'])).toBe(1);
    expect(textSimilarity('Straße über Brücke', ['strasse ueber bruecke'])).toBe(1);
  });

  it('agrees with the originality rule about which texts cross its threshold', () => {
    const rule = one({ kind: 'originality', severity: 'warn', threshold: 0.5 });
    const texts = [
      s,
      s.toUpperCase() + ' https://chorus.example/l/Ab3dE9xQ',
      'Our new dashboard shows every campaign in real time for all of our teams.',
      'Our new dashboard shows every campaign live, for every team in the company.',
      'Something completely different about our summer party.',
      'ÜBER Straße: our new dashboard shows every campaign in real time for every team.',
    ];
    for (const t of texts) {
      const fired = check(rule, input(t, { comparisonTexts: [s] })).length > 0;
      expect(textSimilarity(t, [s]) > 0.5)
        .withContext(t)
        .toBe(fired);
    }
  });
});

describe('withoutLinks', () => {
  it('replaces each link with one space', () => {
    const t = 'See https://a.example.com/x and www.b.example.org now';
    expect(withoutLinks(t, findUrls(t))).toBe('See   and   now');
    expect(withoutLinks('no links', [])).toBe('no links');
  });
});
