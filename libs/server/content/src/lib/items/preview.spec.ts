import { langOf, titleOf } from './preview.service';

describe('preview: title and language extraction', () => {
  it('reads the title and the html lang attribute', () => {
    const html =
      '<!doctype html><html class="x" lang="de-DE"><head><title data-x="1">Hallo &amp; Welt</title></head></html>';
    expect(titleOf(html)).toBe('Hallo & Welt');
    expect(langOf(html)).toBe('de-DE');
    expect(titleOf('<html><head></head></html>')).toBe('');
    expect(langOf('<html><body lang="en"></body></html>')).toBeUndefined();
  });

  it('stays linear on hostile 5 MB inputs (80,000+ unclosed <title> or <html tags)', () => {
    for (const hostile of ['<title>'.repeat((5 * 1024 * 1024) / 7), '<html '.repeat((5 * 1024 * 1024) / 6)]) {
      const started = Date.now();
      titleOf(hostile);
      langOf(hostile);
      expect(Date.now() - started).toBeLessThan(250);
    }
  });
});
