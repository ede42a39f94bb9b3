import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { OpmlImportJob, SourceView } from '@chorus/shared/contracts';
import { provideChorusIcons } from '@chorus/web/ui';
import { OPML_POLL_MS } from './opml-import.dialog';
import { SourcesPage } from './sources.page';

function source(id: string, over: Partial<SourceView> = {}): SourceView {
  return {
    id,
    name: `Source ${id}`,
    url: `https://${id}.example.com/feed.xml`,
    format: 'rss',
    enabled: true,
    pollIntervalMinutes: 60,
    language: 'en',
    topicIds: [],
    status: 'ok',
    lastPolledAt: '2026-11-25T09:00:00Z',
    lastSuccessAt: '2026-11-25T09:00:00Z',
    lastError: null,
    nextPollAt: '2026-11-25T10:00:00Z',
    itemCount: 12,
    createdAt: '2026-11-01T09:00:00Z',
    ...over,
  };
}

function job(over: Partial<OpmlImportJob> = {}): OpmlImportJob {
  return { id: 'j1', state: 'running', total: 4, processed: 0, created: 0, skipped: 0, errors: [], ...over };
}

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const pause = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));

describe('SourcesPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'curation/sources', component: SourcesPage }]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideChorusIcons(),
        { provide: MatSnackBar, useValue: jasmine.createSpyObj<MatSnackBar>('MatSnackBar', ['open']) },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: OPML_POLL_MS, useValue: 5 },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => {
    backend.verify();
    TestBed.inject(MatDialog).closeAll();
    document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => (overlay.innerHTML = ''));
  });

  async function open(sources: SourceView[]): Promise<HTMLElement> {
    await harness.navigateByUrl('/curation/sources');
    backend.expectOne('/api/topics').flush([]);
    backend.expectOne('/api/sources').flush(sources);
    await harness.fixture.whenStable();
    return harness.routeNativeElement as HTMLElement;
  }

  const row = (element: HTMLElement, id: string) => element.querySelector(`[data-testid="source-${id}"]`);

  it('shows each source with its status chip, last success and item count', async () => {
    const element = await open([
      source('ok'),
      source('bad', { status: 'failing', lastError: 'HTTP 503 from the feed server', lastSuccessAt: null }),
      source('off', { status: 'disabled', enabled: false }),
      source('new', { status: 'pending', lastSuccessAt: null, itemCount: 0 }),
    ]);
    expect(text(row(element, 'ok')?.querySelector('[data-testid="source-status"]'))).toBe('OK');
    expect(row(element, 'ok')?.querySelector('.chip')?.classList).toContain('tone-ok');
    expect(text(row(element, 'ok')?.querySelector('[data-testid="source-item-count"]'))).toBe('12');
    expect(row(element, 'ok')?.querySelector('[data-testid="source-last-error"]')).toBeNull();

    expect(text(row(element, 'bad')?.querySelector('[data-testid="source-status"]'))).toBe('Failing');
    expect(row(element, 'bad')?.querySelector('.chip')?.classList).toContain('tone-failing');
    expect(text(row(element, 'bad')?.querySelector('[data-testid="source-last-error"]'))).toBe('HTTP 503 from the feed server');
    expect(text(row(element, 'bad')?.querySelector('[data-testid="source-last-success"]'))).toBe('Never');

    expect(text(row(element, 'off')?.querySelector('[data-testid="source-status"]'))).toBe('Disabled');
    expect(row(element, 'off')?.querySelector<HTMLButtonElement>('[data-testid="source-poll"]')?.disabled).toBeTrue();
    expect(text(row(element, 'new')?.querySelector('[data-testid="source-status"]'))).toBe('Pending');
  });

  it('polls a source now and disables one', async () => {
    const element = await open([source('a')]);
    row(element, 'a')?.querySelector<HTMLButtonElement>('[data-testid="source-poll"]')?.click();
    const poll = backend.expectOne('/api/sources/a/poll');
    expect(poll.request.method).toBe('POST');
    poll.flush(null, { status: 202, statusText: 'Accepted' });
    await harness.fixture.whenStable();

    row(element, 'a')?.querySelector<HTMLButtonElement>('[data-testid="source-enabled-a"] button')?.click();
    const patch = backend.expectOne('/api/sources/a');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ enabled: false });
    patch.flush(source('a', { enabled: false, status: 'disabled' }));
    await harness.fixture.whenStable();
    expect(text(row(element, 'a')?.querySelector('[data-testid="source-status"]'))).toBe('Disabled');
  });

  it('deletes a source after confirming', async () => {
    const element = await open([source('a')]);
    row(element, 'a')?.querySelector<HTMLButtonElement>('[data-testid="source-delete"]')?.click();
    await harness.fixture.whenStable();
    document.querySelector<HTMLButtonElement>('[data-testid="confirm-ok"]')?.click();
    await harness.fixture.whenStable();
    const call = backend.expectOne('/api/sources/a');
    expect(call.request.method).toBe('DELETE');
    call.flush(null, { status: 204, statusText: 'No Content' });
    await harness.fixture.whenStable();
    expect(row(element, 'a')).toBeNull();
  });

  it('imports an OPML file and follows its progress until done', async () => {
    const element = await open([]);
    const file = new File(['<opml version="2.0"><body/></opml>'], 'feeds.opml', { type: 'text/x-opml' });
    const input = element.querySelector<HTMLInputElement>('[data-testid="sources-opml-input"]');
    if (!input) throw new Error('no file input');
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change'));
    await pause();
    await harness.fixture.whenStable();

    const start = backend.expectOne('/api/sources/opml');
    expect(start.request.method).toBe('POST');
    expect(start.request.body).toEqual({ opml: '<opml version="2.0"><body/></opml>' });
    start.flush(job({ state: 'queued', total: 4 }));
    await pause();
    await harness.fixture.whenStable();
    expect(text(document.querySelector('[data-testid="opml-status"]'))).toBe('Waiting to start…');

    backend.expectOne('/api/sources/opml/j1').flush(job({ processed: 2 }));
    await pause();
    await harness.fixture.whenStable();
    expect(text(document.querySelector('[data-testid="opml-status"]'))).toBe('2 of 4 feeds checked');
    expect(document.querySelector('[data-testid="opml-progress"]')?.getAttribute('aria-valuenow')).toBe('50');

    backend.expectOne('/api/sources/opml/j1').flush(
      job({
        state: 'done',
        processed: 4,
        created: 2,
        skipped: 1,
        errors: [{ url: 'http://10.0.0.1/feed', message: 'Private addresses are not allowed.' }],
      }),
    );
    await pause();
    await harness.fixture.whenStable();
    expect(text(document.querySelector('[data-testid="opml-status"]'))).toBe('Done: 2 added, 1 skipped, 1 failed.');
    const errors = text(document.querySelector('[data-testid="opml-errors"]'));
    expect(errors).toContain('http://10.0.0.1/feed');
    expect(errors).toContain('Private addresses are not allowed.');
    // Finished: no more polling.
    await pause();
    backend.expectNone('/api/sources/opml/j1');

    document.querySelector<HTMLButtonElement>('[data-testid="opml-close"]')?.click();
    await pause();
    await harness.fixture.whenStable();
    backend.expectOne('/api/sources').flush([source('a')]);
  });
});
