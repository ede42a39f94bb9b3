import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ContentItem, ContentState, ItemFeedback } from '@chorus/shared/contracts';
import { AuthStore } from '@chorus/web/core';
import { provideChorusIcons } from '@chorus/web/ui';
import { FOUR_EYES_OWN_SUBMISSION } from '../content-workflow';
import { ContentEditorPage } from './content-editor.page';
import { ImportUrlDialog } from './import-url.dialog';

function item(over: Partial<ContentItem> = {}): ContentItem {
  return {
    id: 'c1',
    title: 'Our Q4 product launch',
    summary: 'Everything new this quarter.',
    url: 'https://blog.example.com/q4',
    imageUrl: null,
    sourceName: 'Company blog',
    origin: 'feed',
    language: 'en',
    state: 'draft',
    featured: false,
    topics: [{ id: 't1', name: 'Product' }],
    audiences: [],
    publishAt: null,
    expiresAt: null,
    createdAt: '2026-11-25T09:00:00Z',
    updatedAt: '2026-11-25T09:00:00Z',
    bodyHtml: '<p>Body</p>',
    suggestedTexts: [
      { id: 's1', network: 'linkedin', text: 'Proud of the team! #launch' },
      { id: 's2', network: 'x', text: 'New this quarter' },
    ],
    createdBy: { id: 'u1', name: 'Cora Curator' },
    submittedBy: null,
    approvedBy: null,
    approvedAt: null,
    ...over,
  };
}

