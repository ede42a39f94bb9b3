import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideChorusIcons } from '@chorus/web/ui';
import { applyEdits, highlightSegments } from './highlight';
import { testRuleSet } from './test-rule-set';
import { TryPostComponent } from './try-post.component';

const pause = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));

describe('TryPostComponent', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideChorusIcons(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  async function create() {
    const fixture = TestBed.createComponent(TryPostComponent);
    fixture.detectChanges();
    backend.expectOne('/api/guidelines/client-rule-set').flush({ version: 7, ruleSet: testRuleSet() });
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    const type = async (value: string) => {
      const area = element.querySelector<HTMLTextAreaElement>('[data-testid="try-post-text"]')!;
      area.value = value;
      area.dispatchEvent(new Event('input'));
      fixture.detectChanges();
      await fixture.whenStable();
    };
    return { fixture, element, type };
  }

  it('checks live as you type, with the client rule set', async () => {
    const { element, type } = await create();
    expect(element.textContent).toContain('version 7');
    await type('Nothing to see here');
    expect(element.querySelectorAll('[data-testid="finding"]').length).toBe(0);
    await type('This is confidential, pay to DE89 3704 0044 0532 0130 00');
    const findings = Array.from(element.querySelectorAll('[data-testid="finding"]'));
    expect(findings.map((f) => f.getAttribute('data-rule'))).toEqual(['confidential', 'personal-data']);
    expect(findings[0].textContent).toContain('2. Confidentiality');
    expect(findings[0].textContent).toContain('Do not share confidential information.');
  });

  it('highlights the offending text with <mark> ranges built from text nodes', async () => {
    const { element, type } = await create();
    await type('A confidential <b>plan</b>');
    const mirror = element.querySelector('[data-testid="try-post-mirror"]')!;
    const marks = Array.from(mirror.querySelectorAll('mark'));
    expect(marks.map((m) => m.textContent)).toEqual(['confidential']);
    expect(marks[0].getAttribute('data-start')).toBe('2');
    expect(marks[0].classList).toContain('sev-block');
    // The text is shown as text, never parsed as HTML.
    expect(mirror.querySelector('b')).toBeNull();
    expect(mirror.textContent).toContain('<b>plan</b>');
  });

  it('applies a one-click fix to the text', async () => {
    const { fixture, element, type } = await create();
    await type('This is confidential.');
    element.querySelector<HTMLButtonElement>('[data-testid="finding-fix"]')!.click();
    fixture.detectChanges();
    await fixture.whenStable();
    expect(element.querySelector<HTMLTextAreaElement>('[data-testid="try-post-text"]')!.value).toBe('This is public.');
    expect(element.querySelectorAll('[data-testid="finding"]').length).toBe(0);
  });

  it('waits briefly before re-checking long texts', async () => {
    const { element, type } = await create();
    await type('confidential ' + 'a'.repeat(1100));
    expect(element.querySelectorAll('[data-testid="finding"]').length).toBe(0);
    await pause(150);
    TestBed.tick();
    expect(element.querySelectorAll('[data-testid="finding"]').length).toBe(1);
  });

  it('counts X with weighted length and LinkedIn up to 3,000', async () => {
    const { element, type } = await create();
    await type('Read https://example.com/a/very/long/path/that/x/counts/as/twenty/three');
    expect(element.querySelector('[data-testid="try-post-count-x"]')!.textContent).toContain('28 / 280');
    expect(element.querySelector('[data-testid="try-post-count-linkedin"]')!.textContent).toContain('/ 3,000');
  });

  it('shows the server findings on request', async () => {
    const { fixture, element, type } = await create();
    await type('Hello');
    element.querySelector<HTMLButtonElement>('[data-testid="try-post-server"]')!.click();
    const req = backend.expectOne('/api/guidelines/check');
    expect(req.request.body).toEqual({ text: 'Hello', networks: ['linkedin', 'x'], language: 'en' });
    req.flush({
      version: 7,
      findings: [{ ruleId: 'originality', kind: 'originality', severity: 'warn', ranges: [], message: 'Too similar to a colleague.', clause: { section: '6', text: 'Be yourself.' } }],
    });
    fixture.detectChanges();
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="try-post-server-result"]')!.textContent).toContain('Too similar to a colleague.');
  });
});

describe('highlight helpers', () => {
  it('splits text at range boundaries, keeping the worst severity', () => {
    const segments = highlightSegments('abcdef', [
      { severity: 'info', ranges: [{ start: 1, end: 4 }] },
      { severity: 'block', ranges: [{ start: 2, end: 3 }] },
    ]);
    expect(segments).toEqual([
      { text: 'a', start: 0, severity: null },
      { text: 'b', start: 1, severity: 'info' },
      { text: 'c', start: 2, severity: 'block' },
      { text: 'd', start: 3, severity: 'info' },
      { text: 'ef', start: 4, severity: null },
    ]);
  });

  it('applies edits from the end', () => {
    expect(applyEdits('a b c', [{ start: 0, end: 1, replacement: 'AA' }, { start: 4, end: 5, replacement: 'C' }])).toBe('AA b C');
  });
});
