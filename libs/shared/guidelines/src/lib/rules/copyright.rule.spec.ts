import { check } from '../engine';
import { input, one, slices } from '../test-helpers';

describe('guidelines rule: copyright', () => {
  const src = 'one two three four five six seven eight nine ten eleven twelve';
  const c = one({ kind: 'copyright', maxConsecutiveWords: 5, requireSourceLink: true });
  const item = { url: 'https://news.example/a', isCompanyContent: false, sourceText: src };
  it('flags runs longer than N words, with their original ranges', () => {
    const text = 'Quote: "One two three four five six" and seven eight. https://news.example/a';
    const f = check(c, input(text, { contentItem: item }));
    expect(f.length).toBe(1);
    expect(slices(text, f[0].ranges)).toEqual(['One two three four five six']);
    expect(check(c, input('one two three four five. https://news.example/a', { contentItem: item })).length).toBe(0);
  });
  it('requires the source link on external content and offers to append it', () => {
    const [f] = check(c, input('Nice read', { contentItem: item }));
    expect(f.fix?.edits).toEqual([{ start: 9, end: 9, replacement: ' https://news.example/a' }]);
    expect(check(c, input('Nice read', { contentItem: { ...item, isCompanyContent: true } })).length).toBe(0);
  });
});
