import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Challenge, Role } from '@chorus/shared/contracts';
import { AuthStore } from '@chorus/web/core';
import { provideChorusIcons } from '@chorus/web/ui';
import { ChallengesPage } from './challenges.page';

const DAY = 86_400_000;

function challenge(over: Partial<Challenge>): Challenge {
  return {
    id: 'c1',
    title: 'Click sprint',
    description: '',
    prize: 'Lunch with the CEO',
    metric: 'clicks',
    contentItem: { id: 'i1', title: 'Quarterly results' },
    group: null,
    startsAt: new Date(Date.now() - DAY).toISOString(),
    endsAt: new Date(Date.now() + 2 * DAY + 3_600_000).toISOString(),
    winnerCount: 1,
    state: 'running',
    standings: [
      { rank: 1, name: 'Ada Advocate', userId: 'u1', score: 12, isMe: false, anonymous: false },
      { rank: 2, name: 'Me Myself', userId: 'me', score: 5, isMe: true, anonymous: false },
    ],
    winners: null,
    myScore: 5,
    ...over,
  };
}

const CHALLENGES: Challenge[] = [
  challenge({}),
  challenge({
    id: 'c2',
    title: 'Share week',
    metric: 'shares',
    contentItem: null,
    state: 'scheduled',
    startsAt: new Date(Date.now() + 3 * DAY).toISOString(),
    endsAt: new Date(Date.now() + 10 * DAY).toISOString(),
    standings: [],
    myScore: null,
  }),
  challenge({
    id: 'c3',
    title: 'January points',
    metric: 'points',
    contentItem: null,
    state: 'ended',
    startsAt: new Date(Date.now() - 40 * DAY).toISOString(),
    endsAt: new Date(Date.now() - 10 * DAY).toISOString(),
    winners: [{ rank: 1, name: 'Anonymous advocate', userId: null, score: 300, isMe: false, anonymous: true }],
  }),
];

describe('ChallengesPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  async function open(roles: Role[]): Promise<HTMLElement> {
    TestBed.inject(AuthStore).setUser({ id: 'me', email: 'me@example.com', name: 'Me Myself', roles, groups: [] });
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/challenges');
    backend.expectOne('/api/enablement/challenges').flush(CHALLENGES);
    await harness.fixture.whenStable();
    return harness.routeNativeElement as HTMLElement;
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'challenges', component: ChallengesPage }]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideChorusIcons(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    backend.verify();
    TestBed.inject(MatDialog).closeAll();
  });

  const card = (element: HTMLElement, title: string) =>
    element.querySelector<HTMLElement>(`[data-testid="challenge-card"][data-title="${title}"]`);

  it('groups running, upcoming and ended challenges with goal, score, countdown and winners', async () => {
    const element = await open(['advocate']);
    const running = card(element, 'Click sprint');
    expect(running?.closest('[data-testid="challenges-running"]')).not.toBeNull();
    expect(running?.textContent).toContain('Most clicks on “Quarterly results”');
    expect(running?.textContent).toContain('Prize: Lunch with the CEO');
    expect(running?.textContent).toContain('Ends in 2 d');
    expect(running?.querySelector('[data-testid="challenge-my-score"]')?.textContent).toContain('Your score: 5 clicks');
    expect(running?.querySelectorAll('[data-testid="challenge-standing"]').length).toBe(2);

    const upcoming = card(element, 'Share week');
    expect(upcoming?.closest('[data-testid="challenges-upcoming"]')).not.toBeNull();
    expect(upcoming?.textContent).toContain('Starts in');

    const ended = card(element, 'January points');
    expect(ended?.closest('[data-testid="challenges-ended"]')).not.toBeNull();
    expect(ended?.textContent).toContain('Ended');
    const winners = ended?.querySelectorAll('[data-testid="challenge-winner"]') ?? [];
    expect(winners.length).toBe(1);
    expect(winners[0].textContent).toContain('Anonymous advocate');

    expect(element.querySelector('[data-testid="new-challenge"]')).toBeNull();
    expect(element.querySelector('[data-testid="challenge-edit"]')).toBeNull();
  });

  it('lets leads create, edit and delete', async () => {
    const element = await open(['lead']);
    expect(element.querySelector('[data-testid="new-challenge"]')).not.toBeNull();
    // Running and upcoming ones can be edited; the ended one with announced winners is final.
    expect(element.querySelectorAll('[data-testid="challenge-edit"]').length).toBe(2);
    element.querySelector<HTMLElement>('[data-testid="new-challenge"]')?.click();
    await harness.fixture.whenStable();
    expect(document.querySelector('[data-testid="challenge-form"]')).not.toBeNull();
    backend.expectOne('/api/groups').flush([]);
    backend.expectOne((r) => r.url === '/api/analytics/content').flush([]);
  });
});
