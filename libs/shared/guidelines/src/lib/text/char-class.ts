/**
 * Character classes by lookup table: word boundaries and word splitting run per character on every
 * keystroke, so a table beats a Unicode-property regex per character.
 * 1 = word character of a spaced script, 2 = ideograph/kana/hangul (each one
 * counts as a word), 0 = anything else.
 */
let table: Uint8Array | null = null;

export function charTable(): Uint8Array {
  if (table) return table;
  const t = new Uint8Array(0x10000);
  const word = /[\p{L}\p{N}\p{M}_]/u;
  const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) t[c] = 0; // astral: mostly emoji, which separate words
    else {
      const s = String.fromCharCode(c);
      t[c] = cjk.test(s) ? 2 : word.test(s) ? 1 : 0;
    }
  }
  return (table = t);
}

export function charClass(code: number): number {
  return (table ?? charTable())[code];
}

export function isWordChar(code: number): boolean {
  return (table ?? charTable())[code] !== 0;
}
