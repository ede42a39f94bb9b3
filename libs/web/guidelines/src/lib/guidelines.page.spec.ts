import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { RuleSetJson, RuleSetVersionView } from '@chorus/shared/contracts';
import type { RuleSet } from '@chorus/shared/guidelines';
import { provideChorusIcons } from '@chorus/web/ui';
import { GuidelinesPage, ruleMessage } from './guidelines.page';
import { testRuleSet } from './test-rule-set';

function view(version: number, ruleSet: RuleSet = testRuleSet()): RuleSetVersionView {
  return { version, ruleSet: ruleSet as unknown as RuleSetJson, note: '', createdAt: '2026-11-25T09:00:00Z', createdBy: null };
}
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const pause = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));

describe('GuidelinesPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'guidelines', component: GuidelinesPage }]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideChorusIcons(),
        { provide: MatSnackBar, useValue: jasmine.createSpyObj<MatSnackBar>('MatSnackBar', ['open']) },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  async function open(): Promise<HTMLElement> {
    const page = harness.navigateByUrl('/guidelines', GuidelinesPage);
    await pause(0);
    backend.expectOne('/api/guidelines/rule-set').flush(view(3));
    backend.expectOne('/api/guidelines/rule-set/versions').flush([
      { version: 3, note: 'Tightened', ruleCount: 3, createdAt: '2026-11-25T09:00:00Z', createdBy: { id: 'u1', name: 'Cora' } },
      { version: 1, note: '', ruleCount: 3, createdAt: '2026-11-01T09:00:00Z', createdBy: null },
    ]);
    await page;
    for (const req of backend.match('/api/guidelines/client-rule-set')) req.flush({ version: 3, ruleSet: testRuleSet() });
    harness.detectChanges();
    await harness.fixture.whenStable();
    return harness.routeNativeElement!;
  }

  const refresh = async () => {
    harness.detectChanges();
    await harness.fixture.whenStable();
  };

  afterEach(() => backend.verify());

  it('shows the active version and the rules grouped by kind with severity and clause', async () => {
    const element = await open();
    expect(text(element.querySelector('[data-testid="guidelines-version"]'))).toContain('Active version 3');
    const titles = Array.from(element.querySelectorAll('.group-title')).map((h) => text(h));
    expect(titles).toContain('Banned and confidential terms');
    expect(titles).toContain('Personal data');
    const rule = element.querySelector('[data-testid="rule-confidential"]')!;
    expect(text(rule.querySelector('[data-testid="rule-severity-chip"]'))).toBe('Block');
    expect(text(rule)).toContain('2. Confidentiality');
    expect(text(rule)).toContain('Do not share confidential information.');
    expect(text(element.querySelector('[data-testid="guidelines-history"]'))).toContain('Version 1');
    expect(element.querySelector('[data-testid="try-post"]')).not.toBeNull();
  });

  it('toggles a rule optimistically, PATCHes it and shows the new version', async () => {
    const element = await open();
    const toggle = element.querySelector<HTMLButtonElement>('[data-testid="rule-enabled-x-length"] button')!;
    toggle.click();
    await refresh();
    const req = backend.expectOne('/api/guidelines/rules/x-length');
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toEqual({ enabled: true });
    expect(element.querySelector('[data-testid="rule-x-length"]')!.classList).not.toContain('disabled');
    const next = testRuleSet();
    next.rules[2] = { ...next.rules[2], enabled: true };
    req.flush(view(4, next));
    backend.expectOne('/api/guidelines/rule-set/versions').flush([]);
    await refresh();
    expect(text(element.querySelector('[data-testid="guidelines-version"]'))).toContain('Active version 4');
  });

  it('rolls a toggle back when the server refuses it', async () => {
    const element = await open();
    element.querySelector<HTMLButtonElement>('[data-testid="rule-enabled-confidential"] button')!.click();
    await refresh();
    expect(element.querySelector('[data-testid="rule-confidential"]')!.classList).toContain('disabled');
    backend
      .expectOne('/api/guidelines/rules/confidential')
      .flush({ title: 'Forbidden', status: 403, detail: 'Only curators may change rules.' }, { status: 403, statusText: 'Forbidden' });
    await refresh();
    expect(element.querySelector('[data-testid="rule-confidential"]')!.classList).not.toContain('disabled');
    expect(text(element.querySelector('[data-testid="guidelines-error"]'))).toContain('Only curators may change rules.');
    expect(text(element.querySelector('[data-testid="guidelines-version"]'))).toContain('Active version 3');
  });

  it('blocks an invalid rule set in the JSON dialog before sending it', async () => {
    const element = await open();
    element.querySelector<HTMLButtonElement>('[data-testid="guidelines-edit-json"]')!.click();
    await refresh();
    const area = document.querySelector<HTMLTextAreaElement>('[data-testid="json-text"]')!;
    const bad = testRuleSet();
    (bad.rules[0] as { severity: string }).severity = 'fatal';
    area.value = JSON.stringify(bad);
    area.dispatchEvent(new Event('input'));
    document.querySelector<HTMLButtonElement>('[data-testid="json-save"]')!.click();
    await refresh();
    expect(text(document.querySelector('[data-testid="json-error"]'))).toContain('Rule “confidential”, field “severity”');
    backend.expectNone('/api/guidelines/rule-set');

    area.value = '{ not json';
    area.dispatchEvent(new Event('input'));
    document.querySelector<HTMLButtonElement>('[data-testid="json-save"]')!.click();
    await refresh();
    expect(text(document.querySelector('[data-testid="json-error"]'))).toContain('not valid JSON');
    backend.expectNone('/api/guidelines/rule-set');
  });

  it('shows the server field errors from the JSON dialog', async () => {
    await open();
    document.querySelector<HTMLButtonElement>('[data-testid="guidelines-edit-json"]')!.click();
    await refresh();
    document.querySelector<HTMLButtonElement>('[data-testid="json-save"]')!.click();
    await refresh();
    const req = backend.expectOne((r) => r.method === 'PUT' && r.url === '/api/guidelines/rule-set');
    expect((req.request.body as { ruleSet: RuleSet }).ruleSet.id).toBe('test');
    req.flush(
      { title: 'Bad Request', status: 400, code: 'guidelines.invalid_rule_set', detail: 'The rule set is invalid.', errors: [{ field: 'rules[1].pattern', message: 'unsafe pattern' }] },
      { status: 400, statusText: 'Bad Request' },
    );
    await refresh();
    expect(text(document.querySelector('[data-testid="json-error"]'))).toContain('The rule set is invalid.');
    expect(text(document.querySelector('[data-testid="json-field-errors"]'))).toContain('rules[1].pattern: unsafe pattern');
  });

  it('refuses a malformed import file and changes nothing', async () => {
    const element = await open();
    const page = harness.fixture.debugElement.query((d) => d.componentInstance instanceof GuidelinesPage)?.componentInstance as GuidelinesPage;
    const file = new File(['{ "id": "x", '], 'broken.json', { type: 'application/json' });
    const input = { files: [file], value: 'C:\\fakepath\\broken.json' } as unknown as HTMLInputElement;
    await page.importFile({ target: input } as unknown as Event);
    await refresh();
    expect(text(element.querySelector('[data-testid="guidelines-error"]'))).toContain('broken.json was not imported. This is not valid JSON');
    expect(text(element.querySelector('[data-testid="guidelines-version"]'))).toContain('Active version 3');
    backend.expectNone('/api/guidelines/rule-set/import');
  });

  it('imports a valid file as a new version', async () => {
    const element = await open();
    const page = harness.fixture.debugElement.query((d) => d.componentInstance instanceof GuidelinesPage)?.componentInstance as GuidelinesPage;
    const file = new File([JSON.stringify(testRuleSet())], 'rules.json', { type: 'application/json' });
    await page.importFile({ target: { files: [file], value: '' } } as unknown as Event);
    const req = backend.expectOne('/api/guidelines/rule-set/import');
    expect(req.request.body.note).toBe('Imported from rules.json');
    req.flush(view(5));
    backend.expectOne('/api/guidelines/rule-set/versions').flush([]);
    await refresh();
    expect(text(element.querySelector('[data-testid="guidelines-version"]'))).toContain('Active version 5');
  });
});

describe('ruleMessage', () => {
  it('shows the disclosure tag and hides placeholders that only findings fill in', () => {
    const disclosure = {
      id: 'disclosure',
      kind: 'disclosure',
      severity: 'block',
      appendTag: { en: '#employee', de: '#Mitarbeiter' },
      message: { en: 'Say that you work there, e.g. {tag}.' },
    } as unknown as Parameters<typeof ruleMessage>[0];
    const banned = {
      id: 'banned',
      kind: 'banned-terms',
      severity: 'warn',
      message: { en: '"{term}" is not allowed ({similarity}%).' },
    } as unknown as Parameters<typeof ruleMessage>[0];
    expect(ruleMessage(disclosure)).toBe('Say that you work there, e.g. #employee.');
    expect(ruleMessage(banned)).toBe('"…" is not allowed (…%).');
  });
});
