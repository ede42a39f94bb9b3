import { IBAN_LENGTHS, ibanValid, luhnValid } from './checksums';
import type { TextRange } from '../types';

export interface PersonalDataHits {
  email: (TextRange & { domain: string })[];
  phone: TextRange[];
  iban: TextRange[];
  card: TextRange[];
}

const EMAIL_LOCAL = /[A-Za-z0-9._%+-]/;
const EMAIL_RE = /^[A-Za-z0-9._%+-]+@((?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,24})/;
const IBAN_START = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?=[ ]?[A-Z0-9])/g;
const CARD_RE = /(?<![\d.,])\d(?:[ -]?\d){12,18}(?![\d])/g;
// International (+49 …, 0031 …) and national DE/NL forms (030 1234567, 0171/1234567, 06-12345678, 020 123 4567).
const PHONE_INTL_RE = /(?<![\w+])(?:\+|00(?=[1-9]\d{0,2}[ -]))[1-9]\d{0,2}[ .\-/]?(?:\(0\)[ .\-/]?)?\(?\d{1,5}\)?(?:[ .\-/]?\d){4,12}(?!\d)/g;
const PHONE_NAT_RE = /(?<![\w+/.,-])(?:\(0\d{1,4}\)|0[1-9]\d{0,4})(?:[ \-/]\d{2,8}){1,3}(?![\d])|(?<![\w+/.,-])0[1-9]\d{8,10}(?![\d])/g;
const DIGIT2 = /\d\d/;

/** Finds personal data; checksums (mod-97, Luhn) keep order numbers and references out. */
export function findPersonalData(text: string, want: { email: boolean; phone: boolean; iban: boolean; card: boolean }): PersonalDataHits {
  const hits: PersonalDataHits = { email: [], phone: [], iban: [], card: [] };
  if (want.email) findEmails(text, hits.email);
  if (!DIGIT2.test(text)) return hits;
  const taken: TextRange[] = [...hits.email];
  const ibanLike: TextRange[] = [];
  if (want.iban || want.card || want.phone) findIbans(text, hits.iban, ibanLike);
  // Digits inside an IBAN-shaped token are not a phone or card number even if its checksum fails.
  taken.push(...hits.iban, ...ibanLike);
  if (want.card || want.phone) findCards(text, hits.card, taken);
  taken.push(...hits.card);
  if (want.phone) findPhones(text, hits.phone, taken);
  if (!want.iban) hits.iban = [];
  if (!want.card) hits.card = [];
  return hits;
}

function findEmails(text: string, out: PersonalDataHits['email']): void {
  let at = text.indexOf('@');
  while (at >= 0) {
    let s = at;
    while (s > 0 && EMAIL_LOCAL.test(text[s - 1])) s--;
    if (s < at) {
      const m = EMAIL_RE.exec(text.slice(s, at + 256));
      if (m) {
        let end = s + m[0].length;
        while (text[end - 1] === '.') end--;
        out.push({ start: s, end, domain: m[1].toLowerCase() });
        at = text.indexOf('@', end);
        continue;
      }
    }
    at = text.indexOf('@', at + 1);
  }
}

function findIbans(text: string, out: TextRange[], shaped: TextRange[]): void {
  IBAN_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = IBAN_START.exec(text)) !== null) {
    // Collect up to 34 alphanumerics allowing single spaces, remembering where each one ends.
    const start = m.index;
    let compact = '';
    const ends: number[] = [];
    let i = start;
    while (i < text.length && compact.length < 34) {
      const c = text[i];
      if (/[A-Z0-9]/.test(c)) {
        compact += c;
        ends.push(i + 1);
        i++;
      } else if (c === ' ' && /[A-Z0-9]/.test(text[i + 1] ?? '') && text[i - 1] !== ' ') i++;
      else break;
    }
    if (compact.length >= 15) shaped.push({ start, end: ends[ends.length - 1] });
    const known = IBAN_LENGTHS[compact.slice(0, 2)];
    const lengths = known ? [known] : Array.from({ length: compact.length - 14 }, (_, k) => compact.length - k);
    for (const len of lengths) {
      if (len > compact.length) continue;
      const end = ends[len - 1];
      if (/[A-Za-z0-9]/.test(text[end] ?? '')) continue; // must end on a word boundary
      if (ibanValid(compact.slice(0, len))) {
        out.push({ start, end });
        IBAN_START.lastIndex = end;
        break;
      }
    }
  }
}

function overlaps(r: TextRange, taken: TextRange[]): boolean {
  for (const t of taken) if (r.start < t.end && t.start < r.end) return true;
  return false;
}

function findCards(text: string, out: TextRange[], taken: TextRange[]): void {
  CARD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CARD_RE.exec(text)) !== null) {
    const r = { start: m.index, end: m.index + m[0].length };
    if (overlaps(r, taken)) continue;
    const digits = m[0].replace(/[ -]/g, '');
    // Issuer prefixes (Visa, Mastercard, Amex, Discover, Maestro/JCB/UnionPay) plus Luhn.
    if (/^(4|5[1-5]|2[2-7]|3[47]|6|35|62)/.test(digits) && luhnValid(digits)) out.push(r);
  }
}

function findPhones(text: string, out: TextRange[], taken: TextRange[]): void {
  for (const re of [PHONE_INTL_RE, PHONE_NAT_RE]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const r = { start: m.index, end: m.index + m[0].length };
      const digits = m[0].replace(/\D/g, '').length;
      if (digits < 8 || digits > 15 || overlaps(r, taken) || overlaps(r, out)) continue;
      out.push(r);
    }
  }
  out.sort((a, b) => a.start - b.start);
}
