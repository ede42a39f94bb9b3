import { fold, originalRange } from './fold';

describe('guidelines text: fold', () => {
  it('folds case, accents, umlauts and ß and maps offsets back', () => {
    const text = 'Größe ÄRGER café Ĳssel';
    const f = fold(text);
    expect(f.text).toBe('groesse aerger cafe ijssel');
    const s = f.text.indexOf('aerger');
    expect(text.slice(...Object.values(originalRange(f, s, s + 6)) as [number, number])).toBe('ÄRGER');
    const c = f.text.indexOf('cafe');
    expect(originalRange(f, c, c + 4)).toEqual({ start: 12, end: 16 });
  });
  it('keeps offsets of pure ASCII and astral text', () => {
    expect(fold('ABC').changes).toEqual([]);
    const f = fold('😀Über');
    expect(f.text).toBe('😀ueber');
    expect(originalRange(f, 2, 7)).toEqual({ start: 2, end: 6 });
  });
});
