import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Leaderboard, MyReach } from '@chorus/shared/contracts';
import { provideChorusIcons } from '@chorus/web/ui';
import { provideAnalyticsCharts } from '../shared/charts';
import { presetRange } from '../shared/date-range';
import { provideAnalyticsIcons } from '../shared/icons';
import { leaderboard, LINKEDIN_REASON, myReach, totals } from '../testing/fixtures';
import { MyReachPage } from './my-reach.page';

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('MyReachPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let element: HTMLElement;
  let snackBar: jasmine.SpyObj<MatSnackBar>;

  beforeEach(async () => {
    snackBar = jasmine.createSpyObj<MatSnackBar>('MatSnackBar', ['open']);
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'my-reach', component: MyReachPage }]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideChorusIcons(),
        provideAnalyticsIcons(),
        provideAnalyticsCharts(),
        { provide: MatSnackBar, useValue: snackBar },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => backend.verify());

  const stable = () => harness.fixture.whenStable();

  const q = (testId: string): HTMLElement => {
    const found = element.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
    if (!found) throw new Error(`no ${testId}`);
    return found;
  };

  const expectMe = () => backend.expectOne((req) => req.url === '/api/analytics/me');
  const expectBoard = () => backend.expectOne((req) => req.url === '/api/analytics/leaderboard');

  async function open(
    url = '/my-reach',
    reach: MyReach = myReach(),
    board: Leaderboard = leaderboard(),
  ): Promise<{ me: TestRequest; board: TestRequest }> {
    await harness.navigateByUrl(url);
    element = harness.routeNativeElement as HTMLElement;
    await stable();
    const calls = { me: expectMe(), board: expectBoard() };
    calls.me.flush(reach);
    calls.board.flush(board);
    await stable();
    return calls;
  }

  function rows(): HTMLElement[] {
    return Array.from(element.querySelectorAll<HTMLElement>('[data-testid="leaderboard-row"]'));
  }

  function toggle(): HTMLButtonElement {
    const button = q('leaderboard-show-name').querySelector<HTMLButtonElement>('button');
    if (!button) throw new Error('no toggle button');
    return button;
  }

  it('shows the advocate’s figures for the last 30 days, with their shares and links to the posts', async () => {
    const calls = await open();
    const range = presetRange(30);
    expect(calls.me.request.params.get('from')).toBe(range.from);
    expect(calls.me.request.params.get('to')).toBe(range.to);
    expect(calls.board.request.params.get('period')).toBe('month');
    expect(calls.board.request.params.has('groupId')).toBeFalse();

    expect(text(q('my-reach-shares'))).toBe('3');
    expect(text(q('my-reach-clicks'))).toBe('42');
    expect(text(q('my-reach-unique-clicks'))).toBe('30');
    expect(text(q('my-reach-impressions'))).toBe('1,200');
    expect(text(q('my-reach-impressions-detail'))).toBe(`X only — ${LINKEDIN_REASON}`);
    expect(text(q('my-reach-emv'))).toBe('€99.50');
    expect(text(q('my-reach-updated'))).toBe('Figures updated 2 hours ago');

    const shares = Array.from(element.querySelectorAll<HTMLElement>('[data-testid="my-reach-share"]'));
    expect(shares.length).toBe(2);
    expect(shares[0].querySelector('[data-testid="my-reach-post-link"]')?.getAttribute('href')).toBe(
      'https://x.example.com/ada/status/1',
    );
    expect(text(shares[0])).toContain('1,200');
    expect(text(shares[1])).toContain('Not available');
    // Why LinkedIn's figures are missing is said once, above the list, not on every LinkedIn post.
    expect(text(shares[1])).not.toContain(LINKEDIN_REASON);
    expect(text(q('my-reach-unavailable-linkedin'))).toContain(LINKEDIN_REASON);
    expect(element.querySelector('[data-testid="my-reach-unavailable-x"]')).toBeNull();
  });

  it('says "Not available" instead of 0 where no network reports impressions', async () => {
    await open('/my-reach', myReach({ totals: totals({ impressions: null, engagements: null }) }));
    expect(text(q('my-reach-impressions'))).toBe('Not available');
    expect(text(q('my-reach-engagements'))).toBe('Not available');
    expect(text(q('my-reach-impressions-reason'))).toContain(LINKEDIN_REASON);
  });

  it('highlights the advocate’s own row and shows opted-out colleagues as Anonymous advocate', async () => {
    await open();
    const card = q('leaderboard');
    expect(card.getAttribute('role')).toBe('region');
    expect(text(card)).toContain('Sales DACH');
    const [first, anonymous, mine] = rows();
    expect(rows().length).toBe(3);
    expect(first.classList).not.toContain('me');
    expect(anonymous.classList).toContain('anonymous');
    expect(text(anonymous)).toContain('Anonymous advocate');
    expect(mine.classList).toContain('me');
    expect(mine.getAttribute('aria-current')).toBe('true');
    expect(text(mine)).toContain('Ada Advocate (you)');
    expect(text(mine)).toContain('42 clicks · 3 shares');
    expect(element.querySelector('[data-testid="leaderboard-group"]')).toBeNull();
  });

  it('says "1 click · 1 share" in the singular on the leaderboard', async () => {
    await open(
      '/my-reach',
      myReach(),
      leaderboard({ entries: [{ rank: 1, userId: 'me', name: 'Ada Advocate', isMe: true, clicks: 1, shares: 1 }] }),
    );
    expect(text(rows()[0])).toContain('1 click · 1 share');
    expect(text(rows()[0])).not.toContain('clicks');
  });

  it('reads the leaderboard again for another period and, with several groups, another group', async () => {
    await open(
      '/my-reach',
      myReach(),
      leaderboard({
        groups: [
          { id: 'g1', name: 'Sales DACH' },
          { id: 'g2', name: 'Marketing Benelux' },
        ],
      }),
    );
    expect(element.querySelector('[data-testid="leaderboard-group"]')).not.toBeNull();
    q('leaderboard-period-week').querySelector('button')?.click();
    await stable();
    const call = expectBoard();
    expect(call.request.params.get('period')).toBe('week');
    call.flush(leaderboard({ period: 'week' }));
  });

  it('saves "Show my name on leaderboards" with PUT and confirms it', async () => {
    await open();
    expect(toggle().getAttribute('aria-checked')).toBe('true');
    toggle().click();
    await stable();
    const put = backend.expectOne('/api/analytics/me/preferences');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({ showOnLeaderboards: false });
    put.flush({ showOnLeaderboards: false });
    await stable();
    expect(snackBar.open).toHaveBeenCalledWith(
      'You now appear as "Anonymous advocate" on leaderboards',
      undefined,
      jasmine.any(Object),
    );
    // The leaderboard is read again so the change shows.
    expectBoard().flush(leaderboard());
    await stable();
    expect(toggle().getAttribute('aria-checked')).toBe('false');
  });

  it('puts the toggle back and says why when saving the preference fails', async () => {
    await open();
    toggle().click();
    await stable();
    backend
      .expectOne('/api/analytics/me/preferences')
      .flush({ title: 'Forbidden', status: 403 }, { status: 403, statusText: 'Forbidden' });
    await stable();
    expect(snackBar.open).toHaveBeenCalledWith(
      'You do not have permission to do that.',
      'Dismiss',
      jasmine.any(Object),
    );
    expect(toggle().getAttribute('aria-checked')).toBe('true');
  });

  it('reads another range from the presets', async () => {
    await open('/my-reach?days=7');
    expect(element.querySelector('[data-testid="my-reach-range-7"]')?.classList).toContain('mat-button-toggle-checked');
    q('my-reach-range-90').querySelector('button')?.click();
    await stable();
    const call = expectMe();
    expect(call.request.params.get('from')).toBe(presetRange(90).from);
    call.flush(myReach());
  });

  it('says when there are no shares yet, and shows an error with a retry', async () => {
    await open('/my-reach', myReach({ shares: [], totals: totals({ shares: 0, clicks: 0, uniqueClicks: 0, emv: 0 }) }));
    expect(text(q('my-reach-empty'))).toContain('No shares in this period yet');
    expect(q('leaderboard')).toBeTruthy();

    q('my-reach-range-7').querySelector('button')?.click();
    await stable();
    expectMe().flush({ title: 'Oops', status: 500 }, { status: 500, statusText: 'Server Error' });
    await stable();
    expect(text(q('my-reach-error'))).toContain('The server had a problem (500)');
    q('my-reach-error').querySelector<HTMLButtonElement>('[data-testid="retry"]')?.click();
    await stable();
    expectMe().flush(myReach());
    await stable();
    expect(text(q('my-reach-clicks'))).toBe('42');
  });
});
