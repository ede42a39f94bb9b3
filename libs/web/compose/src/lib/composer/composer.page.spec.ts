import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ComposeDraft, CreateSharesRequest, OriginalityResult, Problem, ShareView } from '@chorus/shared/contracts';
import type { RuleSet } from '@chorus/shared/guidelines';
import { provideChorusIcons } from '@chorus/web/ui';
import { CHECK_TIME_DEBOUNCE_MS, ORIGINALITY_DEBOUNCE_MS } from './compose-model';
import { ComposerPage } from './composer.page';

@Component({ template: 'elsewhere' })
class StubPage {}

const X_TEXT = 'Launch day 🚀 https://go.acme.com/l/AbC123';
const LINKEDIN_TEXT = 'We launched today. Read more: https://go.acme.com/l/XyZ789';
const NEXT_YEAR = new Date().getFullYear() + 1;

function draft(over: Partial<ComposeDraft> = {}): ComposeDraft {
  return {
    contentItem: {
      id: 'item-1',
      title: 'Launch day',
      summary: 'We shipped the new app.',
      url: 'https://blog.example.com/launch',
      imageUrl: null,
      language: 'en',
      topicIds: [],
    },
    // The server's order does not matter: LinkedIn comes first.
    targets: [
      {
        network: 'x',
        account: { id: 'acc-x', handle: '@lee', state: 'connected' },
        text: X_TEXT,
        trackedUrl: 'https://go.acme.com/l/AbC123',
        maxLength: 280,
        lengthCounting: 'x-weighted',
      },
      {
        network: 'linkedin',
        account: { id: 'acc-li', handle: 'Lee Park', state: 'connected' },
        text: LINKEDIN_TEXT,
        trackedUrl: 'https://go.acme.com/l/XyZ789',
        maxLength: 3000,
        lengthCounting: 'characters',
      },
    ],
    alternativeTexts: [{ id: 'alt-1', network: 'x', text: 'Big news from the team: https://blog.example.com/launch' }],
    suggestedTimes: {
      basis: 'defaults',
      explanation: 'Common good times for LinkedIn and X: weekday mornings.',
      times: [{ at: `${NEXT_YEAR}-01-12T08:30:00Z`, network: null, reason: 'Weekday morning' }],
    },
    limits: { maxPerDay: { linkedin: 2, x: 3 }, minSpacingMinutes: 60, blackouts: [] },
    xOriginality: { threshold: 0.7 },
    xCost: { currency: 'USD', perPost: 0.01, perPostWithLink: 0.2 },
    nextQueueSlot: `${NEXT_YEAR}-01-13T09:00:00Z`,
    ...over,
  };
}

const RULE_SET: RuleSet = {
  id: 'test',
  version: 3,
  name: 'Test rules',
  languages: ['en'],
  defaultLanguage: 'en',
  rules: [
    {
      id: 'no-promises',
      kind: 'banned-terms',
      enabled: true,
      severity: 'warn',
      terms: [{ term: 'guarantee' }],
      message: { en: 'Avoid promises about results.' },
      clause: { section: '4. Claims', text: { en: 'Do not promise outcomes.' } },
    },
  ],
};

const ORIGINAL: OriginalityResult = {
  toSuggested: 0.12,
  toColleagues: 0.05,
  threshold: 0.7,
  allowed: true,
  explanation: 'Your post is your own.',
};

