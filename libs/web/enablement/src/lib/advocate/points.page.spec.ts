import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { MyPoints, PointAward } from '@chorus/shared/contracts';
import { provideChorusIcons } from '@chorus/web/ui';
import { PointsPage } from './points.page';
import { timeAgo } from './relative-time';

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function award(id: string, over: Partial<PointAward> = {}): PointAward {
  return {
    id,
    reason: 'share',
    label: `Shared “Story ${id}” on LinkedIn`,
    points: 10,
    awardedAt: new Date(Date.now() - 5 * 60_000).toISOString(),
    ...over,
  };
}

describe('PointsPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let element: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'points', component: PointsPage }]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideChorusIcons(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => backend.verify());

  const stable = async () => {
    harness.detectChanges();
    await harness.fixture.whenStable();
  };

  async function open(points: MyPoints): Promise<void> {
    await harness.navigateByUrl('/points');
    element = harness.routeNativeElement as HTMLElement;
    const call = backend.expectOne((req) => req.url === '/api/enablement/points/me');
    expect(call.request.params.has('cursor')).toBeFalse();
    call.flush(points);
    await stable();
  }

  it('shows the totals and the history with reasons, points and times', async () => {
    await open({
      total: 120,
      week: 30,
      history: [award('a'), award('b', { reason: 'step_completed', label: 'Completed “Watch”', points: 25 })],
      nextCursor: null,
    });
    expect(text(element.querySelector('[data-testid="points-total"]'))).toBe('120');
    expect(text(element.querySelector('[data-testid="points-week"]'))).toBe('30');
    const rows = element.querySelectorAll('[data-testid="points-award"]');
    expect(rows.length).toBe(2);
    expect(text(rows[0])).toContain('Shared “Story a” on LinkedIn');
    expect(text(rows[0])).toContain('+10');
    expect(text(rows[0])).toContain('5 min ago');
    expect(rows[0].querySelector('time')?.getAttribute('title')).toBeTruthy();
    expect(rows[1].getAttribute('data-reason')).toBe('step_completed');
    expect(rows[1].querySelector('mat-icon')?.getAttribute('aria-label')).toBe('Step completed');
    expect(element.querySelector('[data-testid="points-leaderboards"]')?.getAttribute('href')).toBe('/leaderboards');
    expect(element.querySelector('[data-testid="points-load-more"]')).toBeNull();
  });

  it('loads more history with the cursor', async () => {
    await open({ total: 40, week: 10, history: [award('a'), award('b')], nextCursor: 'c2' });
    element.querySelector<HTMLButtonElement>('[data-testid="points-load-more"]')?.click();
    const call = backend.expectOne((req) => req.url === '/api/enablement/points/me');
    expect(call.request.params.get('cursor')).toBe('c2');
    call.flush({ total: 40, week: 10, history: [award('b'), award('c')], nextCursor: null });
    await stable();
    expect(element.querySelectorAll('[data-testid="points-award"]').length).toBe(3);
    expect(element.querySelector('[data-testid="points-load-more"]')).toBeNull();
  });

  it('fits a 390 px wide phone without scrolling sideways', async () => {
    (harness.fixture.nativeElement as HTMLElement).style.cssText = 'display:block;width:390px';
    await open({
      total: 12345,
      week: 300,
      history: [
        award('a', {
          label: 'Shared “A very long title that goes on and on about quarterly results and more” on LinkedIn',
        }),
      ],
      nextCursor: 'c2',
    });
    expect(element.scrollWidth).toBeLessThanOrEqual(390);
  });

  it('says how to earn the first points', async () => {
    await open({ total: 0, week: 0, history: [], nextCursor: null });
    expect(text(element.querySelector('[data-testid="points-empty"]'))).toContain(
      'Share something from your feed to earn your first points',
    );
  });

  it('shows an error with a retry', async () => {
    await harness.navigateByUrl('/points');
    element = harness.routeNativeElement as HTMLElement;
    backend
      .expectOne((req) => req.url === '/api/enablement/points/me')
      .flush(null, { status: 500, statusText: 'Error' });
    await stable();
    expect(text(element.querySelector('[role="alert"]'))).toContain('Could not load your points');
    element.querySelector<HTMLButtonElement>('[data-testid="retry"]')?.click();
    backend
      .expectOne((req) => req.url === '/api/enablement/points/me')
      .flush({ total: 0, week: 0, history: [], nextCursor: null });
  });

  it('says how long ago', () => {
    const now = Date.parse('2026-11-25T12:00:00Z');
    expect(timeAgo('2026-11-25T11:59:40Z', now)).toBe('just now');
    expect(timeAgo('2026-11-25T09:00:00Z', now)).toBe('3 h ago');
    expect(timeAgo('2026-11-23T12:00:00Z', now)).toBe('2 d ago');
    expect(timeAgo('2026-10-01T12:00:00Z', now)).toBe('1 Oct 2026');
  });
});
