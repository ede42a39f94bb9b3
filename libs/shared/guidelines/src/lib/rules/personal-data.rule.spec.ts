import { check } from '../engine';
import { ibanValid, luhnValid } from '../text/checksums';
import { input, one, slices } from '../test-helpers';

describe('guidelines rule: personal-data', () => {
  const c = one({ kind: 'personal-data', detect: ['email', 'phone', 'iban', 'card'], severities: { iban: 'block' }, allowedEmailDomains: ['acme.com'] });
  const found = (text: string): string[] => check(c, input(text)).flatMap((f) => slices(text, f.ranges));
  it('validates checksums', () => {
    expect(ibanValid('DE89370400440532013000')).toBeTrue();
    expect(ibanValid('DE89370400440532013001')).toBeFalse();
    expect(luhnValid('4111111111111111')).toBeTrue();
    expect(luhnValid('4111111111111112')).toBeFalse();
  });
  it('finds e-mail, phone, IBAN and card numbers, allowing listed e-mail domains', () => {
    expect(found('press@acme.com or jo@gmx.de')).toEqual(['jo@gmx.de']);
    expect(found('IBAN NL91ABNA0417164300.')).toEqual(['NL91ABNA0417164300']);
    expect(found('card 4111-1111-1111-1111')).toEqual(['4111-1111-1111-1111']);
    expect(found('tel +31 20 123 4567')).toEqual(['+31 20 123 4567']);
  });
  it('does not report order numbers failing the checksum, dates or prices', () => {
    expect(found('Order 4111 1111 1111 1112, 12.03.2026, EUR 1.234.567,00, ISBN 978-3-16-148410-0')).toEqual([]);
  });
});