function share(id: string, network: 'linkedin' | 'x', over: Partial<ShareView> = {}): ShareView {
  return {
    id,
    network,
    state: 'publishing',
    timing: 'now',
    text: 'text',
    contentItem: { id: 'item-1', title: 'Launch day', url: null, imageUrl: null },
    trackedUrl: null,
    scheduledAt: '2026-11-25T10:00:00Z',
    dueAt: '2026-11-25T10:00:00Z',
    attempts: 0,
    publishedAt: null,
    postUrl: null,
    failure: null,
    needsConfirmation: false,
    account: null,
    createdAt: '2026-11-25T10:00:00Z',
    updatedAt: '2026-11-25T10:00:00Z',
    ...over,
  };
}

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('ComposerPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let snackBar: jasmine.SpyObj<MatSnackBar>;
  let element: HTMLElement;

  beforeEach(async () => {
    snackBar = jasmine.createSpyObj<MatSnackBar>('MatSnackBar', ['open']);
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'compose/:itemId', component: ComposerPage },
          { path: 'my-posts', component: StubPage },
          { path: 'feed', component: StubPage },
          { path: 'connections', component: StubPage },
        ]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideChorusIcons(),
        { provide: MatSnackBar, useValue: snackBar },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => backend.verify());

  const stable = () => harness.fixture.whenStable();
  const q = <T extends Element = HTMLElement>(testId: string) => element.querySelector<T>(`[data-testid="${testId}"]`);

  /** Opens the composer; X's originality is answered with `originality` (null: leave X unchecked). */
  async function open(value: ComposeDraft = draft(), originality: OriginalityResult | null = ORIGINAL): Promise<void> {
    await harness.navigateByUrl('/compose/item-1');
    element = harness.routeNativeElement as HTMLElement;
    backend.expectOne('/api/guidelines/client-rule-set').flush({ version: 3, ruleSet: RULE_SET });
    backend.expectOne('/api/compose/item-1').flush(value);
    await stable();
    if (originality) await answerOriginality(X_TEXT, originality);
  }

  async function answerOriginality(expectedText: string, result: OriginalityResult): Promise<void> {
    await pause(ORIGINALITY_DEBOUNCE_MS + 50);
    const call = backend.expectOne('/api/compose/originality');
    expect(call.request.body).toEqual({ contentItemId: 'item-1', text: expectedText });
    call.flush(result);
    await stable();
  }

  async function type(testId: string, value: string): Promise<void> {
    const field = q<HTMLInputElement | HTMLTextAreaElement>(testId);
    if (!field) throw new Error(`no ${testId}`);
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await stable();
  }

  async function click(testId: string): Promise<void> {
    const host = q(testId);
    if (!host) throw new Error(`no ${testId}`);
    // Material checkboxes and radios: the native input inside takes the click.
    (host.querySelector<HTMLElement>('input') ?? host).click();
    await stable();
  }

  async function submit(): Promise<TestRequest> {
    await click('compose-submit');
    return backend.expectOne('/api/shares');
  }

  it('shows the item and prefills each network with its text, LinkedIn first, with live counters', async () => {
    await open();
    expect(text(q('compose-item'))).toContain('Launch day');
    expect(text(q('compose-item'))).toContain('We shipped the new app.');
    const sections = Array.from(element.querySelectorAll('chorus-compose-target')).map((s) =>
      s.getAttribute('data-network'),
    );
    expect(sections).toEqual(['linkedin', 'x']);
    expect(q<HTMLTextAreaElement>('compose-text-linkedin')?.value).toBe(LINKEDIN_TEXT);
    expect(q<HTMLTextAreaElement>('compose-text-x')?.value).toBe(X_TEXT);
    expect(q('compose-target-linkedin')?.querySelector('input')?.checked).toBeTrue();
    expect(q('compose-target-x')?.querySelector('input')?.checked).toBeTrue();

    // LinkedIn counts characters; X weighs the emoji 2 and any link 23.
    expect(text(q('compose-count-linkedin'))).toContain(`${[...LINKEDIN_TEXT].length} / 3,000`);
    expect(text(q('compose-count-x'))).toContain('37 / 280');
    await type('compose-text-x', 'Proud of the team 🚀🚀 https://go.acme.com/l/AbC123 and https://example.org/x');
    expect(text(q('compose-count-x'))).toContain('74 / 280');
    await type('compose-text-linkedin', 'Short 🚀');
    expect(text(q('compose-count-linkedin'))).toContain('7 / 3,000');
    expect(text(q('compose-x-cost'))).toBe('This post costs about $0.20 on X because it contains a link.');
    await answerOriginality('Proud of the team 🚀🚀 https://go.acme.com/l/AbC123 and https://example.org/x', ORIGINAL);
  });

  it('shares now with the texts as written', async () => {
    await open();
    await type('compose-text-linkedin', 'My take: this launch matters. https://go.acme.com/l/XyZ789');
    expect(text(q('compose-submit'))).toBe('Share now');
    const call = await submit();
    expect(call.request.method).toBe('POST');
    expect(call.request.body).toEqual({
      contentItemId: 'item-1',
      timing: 'now',
      targets: [
        { network: 'linkedin', text: 'My take: this launch matters. https://go.acme.com/l/XyZ789' },
        { network: 'x', text: X_TEXT },
      ],
    } satisfies CreateSharesRequest);
    const navigate = spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(true);
    call.flush({ shares: [share('s1', 'linkedin'), share('s2', 'x')] }, { status: 201, statusText: 'Created' });
    await stable();
    expect(snackBar.open).toHaveBeenCalledWith('Posting to LinkedIn and X now.', undefined, jasmine.any(Object));
    expect(navigate).toHaveBeenCalledWith(['/my-posts']);
  });

  it('schedules at the picked local time, sent as ISO 8601 with the offset, after checking the time', async () => {
    await open();
    await click('compose-when-scheduled');
    expect(text(q('compose-submit'))).toBe('Schedule');
    expect(text(q('compose-zone'))).toContain(Intl.DateTimeFormat().resolvedOptions().timeZone);
    // Prefilled with the first suggested time, in the browser's zone.
    const suggested = new Date(`${NEXT_YEAR}-01-12T08:30:00Z`);
    expect(q<HTMLInputElement>('compose-time')?.value).toBe(
      `${String(suggested.getHours()).padStart(2, '0')}:${String(suggested.getMinutes()).padStart(2, '0')}`,
    );
    await type('compose-date', `${NEXT_YEAR}-03-15`);
    await type('compose-time', '09:30');
    await pause(CHECK_TIME_DEBOUNCE_MS + 50);
    const checks = backend.match('/api/shares/check-time');
    expect(checks.map((c) => c.request.body.network)).toEqual(['linkedin', 'x']);
    const local = new Date(NEXT_YEAR, 2, 15, 9, 30);
    for (const check of checks) {
      expect(new Date(check.request.body.at).getTime()).toBe(local.getTime());
      check.flush({ allowed: true, reasons: [] });
    }
    await stable();
    expect(text(q('compose-check-time'))).toContain('This time works.');

    const call = await submit();
    const body = call.request.body as CreateSharesRequest;
    expect(body.timing).toBe('scheduled');
    expect(body.scheduledAt).toMatch(new RegExp(`^${NEXT_YEAR}-03-15T09:30:00[+-]\\d{2}:\\d{2}$`));
    expect(new Date(body.scheduledAt ?? '').getTime()).toBe(local.getTime());
    call.flush(
      { shares: [share('s1', 'linkedin', { state: 'scheduled', scheduledAt: local.toISOString() })] },
      { status: 201, statusText: 'Created' },
    );
    await stable();
    expect(snackBar.open.calls.mostRecent().args[0]).toMatch(/^Scheduled for .* \(LinkedIn and X\)\.$/);
  });

  it('explains why a picked time is not allowed, once per reason, and does not send', async () => {
    await open();
    await click('compose-when-scheduled');
    await type('compose-date', `${NEXT_YEAR}-03-15`);
    await type('compose-time', '23:30');
    await pause(CHECK_TIME_DEBOUNCE_MS + 50);
    const quiet = 'Your organisation does not post between 22:00 and 07:00 (Quiet hours).';
    const [linkedin, x] = backend.match('/api/shares/check-time');
    linkedin.flush({ allowed: false, reasons: [quiet, 'You already have 2 LinkedIn posts that day (limit 2).'] });
    x.flush({ allowed: false, reasons: [quiet] });
    await stable();
    const reasons = Array.from(q('compose-check-time')?.querySelectorAll('li') ?? []).map((li) => text(li));
    expect(reasons).toEqual([quiet, 'LinkedIn: You already have 2 LinkedIn posts that day (limit 2).']);
    await click('compose-submit');
    backend.expectNone('/api/shares');
    expect(text(q('compose-when-error'))).toBe('Pick another time: this one is not allowed (see why above).');
  });

  it('adds the queue option with the next free slot, or a link to set up the queue', async () => {
    await open(draft({ nextQueueSlot: null }), null);
    await click('compose-when-queue');
    expect(text(q('compose-submit'))).toBe('Add to queue');
    expect(q('compose-setup-queue')?.getAttribute('href')).toBe('/my-posts?view=schedule');
    await click('compose-submit');
    backend.expectNone('/api/shares');
    expect(text(q('compose-when-error'))).toContain('Set up your weekly queue first');
    await pause(ORIGINALITY_DEBOUNCE_MS + 50);
    backend.expectOne('/api/compose/originality').flush(ORIGINAL);
  });

  it('shows X refusing a post that is too similar, live and from the server', async () => {
    await open(draft(), { ...ORIGINAL, toSuggested: 0.84, allowed: false, explanation: 'Mostly the suggested text.' });
    expect(text(q('compose-originality'))).toContain('84% similar to the suggested text');
    expect(text(q('compose-originality'))).toContain('limit 70%');
    expect(q('compose-originality-refused')).not.toBeNull();

    await type('compose-text-x', 'Our team worked on this for a year and I am proud. https://go.acme.com/l/AbC123');
    await answerOriginality(
      'Our team worked on this for a year and I am proud. https://go.acme.com/l/AbC123',
      ORIGINAL,
    );
    expect(q('compose-originality-refused')).toBeNull();

    // Colleagues posted the same meanwhile: the server refuses it on sharing.
    const call = await submit();
    call.flush(
      {
        type: 'https://chorus.dev/problems/publishing.too_similar',
        title: 'Unprocessable Entity',
        status: 422,
        code: 'publishing.too_similar',
        detail: 'The X text is too similar to other posts.',
        errors: [
          { field: 'targets[1].text', message: 'Your X post is 81% similar to a colleague’s post; X allows 70%.' },
        ],
      } satisfies Problem,
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await stable();
    expect(text(q('compose-error-x'))).toBe('Your X post is 81% similar to a colleague’s post; X allows 70%.');
    expect(q('compose-error-linkedin')).toBeNull();
    expect(text(q('compose-form-error'))).toContain('too close to other posts');
  });

  it('asks to acknowledge a warning and sends its rule id', async () => {
    await open();
    await type('compose-text-linkedin', 'We guarantee you will love it. https://go.acme.com/l/XyZ789');
    expect(text(q('compose-findings-linkedin'))).toContain('Avoid promises about results.');
    expect(q('compose-highlight-linkedin')?.querySelector('mark.sev-warn')?.textContent).toBe('guarantee');
    await click('compose-submit');
    backend.expectNone('/api/shares');
    expect(text(q('compose-error-linkedin'))).toContain('I acknowledge');

    await click('compose-ack-linkedin-no-promises');
    const call = await submit();
    const body = call.request.body as CreateSharesRequest;
    expect(body.targets[0]).toEqual({
      network: 'linkedin',
      text: 'We guarantee you will love it. https://go.acme.com/l/XyZ789',
      acknowledgedRuleIds: ['no-promises'],
    });
    expect(body.targets[1]).toEqual({ network: 'x', text: X_TEXT });
    call.flush({ shares: [] }, { status: 201, statusText: 'Created' });
  });

  it('puts the server’s guideline findings on the right network with a way to acknowledge them', async () => {
    await open();
    const call = await submit();
    call.flush(
      {
        type: 'https://chorus.dev/problems/guidelines.acknowledgement_required',
        title: 'Unprocessable Entity',
        status: 422,
        code: 'guidelines.acknowledgement_required',
        detail: 'Acknowledge these guideline warnings to continue (rule-set version 3): disclosure.',
        errors: [
          {
            field: 'targets[1].acknowledgedRuleIds',
            ruleId: 'disclosure',
            kind: 'disclosure',
            severity: 'warn',
            ranges: [{ start: 0, end: 6 }],
            message: 'Say that you work here.',
            clause: { section: '1. Disclosure', text: 'Disclose your employment.' },
          },
        ] as unknown as Problem['errors'],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await stable();
    expect(text(q('compose-findings-x'))).toContain('Say that you work here.');
    expect(q('compose-highlight-x')?.querySelector('mark.sev-warn')?.textContent).toBe('Launch');
    expect(text(q('compose-findings-linkedin'))).not.toContain('Say that you work here.');
    await click('compose-ack-x-disclosure');
    const again = await submit();
    expect((again.request.body as CreateSharesRequest).targets[1].acknowledgedRuleIds).toEqual(['disclosure']);
    again.flush({ shares: [] }, { status: 201, statusText: 'Created' });
  });

  it('offers to connect a network that is not connected, and starts X from an alternative text', async () => {
    const [x, linkedin] = draft().targets;
    await open(draft({ targets: [{ ...x }, { ...linkedin, account: null }] }));
    const box = q('compose-target-linkedin')?.querySelector('input');
    expect(box?.disabled).toBeTrue();
    expect(q('compose-connect-linkedin')?.getAttribute('href')).toBe('/connections');
    expect(q('compose-text-linkedin')).toBeNull();

    element.querySelector<HTMLButtonElement>('[data-testid="compose-alternative"]')?.click();
    await stable();
    expect(q<HTMLTextAreaElement>('compose-text-x')?.value).toBe(
      'Big news from the team: https://go.acme.com/l/AbC123',
    );
    await answerOriginality('Big news from the team: https://go.acme.com/l/AbC123', ORIGINAL);
    const call = await submit();
    expect((call.request.body as CreateSharesRequest).targets.map((t) => t.network)).toEqual(['x']);
    call.flush({ shares: [] }, { status: 201, statusText: 'Created' });
  });

  it('shows an error with a retry when the draft cannot load', async () => {
    await harness.navigateByUrl('/compose/item-1');
    element = harness.routeNativeElement as HTMLElement;
    backend.expectOne('/api/guidelines/client-rule-set').flush({ version: 3, ruleSet: RULE_SET });
    backend
      .expectOne('/api/compose/item-1')
      .flush(
        { title: 'Not Found', status: 404, detail: 'The content item was not found.' },
        { status: 404, statusText: 'Not Found' },
      );
    await stable();
    expect(text(element.querySelector('[role="alert"]'))).toContain('The content item was not found.');
    q<HTMLButtonElement>('retry')?.click();
    backend.expectOne('/api/compose/item-1').flush(draft({ targets: [] }));
    await stable();
    expect(q('compose-item')).not.toBeNull();
  });
});
