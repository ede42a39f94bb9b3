import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { PointsLeaderboard } from '@chorus/shared/contracts';
import { AuthStore } from '@chorus/web/core';
import { provideChorusIcons } from '@chorus/web/ui';
import { LeaderboardsPage } from './leaderboards.page';

function board(over: Partial<PointsLeaderboard> = {}): PointsLeaderboard {
  return {
    period: 'week',
    from: '2030-01-07',
    to: '2030-01-13',
    groupId: 'g1',
    groupName: 'Sales DACH',
    groups: [
      { id: 'g1', name: 'Sales DACH' },
      { id: 'g2', name: 'Engineering' },
    ],
    entries: [
      { rank: 1, name: 'Ada Advocate', userId: 'u1', points: 120, isMe: false, anonymous: false },
      { rank: 2, name: 'Anonymous advocate', userId: null, points: 80, isMe: false, anonymous: true },
      { rank: 3, name: 'Me Myself', userId: 'me', points: 40, isMe: true, anonymous: false },
    ],
    ...over,
  };
}

describe('LeaderboardsPage', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<LeaderboardsPage>;
  let element: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [LeaderboardsPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideChorusIcons(),
        { provide: MatSnackBar, useValue: jasmine.createSpyObj<MatSnackBar>('MatSnackBar', ['open']) },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    TestBed.inject(AuthStore).setUser({
      id: 'me',
      email: 'me@example.com',
      name: 'Me Myself',
      roles: ['advocate'],
      groups: [],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(LeaderboardsPage);
    element = fixture.nativeElement;
    await fixture.whenStable();
    const first = backend.expectOne((r) => r.url === '/api/enablement/leaderboard');
    expect(first.request.params.get('period')).toBe('week');
    first.flush(board());
    backend.expectOne({ url: '/api/analytics/me/preferences', method: 'GET' }).flush({ showOnLeaderboards: true });
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  const entries = () => Array.from(element.querySelectorAll<HTMLElement>('[data-testid="leaderboard-entry"]'));
  const toggleInput = () =>
    element.querySelector<HTMLElement>(
      '[data-testid="leaderboard-opt-out"] button, [data-testid="leaderboard-opt-out"] input',
    );

  it('ranks the group with anonymous rows and the caller highlighted', () => {
    expect(entries().map((e) => e.dataset['name'])).toEqual(['Ada Advocate', 'Anonymous advocate', 'Me Myself']);
    expect(entries()[1].querySelector('.anonymous')).not.toBeNull();
    expect(entries()[2].classList).toContain('me');
    expect(entries()[2].textContent).toContain('You');
    expect(entries()[0].textContent).toContain('120');
  });

  it('reloads for another period', async () => {
    const quarter = element.querySelector<HTMLElement>(
      '[data-testid="leaderboard-period"] [data-period="quarter"] button',
    );
    quarter?.click();
    await fixture.whenStable();
    const call = backend.expectOne((r) => r.url === '/api/enablement/leaderboard');
    expect(call.request.params.get('period')).toBe('quarter');
    expect(call.request.params.get('groupId')).toBeNull();
    call.flush(board({ period: 'quarter', entries: [] }));
    await fixture.whenStable();
    expect(entries().length).toBe(0);
    expect(element.textContent).toContain('No points yet');
  });

  it('saves the opt-out and reloads the board', async () => {
    expect(toggleInput()).not.toBeNull();
    toggleInput()?.click();
    await fixture.whenStable();
    const put = backend.expectOne({ url: '/api/analytics/me/preferences', method: 'PUT' });
    expect(put.request.body).toEqual({ showOnLeaderboards: false });
    put.flush({ showOnLeaderboards: false });
    await fixture.whenStable();
    backend.expectOne((r) => r.url === '/api/enablement/leaderboard').flush(board());
    await fixture.whenStable();
    expect(toggleInput()?.getAttribute('aria-checked')).toBe('false');
  });
});
