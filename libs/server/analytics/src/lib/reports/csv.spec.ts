import { toCsv } from './csv';

describe('toCsv', () => {
  it('writes a header and one line per row with CRLF line ends', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          [1, 'x'],
          [2, 'y'],
        ],
      ),
    ).toBe('a,b\r\n1,x\r\n2,y\r\n');
  });

  it('quotes cells with commas, quotes and line breaks, doubling the quotes', () => {
    const text = toCsv(['title', 'n'], [['Hello, "world"\nagain', 3]]);
    expect(text).toBe('title,n\r\n"Hello, ""world""\nagain",3\r\n');
  });

  it('writes null and undefined as empty cells and booleans as words', () => {
    expect(toCsv(['a', 'b', 'c'], [[null, undefined, true]])).toBe('a,b,c\r\n,,true\r\n');
  });

  it('defuses cells that a spreadsheet would run as formulas, not negative numbers', () => {
    expect(toCsv(['t', 'n'], [['=HYPERLINK("x")', -3]])).toBe('t,n\r\n"\'=HYPERLINK(""x"")",-3\r\n');
    expect(toCsv(['t'], [['@SUM(A1)'], ['+1'], ['-1'], ['plain']])).toBe("t\r\n'@SUM(A1)\r\n'+1\r\n'-1\r\nplain\r\n");
  });
});
