import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, UrlTree } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { FeedItem, Page } from '@chorus/shared/contracts';
import { provideChorusIcons } from '@chorus/web/ui';
import { FEED_SEARCH_DEBOUNCE_MS, FeedPage } from './feed.page';

function feedItem(id: string, over: Partial<FeedItem> = {}): FeedItem {
  return {
    id,
    title: `Story ${id}`,
    summary: `About ${id}`,
    url: `https://blog.example.com/${id}`,
    imageUrl: null,
    sourceName: 'Company blog',
    language: 'en',
    featured: false,
    topics: [{ id: 't1', name: 'Product' }],
    suggestedTexts: [],
    publishedAt: '2026-11-24T09:00:00Z',
    expiresAt: null,
    ...over,
  };
}

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('FeedPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'feed', component: FeedPage }]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideChorusIcons(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => {
    // The "what next" card asks for the skill path; these tests are about the feed itself.
    for (const req of backend.match('/api/enablement/my-path'))
      req.flush({ path: null, levels: [], next: null, levelsCompleted: [], capabilities: [] });
    // So does the weekly pulse card.
    for (const req of backend.match('/api/outreach/pulse/current')) req.flush({ survey: null, myAnswers: {} });
    backend.verify();
  });

  async function open(page: Page<FeedItem>): Promise<HTMLElement> {
    await harness.navigateByUrl('/feed');
    const element = harness.routeNativeElement as HTMLElement;
    await harness.fixture.whenStable();
    expect(element.querySelectorAll('[data-testid="feed-skeleton"]').length).toBeGreaterThan(0);
    backend.expectOne('/api/topics').flush([
      { id: 't1', name: 'Product', itemCount: 4 },
      { id: 't2', name: 'Culture', itemCount: 2 },
    ]);
    const call = backend.expectOne((req) => req.url === '/api/feed');
    expect(call.request.params.keys()).toEqual(['limit']);
    call.flush(page);
    await harness.fixture.whenStable();
    return element;
  }

  it('renders cards with source, topics, featured badge, the first suggested text and a Share link', async () => {
    const element = await open({
      items: [
        feedItem('a', {
          featured: true,
          imageUrl: '/img/a.png',
          suggestedTexts: [
            { id: 's1', network: 'linkedin', text: 'First text' },
            { id: 's2', network: 'x', text: 'Second text' },
          ],
        }),
        feedItem('b'),
      ],
      nextCursor: null,
    });
    const card = element.querySelector('[data-testid="feed-item-a"]');
    expect(text(card)).toContain('Story a');
    expect(text(card)).toContain('Company blog');
    expect(text(card)).toContain('Product');
    expect(card?.querySelector('[data-testid="feed-featured"]')).not.toBeNull();
    expect(card?.querySelector('img')?.getAttribute('src')).toBe('/img/a.png');
    expect(card?.querySelectorAll('[data-testid="feed-suggested-text"]').length).toBe(1);
    expect(text(card?.querySelector('[data-testid="feed-suggested-text"]'))).toContain('First text');

    card?.querySelector<HTMLButtonElement>('[data-testid="feed-more-texts"]')?.click();
    await harness.fixture.whenStable();
    expect(card?.querySelectorAll('[data-testid="feed-suggested-text"]').length).toBe(2);

    const share = card?.querySelector<HTMLAnchorElement>('[data-testid="feed-share"]');
    expect(share?.getAttribute('href')).toBe('/compose/a');
    expect(share?.getAttribute('aria-label')).toBe('Share “Story a”');
    expect(share?.getAttribute('aria-disabled')).not.toBe('true');
    expect(element.querySelector('[data-testid="feed-item-b"] [data-testid="feed-featured"]')).toBeNull();
  });

  it('opens the composer for the item from Share', async () => {
    const element = await open({ items: [feedItem('a')], nextCursor: null });
    const router = TestBed.inject(Router);
    const navigate = spyOn(router, 'navigateByUrl').and.resolveTo(true);
    element.querySelector<HTMLAnchorElement>('[data-testid="feed-item-a"] [data-testid="feed-share"]')?.click();
    expect(navigate).toHaveBeenCalled();
    expect(router.serializeUrl(navigate.calls.mostRecent().args[0] as UrlTree)).toBe('/compose/a');
  });

  it('puts the "what next" card of the skill path above the feed', async () => {
    const element = await open({ items: [feedItem('a')], nextCursor: null });
    backend.expectOne('/api/enablement/my-path').flush({
      path: { id: 'p1', name: 'Social selling', description: '' },
      levels: [],
      levelsCompleted: [],
      capabilities: [],
      next: {
        pathId: 'p1',
        levelName: 'Discoverer',
        stepId: 's1',
        stepName: 'Watch',
        assignmentId: 'a1',
        title: 'Read 3 curated items',
        detail: 'Read 3 curated items — 1 of 3 done',
        route: '/feed',
        progress: 1,
        target: 3,
      },
    });
    await harness.fixture.whenStable();
    const card = element.querySelector('[data-testid="what-next-card"]');
    expect(text(card?.querySelector('[data-testid="what-next-title"]'))).toBe('Read 3 curated items');
    expect(card?.compareDocumentPosition(element.querySelector('[data-testid="feed-item-a"]') as Node)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });

  it('fits a 390 px wide phone without scrolling sideways', async () => {
    (harness.fixture.nativeElement as HTMLElement).style.cssText = 'display:block;width:390px';
    const element = await open({
      items: [
        feedItem('a', {
          title: 'A rather long title for a story that needs to wrap on a phone',
          suggestedTexts: [{ id: 's1', network: 'linkedin', text: 'Text' }],
        }),
      ],
      nextCursor: null,
    });
    expect(element.scrollWidth).toBeLessThanOrEqual(390);
  });

  it('filters by topic', async () => {
    const element = await open({ items: [feedItem('a')], nextCursor: null });
    element.querySelector<HTMLElement>('[data-testid="feed-topic-t2"] .mdc-evolution-chip__action')?.click();
    await harness.fixture.whenStable();
    const call = backend.expectOne((req) => req.url === '/api/feed');
    expect(call.request.params.get('topicId')).toBe('t2');
    expect(call.request.params.has('cursor')).toBeFalse();
    call.flush({ items: [], nextCursor: null });
    await harness.fixture.whenStable();
    expect(text(element.querySelector('chorus-empty-state'))).toContain('Nothing matches');
  });

  it('narrows the feed to one language', async () => {
    const element = await open({ items: [feedItem('a')], nextCursor: null });
    element.querySelector<HTMLElement>('[data-testid="feed-language"] .mat-mdc-select-trigger')?.click();
    await harness.fixture.whenStable();
    const options = Array.from(document.querySelectorAll<HTMLElement>('mat-option'));
    options.find((option) => option.textContent?.trim() === 'Deutsch')?.click();
    await harness.fixture.whenStable();
    const call = backend.expectOne((req) => req.url === '/api/feed');
    expect(call.request.params.get('language')).toBe('de');
    call.flush({ items: [feedItem('b')], nextCursor: null });
  });

  it('searches after the user stops typing', async () => {
    const element = await open({ items: [feedItem('a')], nextCursor: null });
    const search = element.querySelector<HTMLInputElement>('[data-testid="feed-search"]');
    if (!search) throw new Error('no search');
    search.value = 'lau';
    search.dispatchEvent(new Event('input'));
    search.value = 'launch';
    search.dispatchEvent(new Event('input'));
    backend.expectNone((req) => req.url === '/api/feed');
    await pause(FEED_SEARCH_DEBOUNCE_MS + 50);
    const call = backend.expectOne((req) => req.url === '/api/feed');
    expect(call.request.params.get('q')).toBe('launch');
    call.flush({ items: [feedItem('c')], nextCursor: null });
    await harness.fixture.whenStable();
    expect(element.querySelector('[data-testid="feed-item-c"]')).not.toBeNull();
  });

  it('loads the next page with the cursor and keeps the filters', async () => {
    const element = await open({ items: [feedItem('a')], nextCursor: 'cursor-2' });
    element.querySelector<HTMLButtonElement>('[data-testid="feed-load-more"]')?.click();
    const call = backend.expectOne((req) => req.url === '/api/feed');
    expect(call.request.params.get('cursor')).toBe('cursor-2');
    call.flush({ items: [feedItem('b')], nextCursor: null });
    await harness.fixture.whenStable();
    expect(element.querySelectorAll('li[data-testid^="feed-item-"]').length).toBe(2);
    expect(element.querySelector('[data-testid="feed-load-more"]')).toBeNull();
  });

  it('says when there is nothing to share yet', async () => {
    const element = await open({ items: [], nextCursor: null });
    expect(text(element.querySelector('[data-testid="feed-empty"]'))).toContain(
      'Nothing to share yet — your comms team is curating',
    );
  });

  it('shows an error with a retry', async () => {
    await harness.navigateByUrl('/feed');
    backend.expectOne('/api/topics').flush([]);
    backend.expectOne((req) => req.url === '/api/feed').flush(null, { status: 500, statusText: 'Error' });
    await harness.fixture.whenStable();
    const element = harness.routeNativeElement as HTMLElement;
    expect(text(element.querySelector('[role="alert"]'))).toContain('Could not load your feed');
    element.querySelector<HTMLButtonElement>('[data-testid="retry"]')?.click();
    backend.expectOne((req) => req.url === '/api/feed').flush({ items: [feedItem('a')], nextCursor: null });
    await harness.fixture.whenStable();
    expect(element.querySelector('[data-testid="feed-item-a"]')).not.toBeNull();
  });
});
