import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { guidelinesTextChecker } from './guidelines-text-checker';
import { SUGGESTED_TEXT_CHECKER, SuggestedTextChecker } from './text-limits';

const ruleSet = {
  id: 'test',
  version: 1,
  name: 'Test',
  languages: ['en'],
  rules: [
    {
      id: 'confidential',
      kind: 'banned-terms',
      enabled: true,
      severity: 'block',
      terms: [{ term: 'confidential', replacement: 'public' }],
      message: { en: 'Keep confidential information out.' },
      clause: { section: '2', text: { en: 'Do not share confidential information.' } },
    },
    {
      id: 'disclosure',
      kind: 'disclosure',
      enabled: true,
      severity: 'block',
      tags: ['#employee'],
      appendTag: { en: '#employee' },
      message: { en: 'Say that you work here, e.g. {tag}.' },
      clause: { section: '1', text: { en: 'Disclose your employment.' } },
    },
  ],
};

describe('guidelinesTextChecker (SUGGESTED_TEXT_CHECKER)', () => {
  let backend: HttpTestingController;
  let checker: SuggestedTextChecker;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: SUGGESTED_TEXT_CHECKER, useFactory: guidelinesTextChecker },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    checker = TestBed.inject(SUGGESTED_TEXT_CHECKER);
  });

  afterEach(() => backend.verify());

  it('falls back to the plain count until the rule set is loaded, and when it cannot be', () => {
    expect(checker('x', 'https://example.com/a/long/link/path/that/x/counts/as/23')).toEqual({ length: 56, limit: 280, over: false });
    backend.expectOne('/api/guidelines/client-rule-set').flush({ title: 'Oops' }, { status: 500, statusText: 'Error' });
    expect(checker('linkedin', 'confidential').findings).toBeUndefined();
  });

  it('gives the engine findings and X weighted counting once the rule set is loaded', () => {
    backend.expectOne('/api/guidelines/client-rule-set').flush({ version: 4, ruleSet });
    const x = checker('x', 'https://example.com/a/long/link/path/that/x/counts/as/23 #employee');
    expect(x.length).toBe(33);
    expect(x.findings).toEqual([]);
    const result = checker('linkedin', 'This is confidential.', { language: 'en' });
    expect(result.limit).toBe(3000);
    expect(result.findings?.map((f) => f.ruleId)).toEqual(['confidential', 'disclosure']);
    expect(result.findings?.[0].fix?.edits).toEqual([{ start: 8, end: 20, replacement: 'public' }]);
  });

  it('treats curated texts as company content: the disclosure rule asks for its tag, with a one-click fix', () => {
    backend.expectOne('/api/guidelines/client-rule-set').flush({ version: 4, ruleSet });
    const missing = checker('linkedin', 'Our new data centre opens', { language: 'en', url: 'https://acme.example/dc' });
    expect(missing.findings?.map((f) => f.ruleId)).toEqual(['disclosure']);
    expect(missing.findings?.[0].fix?.edits[0].replacement).toContain('#employee');
    expect(checker('linkedin', 'Our new data centre opens #employee', { language: 'en' }).findings).toEqual([]);
  });
});