const NO_FEEDBACK: ItemFeedback = {
  contentItemId: 'c1',
  ratingCount: 0,
  averageRating: null,
  distribution: [0, 0, 0, 0, 0],
  comments: [],
  textSuggestions: [],
};

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('ContentEditorPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'curation/content/new', component: ContentEditorPage },
          { path: 'curation/content/:id', component: ContentEditorPage },
        ]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideChorusIcons(),
        { provide: MatSnackBar, useValue: jasmine.createSpyObj<MatSnackBar>('MatSnackBar', ['open']) },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    TestBed.inject(AuthStore).setUser({
      id: 'u1',
      email: 'cora@example.com',
      name: 'Cora Curator',
      roles: ['curator'],
      groups: [],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => {
    backend.verify();
    TestBed.inject(MatDialog).closeAll();
    document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => (overlay.innerHTML = ''));
  });

  function flushLookups(fourEyes = false): void {
    backend.expectOne('/api/topics').flush([
      { id: 't1', name: 'Product', itemCount: 3 },
      { id: 't2', name: 'Culture', itemCount: 1 },
    ]);
    backend.expectOne('/api/groups').flush([
      { id: 'g1', name: 'Sales DACH', description: '', memberCount: 3, createdAt: '2026-01-01T00:00:00Z' },
    ]);
    backend.expectOne('/api/content/settings').flush({ requireSecondApprover: fourEyes });
  }

  async function open(answer: ContentItem, fourEyes = false, feedback: ItemFeedback = NO_FEEDBACK): Promise<HTMLElement> {
    await harness.navigateByUrl(`/curation/content/${answer.id}`);
    flushLookups(fourEyes);
    backend.expectOne(`/api/content/${answer.id}`).flush(answer);
    await harness.fixture.whenStable();
    backend.expectOne(`/api/enablement/items/${answer.id}/feedback`).flush({ ...feedback, contentItemId: answer.id });
    await harness.fixture.whenStable();
    return harness.routeNativeElement as HTMLElement;
  }

  const buttons = (element: HTMLElement) =>
    Array.from(element.querySelectorAll('[data-testid^="workflow-"]')).map((button) => text(button));

  function input(element: HTMLElement, testId: string, value: string): void {
    const field = element.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-testid="${testId}"]`);
    if (!field) throw new Error(`no ${testId}`);
    field.value = value;
    field.dispatchEvent(new Event('input'));
  }

  it('fills the form from the item, with suggested texts and their counters', async () => {
    const element = await open(item());
    expect(element.querySelector<HTMLInputElement>('[data-testid="editor-title"]')?.value).toBe('Our Q4 product launch');
    expect(element.querySelector<HTMLInputElement>('[data-testid="editor-url"]')?.value).toBe('https://blog.example.com/q4');
    expect(text(element.querySelector('[data-testid="editor-state"]'))).toBe('Draft');
    expect(element.querySelector('[data-testid="origin-advocate"]')).toBeNull();
    expect(text(element.querySelector('[data-testid="editor-topics"]'))).toContain('Product');
    expect(text(element.querySelector('[data-testid="suggested-text-count-0"]'))).toBe('26 / 3,000');
    expect(text(element.querySelector('[data-testid="suggested-text-count-1"]'))).toBe('16 / 280');

    input(element, 'suggested-text-input-1', 'x'.repeat(290));
    await harness.fixture.whenStable();
    expect(text(element.querySelector('[data-testid="suggested-text-count-1"]'))).toBe('290 / 280');
    expect(text(element.querySelector('[data-testid="suggested-text-1"]'))).toContain('10 characters over the X limit.');
  });

  const cases: Array<[ContentState, string[]]> = [
    ['new', ['Accept', 'Dismiss']],
    ['draft', ['Submit for review', 'Approve']],
    ['in_review', ['Approve', 'Reject']],
    ['approved', ['Archive']],
    ['archived', ['Restore']],
  ];
  for (const [state, expected] of cases) {
    it(`offers ${expected.join(' and ')} for a ${state} item`, async () => {
      const element = await open(item({ state, submittedBy: state === 'in_review' ? { id: 'u2', name: 'Other' } : null }));
      expect(buttons(element)).toEqual(expected);
      expect(element.querySelector('[data-testid="four-eyes-note"]')).toBeNull();
    });
  }

  it('with four-eyes on, hides Approve on my own submission and explains why', async () => {
    const element = await open(item({ state: 'in_review', submittedBy: { id: 'u1', name: 'Cora Curator' } }), true);
    expect(buttons(element)).toEqual(['Reject']);
    expect(text(element.querySelector('[data-testid="four-eyes-note"]'))).toBe(FOUR_EYES_OWN_SUBMISSION);
  });

  it('with four-eyes on, still lets me approve what someone else submitted', async () => {
    const element = await open(item({ state: 'in_review', submittedBy: { id: 'u2', name: 'Other' } }), true);
    expect(buttons(element)).toEqual(['Approve', 'Reject']);
  });

  it('saves the changes with PATCH', async () => {
    const element = await open(item());
    input(element, 'editor-title', 'Our Q4 launch, explained');
    element.querySelector<HTMLButtonElement>('[data-testid="add-text-x"]')?.click();
    await harness.fixture.whenStable();
    input(element, 'suggested-text-input-2', 'Second X text');
    element.querySelector<HTMLButtonElement>('[data-testid="editor-save"]')?.click();

    const call = backend.expectOne('/api/content/c1');
    expect(call.request.method).toBe('PATCH');
    expect(call.request.body).toEqual(
      jasmine.objectContaining({
        title: 'Our Q4 launch, explained',
        url: 'https://blog.example.com/q4',
        topicIds: ['t1'],
        audienceIds: [],
        featured: false,
        publishAt: null,
        expiresAt: null,
        suggestedTexts: [
          { network: 'linkedin', text: 'Proud of the team! #launch' },
          { network: 'x', text: 'New this quarter' },
          { network: 'x', text: 'Second X text' },
        ],
      }),
    );
    call.flush(item({ title: 'Our Q4 launch, explained' }));
    await harness.fixture.whenStable();
    expect(element.querySelector<HTMLInputElement>('[data-testid="editor-title"]')?.value).toBe('Our Q4 launch, explained');
  });

  it('shows the server’s validation errors at the fields', async () => {
    const element = await open(item());
    input(element, 'editor-title', 'Changed');
    element.querySelector<HTMLButtonElement>('[data-testid="editor-save"]')?.click();
    backend.expectOne('/api/content/c1').flush(
      {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        code: 'validation_failed',
        errors: [
          { field: 'title', message: 'title is already used by another item' },
          { field: 'suggestedTexts.1.text', message: 'text is longer than 280 characters' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await harness.fixture.whenStable();
    expect(text(element.querySelector('[data-testid="editor-title-error"]'))).toBe('title is already used by another item');
    expect(text(element.querySelector('[data-testid="suggested-text-error-1"]'))).toBe('text is longer than 280 characters');
    expect(text(element.querySelector('[data-testid="editor-error"]'))).toBe('Some fields need your attention.');
  });

  it('submits a draft for review', async () => {
    const element = await open(item());
    element.querySelector<HTMLButtonElement>('[data-testid="workflow-submit"]')?.click();
    const call = backend.expectOne('/api/content/c1/transition');
    expect(call.request.body).toEqual({ action: 'submit' });
    call.flush(item({ state: 'in_review', submittedBy: { id: 'u1', name: 'Cora Curator' } }));
    await harness.fixture.whenStable();
    expect(text(element.querySelector('[data-testid="editor-state"]'))).toBe('In review');
    expect(buttons(element)).toEqual(['Approve', 'Reject']);
  });

  it('saves unsaved edits before approving', async () => {
    const element = await open(item());
    input(element, 'editor-title', 'Edited');
    element.querySelector<HTMLButtonElement>('[data-testid="workflow-approve"]')?.click();
    const save = backend.expectOne('/api/content/c1');
    expect(save.request.method).toBe('PATCH');
    save.flush(item({ title: 'Edited' }));
    await harness.fixture.whenStable();
    const call = backend.expectOne('/api/content/c1/transition');
    expect(call.request.body).toEqual({ action: 'approve' });
    call.flush(item({ title: 'Edited', state: 'approved' }));
    await harness.fixture.whenStable();
    expect(buttons(element)).toEqual(['Archive']);
  });

  it('asks for a comment before rejecting', async () => {
    const element = await open(item({ state: 'in_review', submittedBy: { id: 'u2', name: 'Other' } }));
    element.querySelector<HTMLButtonElement>('[data-testid="workflow-reject"]')?.click();
    await harness.fixture.whenStable();
    document.querySelector<HTMLButtonElement>('[data-testid="reject-confirm"]')?.click();
    await harness.fixture.whenStable();
    backend.expectNone('/api/content/c1/transition');
    expect(text(document.querySelector('chorus-reject-dialog mat-error'))).toBe('Say why, so the author can fix it.');

    const comment = document.querySelector<HTMLTextAreaElement>('[data-testid="reject-comment"]');
    if (!comment) throw new Error('no comment field');
    comment.value = 'Please add a disclosure.';
    comment.dispatchEvent(new Event('input'));
    document.querySelector<HTMLButtonElement>('[data-testid="reject-confirm"]')?.click();
    await harness.fixture.whenStable();
    const call = backend.expectOne('/api/content/c1/transition');
    expect(call.request.body).toEqual({ action: 'reject', comment: 'Please add a disclosure.' });
    call.flush(item({ state: 'draft' }));
    await harness.fixture.whenStable();
  });

  it('explains a transition the server refuses', async () => {
    const element = await open(item({ state: 'approved' }));
    element.querySelector<HTMLButtonElement>('[data-testid="workflow-archive"]')?.click();
    backend.expectOne('/api/content/c1/transition').flush(
      { type: 'about:blank', title: 'Conflict', status: 409, code: 'content.invalid_transition', detail: 'The item is already archived.' },
      { status: 409, statusText: 'Conflict' },
    );
    await harness.fixture.whenStable();
    expect(text(element.querySelector('[data-testid="editor-error"]'))).toContain('The item is already archived.');
  });

  it('creates a new post with POST and opens it', async () => {
    await harness.navigateByUrl('/curation/content/new');
    flushLookups();
    await harness.fixture.whenStable();
    const element = harness.routeNativeElement as HTMLElement;
    expect(buttons(element)).toEqual([]);
    element.querySelector<HTMLButtonElement>('[data-testid="editor-save"]')?.click();
    await harness.fixture.whenStable();
    backend.expectNone('/api/content');
    expect(text(element)).toContain('Give it a title.');

    input(element, 'editor-title', 'Hiring in Berlin');
    element.querySelector<HTMLButtonElement>('[data-testid="editor-save"]')?.click();
    const call = backend.expectOne('/api/content');
    expect(call.request.method).toBe('POST');
    expect(call.request.body.title).toBe('Hiring in Berlin');
    expect(call.request.body.url).toBeUndefined();
    call.flush(item({ id: 'c9', title: 'Hiring in Berlin' }));
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/curation/content/c9');
    flushLookups();
    backend.expectOne('/api/content/c9').flush(item({ id: 'c9', title: 'Hiring in Berlin' }));
    await harness.fixture.whenStable();
    backend.expectOne('/api/enablement/items/c9/feedback').flush({ ...NO_FEEDBACK, contentItemId: 'c9' });
  });

  it('shows where an advocate-suggested item came from', async () => {
    const element = await open(item({ origin: 'advocate', state: 'in_review' }));
    expect(text(element.querySelector('[data-testid="origin-advocate"]'))).toBe('Suggested by an advocate');
  });

  it('adds an advocate’s text suggestion as a suggested text and saves it only with the form', async () => {
    const element = await open(item(), false, {
      ...NO_FEEDBACK,
      textSuggestions: [
        {
          id: 'ts1',
          contentItemId: 'c1',
          contentTitle: 'Our Q4 product launch',
          network: 'x',
          text: 'Launch day! Have a look',
          authorName: 'Ann Advocate',
          createdAt: '2026-11-25T11:00:00Z',
        },
      ],
    });
    expect(text(element.querySelector('[data-testid="item-feedback"]'))).toContain('Launch day! Have a look');
    element.querySelector<HTMLButtonElement>('[data-testid="item-feedback-use"]')?.click();
    await harness.fixture.whenStable();
    backend.expectNone('/api/content/c1');
    expect(element.querySelector<HTMLTextAreaElement>('[data-testid="suggested-text-input-2"]')?.value).toBe('Launch day! Have a look');
    expect(text(element.querySelector('[data-testid="suggested-text-2"]'))).toContain('X text 3');

    element.querySelector<HTMLButtonElement>('[data-testid="editor-save"]')?.click();
    const call = backend.expectOne('/api/content/c1');
    expect(call.request.body.suggestedTexts).toEqual([
      { network: 'linkedin', text: 'Proud of the team! #launch' },
      { network: 'x', text: 'New this quarter' },
      { network: 'x', text: 'Launch day! Have a look' },
    ]);
    call.flush(item());
    await harness.fixture.whenStable();
  });

  it('prefills a new post from the preview of ?url=', async () => {
    await harness.navigateByUrl('/curation/content/new?url=https%3A%2F%2Fnews.example.com%2Fa%3Futm_source%3Dx');
    flushLookups();
    const preview = backend.expectOne('/api/content/preview');
    expect(preview.request.body).toEqual({ url: 'https://news.example.com/a?utm_source=x' });
    preview.flush({
      url: 'https://news.example.com/a?utm_source=x',
      canonicalUrl: 'https://news.example.com/a',
      title: 'Industry report 2026',
      summary: 'What changed this year.',
      imageUrl: 'https://news.example.com/a.png',
      siteName: 'Example News',
      language: 'en',
    });
    await harness.fixture.whenStable();
    const element = harness.routeNativeElement as HTMLElement;
    expect(element.querySelector<HTMLInputElement>('[data-testid="editor-title"]')?.value).toBe('Industry report 2026');
    expect(element.querySelector<HTMLInputElement>('[data-testid="editor-url"]')?.value).toBe('https://news.example.com/a');
    expect(element.querySelector<HTMLImageElement>('[data-testid="editor-image"]')?.getAttribute('src')).toBe(
      'https://news.example.com/a.png',
    );
    expect(text(element)).toContain('Imported from Example News');
  });
});

describe('ImportUrlDialog', () => {
  let backend: HttpTestingController;
  let closed: jasmine.Spy;

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
    const ref = TestBed.inject(MatDialog).open(ImportUrlDialog);
    closed = jasmine.createSpy('closed');
    ref.afterClosed().subscribe(closed);
  });

  afterEach(() => {
    backend.verify();
    TestBed.inject(MatDialog).closeAll();
    document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => (overlay.innerHTML = ''));
  });

  async function stable(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
  }

  function typeUrl(value: string): void {
    const field = document.querySelector<HTMLInputElement>('[data-testid="import-url"]');
    if (!field) throw new Error('no url field');
    field.value = value;
    field.dispatchEvent(new Event('input'));
  }

  it('previews the URL, then creates a draft from it', async () => {
    await stable();
    typeUrl('https://news.example.com/a');
    document.querySelector<HTMLButtonElement>('[data-testid="import-preview"]')?.click();
    const preview = backend.expectOne('/api/content/preview');
    expect(preview.request.body).toEqual({ url: 'https://news.example.com/a' });
    preview.flush({
      url: 'https://news.example.com/a',
      canonicalUrl: 'https://news.example.com/a',
      title: 'Industry report 2026',
      summary: 'What changed this year.',
      imageUrl: 'https://news.example.com/a.png',
      siteName: 'Example News',
      language: 'de',
    });
    await stable();
    expect(text(document.querySelector('[data-testid="import-preview-card"]'))).toContain('Industry report 2026');

    document.querySelector<HTMLButtonElement>('[data-testid="import-create"]')?.click();
    const create = backend.expectOne('/api/content');
    expect(create.request.method).toBe('POST');
    expect(create.request.body).toEqual({
      url: 'https://news.example.com/a',
      title: 'Industry report 2026',
      summary: 'What changed this year.',
      imageUrl: 'https://news.example.com/a.png',
      language: 'de',
    });
    create.flush(item({ id: 'c7' }));
    await stable();
    expect(closed).toHaveBeenCalledWith(jasmine.objectContaining({ id: 'c7' }));
  });

  it('shows why a page could not be read at the field', async () => {
    await stable();
    typeUrl('https://unreachable.example.com/');
    document.querySelector<HTMLButtonElement>('[data-testid="import-preview"]')?.click();
    backend.expectOne('/api/content/preview').flush(
      { type: 'about:blank', title: 'Unprocessable Entity', status: 422, detail: 'The page could not be fetched: connection refused.' },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await stable();
    expect(text(document.querySelector('[data-testid="import-url-error"]'))).toBe(
      'The page could not be fetched: connection refused.',
    );
    expect(document.querySelector<HTMLButtonElement>('[data-testid="import-create"]')?.disabled).toBeTrue();
  });
});
