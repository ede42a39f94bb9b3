import { check } from '../engine';
import { input, one } from '../test-helpers';

describe('guidelines rule: disclosure', () => {
  const c = one({ kind: 'disclosure', severity: 'block', tags: ['#employee', 'I work at ACME'], appendTag: { en: '#employee', de: '#Mitarbeiter' } });
  const item = { url: 'https://acme.com/a', isCompanyContent: true };
  it('requires a tag on company content and offers to append it', () => {
    const [f] = check(c, input('Look at this', { contentItem: item, language: 'de' }));
    expect(f.severity).toBe('block');
    expect(f.ranges).toEqual([{ start: 12, end: 12 }]);
    expect(f.fix?.edits).toEqual([{ start: 12, end: 12, replacement: ' #Mitarbeiter' }]);
  });
  it('accepts any tag or phrase, case-insensitively, only as a whole word', () => {
    expect(check(c, input('#EMPLOYEE here', { contentItem: item })).length).toBe(0);
    expect(check(c, input('i work at acme!', { contentItem: item })).length).toBe(0);
    expect(check(c, input('#employees', { contentItem: item })).length).toBe(1);
  });
  it('ignores posts without company content', () => {
    expect(check(c, input('Look')).length).toBe(0);
    expect(check(c, input('Look', { contentItem: { ...item, isCompanyContent: false } })).length).toBe(0);
  });
});
