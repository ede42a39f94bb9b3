import type { RuleSet } from '@chorus/shared/guidelines';

/** A small rule set for specs: one banned term with a replacement, IBANs, and a pattern rule. */
export function testRuleSet(over: Partial<RuleSet> = {}): RuleSet {
  return {
    id: 'test',
    version: 1,
    name: 'Test rules',
    languages: ['en'],
    defaultLanguage: 'en',
    rules: [
      {
        id: 'confidential',
        kind: 'banned-terms',
        enabled: true,
        severity: 'block',
        terms: [{ term: 'confidential', replacement: 'public' }],
        message: { en: 'Keep confidential information out.' },
        clause: { section: '2. Confidentiality', text: { en: 'Do not share confidential information.' } },
      },
      {
        id: 'personal-data',
        kind: 'personal-data',
        enabled: true,
        severity: 'block',
        detect: ['iban'],
        message: { en: 'Remove personal data.' },
        clause: { section: '3. Privacy', text: { en: 'Respect privacy.' } },
      },
      {
        id: 'x-length',
        kind: 'length',
        enabled: false,
        severity: 'warn',
        network: 'x',
        maxLength: 280,
        message: { en: 'Too long for X.' },
        clause: { section: '5. Networks', text: { en: 'Keep within limits.' } },
      },
    ],
    ...over,
  };
}
