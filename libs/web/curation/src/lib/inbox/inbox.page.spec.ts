import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ContentItemSummary, Page } from '@chorus/shared/contracts';
import { provideChorusIcons } from '@chorus/web/ui';
import { InboxPage } from './inbox.page';

@Component({ template: 'editor' })
class EditorStub {}

export function summary(id: string, over: Partial<ContentItemSummary> = {}): ContentItemSummary {
  return {
    id,
    title: `Item ${id}`,
    summary: `Summary of ${id}`,
    url: `https://blog.example.com/${id}`,
    imageUrl: null,
    sourceName: 'Company blog',
    origin: 'feed',
    language: 'en',
    state: 'new',
    featured: false,
    topics: [],
    audiences: [],
    publishAt: null,
    expiresAt: null,
    createdAt: '2026-11-25T09:00:00Z',
    updatedAt: '2026-11-25T09:00:00Z',
    ...over,
  };
}

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('InboxPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let snackBar: jasmine.SpyObj<MatSnackBar>;

  beforeEach(async () => {
    snackBar = jasmine.createSpyObj<MatSnackBar>('MatSnackBar', ['open']);
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'curation/inbox', component: InboxPage },
          { path: 'curation/content/:id', component: EditorStub },
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

  async function open(page: Page<ContentItemSummary>): Promise<HTMLElement> {
    await harness.navigateByUrl('/curation/inbox');
    backend.expectOne('/api/sources').flush([]);
    backend.expectOne('/api/topics').flush([]);
    const list = backend.expectOne((req) => req.url === '/api/content');
    expect(list.request.params.get('state')).toBe('new');
    list.flush(page);
    await harness.fixture.whenStable();
    return harness.routeNativeElement as HTMLElement;
  }

  function select(element: HTMLElement, id: string): void {
    element
      .querySelector<HTMLInputElement>(`[data-testid="inbox-item-${id}"] mat-checkbox input`)
      ?.click();
  }

  it('shows new items as cards with title, source and summary', async () => {
    const element = await open({ items: [summary('a'), summary('b', { imageUrl: '/img/b.png' })], nextCursor: null });
    const card = element.querySelector('[data-testid="inbox-item-a"]');
    expect(text(card)).toContain('Item a');
    expect(text(card)).toContain('Company blog');
    expect(text(card)).toContain('Summary of a');
    expect(element.querySelector<HTMLImageElement>('[data-testid="inbox-item-b"] img')?.getAttribute('src')).toBe('/img/b.png');
    expect(element.querySelector('[data-testid="inbox-load-more"]')).toBeNull();
  });

  it('accepts the selected items in bulk and takes them off the list', async () => {
    const element = await open({ items: [summary('a'), summary('b'), summary('c')], nextCursor: null });
    const accept = element.querySelector<HTMLButtonElement>('[data-testid="inbox-bulk-accept"]');
    expect(accept?.disabled).toBeTrue();
    select(element, 'a');
    select(element, 'c');
    await harness.fixture.whenStable();
    expect(accept?.disabled).toBeFalse();
    accept?.click();

    const bulk = backend.expectOne('/api/content/bulk');
    expect(bulk.request.method).toBe('POST');
    expect(bulk.request.body).toEqual({ ids: ['a', 'c'], action: 'accept' });
    bulk.flush({ succeeded: ['a', 'c'], failed: [] });
    await harness.fixture.whenStable();

    expect(element.querySelector('[data-testid="inbox-item-a"]')).toBeNull();
    expect(element.querySelector('[data-testid="inbox-item-c"]')).toBeNull();
    expect(element.querySelector('[data-testid="inbox-item-b"]')).not.toBeNull();
    expect(snackBar.open).toHaveBeenCalledWith('2 items accepted', undefined, jasmine.any(Object));
  });

  it('dismisses all items in bulk and reports the ones that failed', async () => {
    const element = await open({ items: [summary('a'), summary('b')], nextCursor: null });
    element.querySelector<HTMLInputElement>('[data-testid="inbox-select-all"] input')?.click();
    await harness.fixture.whenStable();
    element.querySelector<HTMLButtonElement>('[data-testid="inbox-bulk-dismiss"]')?.click();

    const bulk = backend.expectOne('/api/content/bulk');
    expect(bulk.request.body).toEqual({ ids: ['a', 'b'], action: 'dismiss' });
    bulk.flush({ succeeded: ['a'], failed: [{ id: 'b', message: 'It was already accepted.' }] });
    await harness.fixture.whenStable();

    expect(element.querySelector('[data-testid="inbox-item-a"]')).toBeNull();
    expect(element.querySelector('[data-testid="inbox-item-b"]')).not.toBeNull();
    expect(text(element.querySelector('[data-testid="inbox-error"]'))).toBe(
      '1 item dismissed; 1 could not be: It was already accepted.',
    );
  });

  it('accepts one item and opens it in the editor', async () => {
    const element = await open({ items: [summary('a')], nextCursor: null });
    const accept = element.querySelector<HTMLButtonElement>('[data-testid="inbox-item-a"] [data-testid="inbox-accept"]');
    expect(accept?.getAttribute('aria-label')).toBe('Accept Item a');
    accept?.click();
    const call = backend.expectOne('/api/content/a/transition');
    expect(call.request.body).toEqual({ action: 'accept' });
    call.flush({ ...summary('a'), state: 'draft' });
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/curation/content/a');
  });

  it('loads the next page with the cursor', async () => {
    const element = await open({ items: [summary('a')], nextCursor: 'c1' });
    element.querySelector<HTMLButtonElement>('[data-testid="inbox-load-more"]')?.click();
    const more = backend.expectOne((req) => req.url === '/api/content');
    expect(more.request.params.get('cursor')).toBe('c1');
    expect(more.request.params.get('state')).toBe('new');
    more.flush({ items: [summary('b')], nextCursor: null });
    await harness.fixture.whenStable();
    expect(element.querySelectorAll('.card').length).toBe(2);
    expect(element.querySelector('[data-testid="inbox-load-more"]')).toBeNull();
  });

  it('points to the sources when the inbox is empty', async () => {
    const element = await open({ items: [], nextCursor: null });
    expect(text(element.querySelector('chorus-empty-state'))).toContain('No new items — add a source');
    expect(element.querySelector('[data-testid="inbox-add-source"]')?.getAttribute('href')).toBe('/curation/sources');
  });
});
