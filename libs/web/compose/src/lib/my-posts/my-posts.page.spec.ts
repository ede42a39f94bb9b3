import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Page, ShareView } from '@chorus/shared/contracts';
import { provideChorusIcons } from '@chorus/web/ui';
import { MyPostsPage } from './my-posts.page';
import { SHARES_PAGE_SIZE } from './share-list';

@Component({ template: 'elsewhere' })
class StubPage {}

function share(id: string, over: Partial<ShareView> = {}): ShareView {
  return {
    id,
    network: 'linkedin',
    state: 'scheduled',
    timing: 'scheduled',
    text: `Text of ${id}`,
    contentItem: { id: 'item-1', title: `Story ${id}`, url: 'https://blog.example.com/a', imageUrl: null },
    trackedUrl: 'https://go.acme.com/l/AbC123',
    scheduledAt: '2030-01-14T09:30:00Z',
    dueAt: '2030-01-14T09:30:00Z',
    attempts: 0,
    publishedAt: null,
    postUrl: null,
    failure: null,
    needsConfirmation: false,
    account: { id: 'acc-1', handle: 'Lee Park' },
    createdAt: '2029-12-01T10:00:00Z',
    updatedAt: '2029-12-01T10:00:00Z',
    ...over,
  };
}

const page = (items: ShareView[], nextCursor: string | null = null): Page<ShareView> => ({ items, nextCursor });
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('MyPostsPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let element: HTMLElement;
  let snackBar: jasmine.SpyObj<MatSnackBar>;

  beforeEach(async () => {
    snackBar = jasmine.createSpyObj<MatSnackBar>('MatSnackBar', ['open']);
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'my-posts', component: MyPostsPage },
          { path: 'connections', component: StubPage },
          { path: 'feed', component: StubPage },
        ]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideChorusIcons(),
        { provide: MatSnackBar, useValue: snackBar },
        // The confirm dialog closes at once instead of after its exit animation.
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => backend.verify());

  const stable = () => harness.fixture.whenStable();

  function expectList(view: string, cursor?: string): TestRequest {
    const call = backend.expectOne((req) => req.url === '/api/shares' && req.params.get('view') === view);
    expect(call.request.params.get('limit')).toBe(String(SHARES_PAGE_SIZE));
    expect(call.request.params.get('cursor')).toBe(cursor ?? null);
    return call;
  }

  async function open(url: string, lists: Partial<Record<'upcoming' | 'published' | 'attention', Page<ShareView>>>) {
    await harness.navigateByUrl(url);
    element = harness.routeNativeElement as HTMLElement;
    await stable();
    for (const [view, result] of Object.entries(lists)) expectList(view).flush(result);
    await stable();
  }

  function rows(): HTMLElement[] {
    return Array.from(element.querySelectorAll<HTMLElement>('[data-testid="share-row"]'));
  }

  function inRow(row: HTMLElement | undefined, testId: string): HTMLElement {
    const found = row?.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
    if (!found) throw new Error(`no ${testId}`);
    return found;
  }

  it('opens on Upcoming with a row per share, and counts what needs attention on its tab', async () => {
    await open('/my-posts', {
      attention: page([share('f1', { state: 'failed' }), share('f2', { state: 'needs_reconnect' })]),
      upcoming: page([share('s1'), share('s2', { network: 'x', state: 'publishing' })]),
    });
    expect(element.querySelector('[data-testid="my-posts-tab-upcoming"]')?.classList).toContain('mdc-tab--active');
    expect(text(element.querySelector('[data-testid="my-posts-attention-count"]'))).toBe('2 need your attention');
    const [first, second] = rows();
    expect(rows().length).toBe(2);
    expect(first.getAttribute('data-state')).toBe('scheduled');
    expect(first.getAttribute('data-network')).toBe('linkedin');
    expect(text(first)).toContain('Story s1');
    expect(text(first)).toContain('Text of s1');
    expect(text(inRow(first, 'share-state'))).toBe('Scheduled');
    expect(text(first)).toContain('Scheduled for');
    expect(first.querySelector('[data-testid="share-cancel"]')).not.toBeNull();
    expect(second.getAttribute('data-state')).toBe('publishing');
    expect(second.getAttribute('data-network')).toBe('x');
    expect(second.querySelector('[data-testid="share-cancel"]')).toBeNull();
  });

  it('loads each tab’s own view, with links to the live posts', async () => {
    await open('/my-posts', { attention: page([]), upcoming: page([]) });
    element.querySelector<HTMLElement>('[data-testid="my-posts-tab-published"]')?.click();
    await stable();
    expectList('published').flush(
      page([
        share('p1', {
          state: 'published',
          publishedAt: '2029-12-02T08:00:00Z',
          postUrl: 'https://www.linkedin.com/feed/update/urn:li:share:7001',
        }),
      ]),
    );
    await stable();
    const link = inRow(rows()[0], 'share-view-post') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('https://www.linkedin.com/feed/update/urn:li:share:7001');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(text(rows()[0])).toContain('Published');
  });

  it('says when nothing is scheduled', async () => {
    await open('/my-posts?view=upcoming', { attention: page([]), upcoming: page([]) });
    expect(text(element.querySelector('[data-testid="my-posts-empty-upcoming"]'))).toContain('Nothing scheduled');
    expect(element.querySelector('[data-testid="my-posts-attention-count"]')).toBeNull();
  });

  it('cancels a scheduled post after confirming', async () => {
    await open('/my-posts', { attention: page([]), upcoming: page([share('s1'), share('s2')]) });
    inRow(rows()[0], 'share-cancel').click();
    await stable();
    expect(text(document.querySelector('chorus-confirm-dialog'))).toContain('It will not be posted to LinkedIn.');
    document.querySelector<HTMLButtonElement>('[data-testid="confirm-ok"]')?.click();
    await stable();
    const call = backend.expectOne('/api/shares/s1/cancel');
    expect(call.request.method).toBe('POST');
    call.flush(share('s1', { state: 'cancelled' }));
    await stable();
    expect(rows().map((row) => text(inRow(row, 'share-text')))).toEqual(['Text of s2']);
    expect(snackBar.open).toHaveBeenCalledWith('Post cancelled', undefined, jasmine.any(Object));
    // The attention count is read again.
    expectList('attention').flush(page([]));
  });

  it('does not cancel when the advocate keeps the post', async () => {
    await open('/my-posts', { attention: page([]), upcoming: page([share('s1')]) });
    inRow(rows()[0], 'share-cancel').click();
    await stable();
    expect(document.querySelector('chorus-confirm-dialog')).not.toBeNull();
    document.querySelector<HTMLButtonElement>('[data-testid="confirm-cancel"]')?.click();
    await stable();
    backend.expectNone('/api/shares/s1/cancel');
    expect(document.querySelector('chorus-confirm-dialog')).toBeNull();
    expect(rows().length).toBe(1);
  });

  it('retries a failed post and shows why it failed', async () => {
    await open('/my-posts?view=attention', {
      attention: page([
        share('f1', {
          state: 'failed',
          failure: { code: 'network.rejected', message: 'LinkedIn rejected the post: duplicate content.' },
        }),
        share('r1', {
          network: 'x',
          state: 'needs_reconnect',
          failure: { code: 'auth.revoked', message: 'X access was revoked.' },
        }),
      ]),
    });
    expect(text(element.querySelector('[data-testid="my-posts-attention-count"]'))).toContain('2');
    const [failed, reconnect] = rows();
    expect(text(inRow(failed, 'share-failure'))).toBe('LinkedIn rejected the post: duplicate content.');
    expect(inRow(reconnect, 'share-reconnect').getAttribute('href')).toBe('/connections');

    inRow(failed, 'share-retry').click();
    const call = backend.expectOne('/api/shares/f1/retry');
    expect(call.request.method).toBe('POST');
    call.flush(share('f1', { state: 'scheduled', attempts: 1 }));
    await stable();
    expect(rows().map((row) => row.getAttribute('data-state'))).toEqual(['needs_reconnect']);
    expect(text(element.querySelector('[data-testid="my-posts-attention-count"]'))).toContain('1');

    inRow(rows()[0], 'share-retry').click();
    backend.expectOne('/api/shares/r1/retry').flush(share('r1', { network: 'x', state: 'scheduled' }));
    await stable();
    expect(text(element.querySelector('[data-testid="my-posts-empty-attention"]'))).toContain('All good');
  });

  it('asks whether an unknown outcome appeared, and sends the answer', async () => {
    await open('/my-posts?view=attention', {
      attention: page([
        share('u1', { network: 'x', state: 'outcome_unknown', needsConfirmation: true }),
        share('u2', { network: 'x', state: 'outcome_unknown', needsConfirmation: false }),
        share('u3', { network: 'x', state: 'outcome_unknown', needsConfirmation: true }),
      ]),
    });
    const [asked, checking] = rows();
    expect(text(asked)).toContain('Did this appear on your profile?');
    expect(text(inRow(asked, 'share-state'))).toBe('Needs your answer');
    expect(text(inRow(checking, 'share-checking'))).toBe('Checking with X…');
    expect(checking.querySelector('[data-testid="share-confirm-yes"]')).toBeNull();

    inRow(asked, 'share-confirm-yes').click();
    const yes = backend.expectOne('/api/shares/u1/confirm');
    expect(yes.request.body).toEqual({ appeared: true });
    yes.flush(share('u1', { network: 'x', state: 'published', postUrl: 'https://x.com/lee/status/1' }));
    await stable();

    inRow(rows()[1], 'share-confirm-no').click();
    const no = backend.expectOne('/api/shares/u3/confirm');
    expect(no.request.body).toEqual({ appeared: false });
    no.flush(share('u3', { network: 'x', state: 'failed', failure: { code: 'not_posted', message: 'Not posted.' } }));
    await stable();
    expect(rows().map((row) => row.getAttribute('data-state'))).toEqual(['outcome_unknown', 'failed']);
  });

  it('loads more with the cursor', async () => {
    await open('/my-posts', { attention: page([]), upcoming: page([share('s1')], 'cursor-2') });
    element.querySelector<HTMLButtonElement>('[data-testid="my-posts-load-more"]')?.click();
    expectList('upcoming', 'cursor-2').flush(page([share('s2')]));
    await stable();
    expect(rows().length).toBe(2);
    expect(element.querySelector('[data-testid="my-posts-load-more"]')).toBeNull();
  });

  it('shows an error with a retry', async () => {
    await harness.navigateByUrl('/my-posts');
    element = harness.routeNativeElement as HTMLElement;
    await stable();
    expectList('attention').flush(page([]));
    expectList('upcoming').flush(null, { status: 500, statusText: 'Error' });
    await stable();
    expect(text(element.querySelector('[role="alert"]'))).toContain('Could not load your posts');
    element.querySelector<HTMLButtonElement>('[data-testid="retry"]')?.click();
    expectList('upcoming').flush(page([share('s1')]));
    await stable();
    expect(rows().length).toBe(1);
  });
});
