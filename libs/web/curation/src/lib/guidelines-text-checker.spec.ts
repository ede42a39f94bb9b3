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
    const x = checker('x', 'https://example.com/a/long/link/path/that/x/counts/as/23');
    expect(x.length).toBe(23);
    expect(x.findings).toEqual([]);
    const result = checker('linkedin', 'This is confidential.', { language: 'en' });
    expect(result.limit).toBe(3000);
    expect(result.findings?.map((f) => f.ruleId)).toEqual(['confidential']);
    expect(result.findings?.[0].fix?.edits).toEqual([{ start: 8, end: 20, replacement: 'public' }]);
  });
});
