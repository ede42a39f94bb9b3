import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AmbassadorContact, MyPath } from '@chorus/shared/contracts';
import { provideChorusIcons } from '@chorus/web/ui';
import { provideAdvocateIcons } from './advocate-icons';
import { LearningPage, SUGGESTION_SENT } from './learning.page';
import { myPath } from './testing/fixtures';

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const pause = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

const AMBASSADORS: AmbassadorContact[] = [
  { userId: 'u9', name: 'Amber Bass', email: 'amber@example.com', groupId: 'g1', groupName: 'Sales DACH' },
];

describe('LearningPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let snackBar: jasmine.SpyObj<MatSnackBar>;
  let element: HTMLElement;

  beforeEach(async () => {
    snackBar = jasmine.createSpyObj<MatSnackBar>('MatSnackBar', ['open']);
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'learning', component: LearningPage }]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideChorusIcons(),
        provideAdvocateIcons(),
        { provide: MatSnackBar, useValue: snackBar },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => {
    backend.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => (overlay.innerHTML = ''));
  });

  const stable = async () => {
    harness.detectChanges();
    await harness.fixture.whenStable();
  };

  async function open(path: MyPath = myPath(), ambassadors: AmbassadorContact[] = AMBASSADORS): Promise<void> {
    await harness.navigateByUrl('/learning');
    element = harness.routeNativeElement as HTMLElement;
    expect(text(element)).toContain('Loading your learning path');
    backend.expectOne('/api/enablement/my-path').flush(path);
    await stable();
    backend.expectOne('/api/enablement/ambassadors/mine').flush(ambassadors);
    await stable();
  }

  const step = (level: string, name: string) =>
    element.querySelector<HTMLElement>(
      `[data-testid="path-level"][data-level="${level}"] [data-testid="path-step"][data-step="${name}"]`,
    );
  const row = (title: string) =>
    element.querySelector<HTMLElement>(`[data-testid="assignment"][data-assignment="${title}"]`);

  it('shows the levels with the state of every step, in words as well as icons', async () => {
    await open();
    expect(text(element.querySelector('h1'))).toBe('Social selling');
    expect(text(element)).toContain('From first share to your own posts.');
    const levels = Array.from(element.querySelectorAll('[data-testid="path-level"]')).map((level) =>
      level.getAttribute('data-level'),
    );
    expect(levels).toEqual(['Discoverer', 'Explorer']);
    expect(text(element.querySelector('[data-level="Discoverer"]'))).toContain(
      'About 20 hours · 1 of 5 steps complete',
    );
    expect(step('Discoverer', 'Watch')?.getAttribute('data-state')).toBe('complete');
    expect(step('Discoverer', 'Join')?.getAttribute('data-state')).toBe('current');
    expect(step('Discoverer', 'Join')?.getAttribute('aria-current')).toBe('step');
    expect(step('Discoverer', 'Critique')?.getAttribute('data-state')).toBe('todo');
    expect(step('Explorer', 'Watch')?.getAttribute('data-state')).toBe('todo');
    expect(text(step('Discoverer', 'Watch')?.querySelector('[data-testid="step-state"]'))).toBe('Complete');
    expect(text(step('Discoverer', 'Join')?.querySelector('[data-testid="step-state"]'))).toBe('Current step');
    expect(text(step('Discoverer', 'Join')?.querySelector('[data-testid="step-progress"]'))).toBe(
      '0 of 3 assignments done',
    );
    expect(text(step('Discoverer', 'Critique')?.querySelector('[data-testid="step-unlocks"]'))).toBe(
      'Completing Critique lets you suggest content for the feed.',
    );
  });

  it('shows assignments with their progress, Open / Mark done for learning items and Go for practice goals', async () => {
    await open();
    const connect = row('Connect LinkedIn and X');
    expect(connect?.getAttribute('data-done')).toBe('false');
    expect(text(connect?.querySelector('[data-testid="assignment-progress"]'))).toBe('1 of 2');
    expect(connect?.querySelector('mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('50');
    // The next action's own route wins; the other goals go where they are done.
    expect(connect?.querySelector('[data-testid="assignment-go"]')?.getAttribute('href')).toBe('/connections');
    expect(
      row('Complete your profile checklist')?.querySelector('[data-testid="assignment-go"]')?.getAttribute('href'),
    ).toBe('/learning/assignments/a4');
    expect(row('Share 2 curated items')?.querySelector('[data-testid="assignment-go"]')?.getAttribute('href')).toBe(
      '/feed',
    );
    expect(row('Read 3 curated items')?.getAttribute('data-done')).toBe('true');
    expect(row('Read 3 curated items')?.querySelector('[data-testid="assignment-go"]')).toBeNull();

    const tutorial = row('The perfect profile');
    expect(tutorial?.querySelector('[data-testid="assignment-open"]')?.getAttribute('href')).toBe(
      '/learning/assignments/a5',
    );
    expect(text(tutorial?.querySelector('[data-testid="assignment-done"]'))).toBe('Mark done');
    expect(text(row('Why we share')?.querySelector('[data-testid="assignment-undo"]'))).toBe('Undo');
  });

  it('marks a learning item done, then reloads the path for step completion', async () => {
    await open();
    row('The perfect profile')?.querySelector<HTMLButtonElement>('[data-testid="assignment-done"]')?.click();
    const done = backend.expectOne('/api/enablement/assignments/a5/done');
    expect(done.request.method).toBe('POST');
    done.flush(null, { status: 204, statusText: 'No Content' });
    await stable();
    expect(row('The perfect profile')?.getAttribute('data-done')).toBe('true');
    const reloaded = myPath();
    reloaded.levels[0].steps[1].assignments[2] = {
      ...reloaded.levels[0].steps[1].assignments[2],
      done: true,
      progress: 1,
    };
    backend.expectOne('/api/enablement/my-path').flush(reloaded);
    await stable();
    expect(row('The perfect profile')?.getAttribute('data-done')).toBe('true');
    expect(text(row('The perfect profile')?.querySelector('[data-testid="assignment-undo"]'))).toBe('Undo');
  });

  it('undoes a learning item with DELETE and shows a failure', async () => {
    await open();
    row('Why we share')?.querySelector<HTMLButtonElement>('[data-testid="assignment-undo"]')?.click();
    const undo = backend.expectOne('/api/enablement/assignments/a2/done');
    expect(undo.request.method).toBe('DELETE');
    undo.flush(
      { title: 'Gone', status: 404, detail: 'That assignment is no longer on your path.' },
      { status: 404, statusText: 'Not Found' },
    );
    await stable();
    expect(text(element.querySelector('[data-testid="learning-action-error"]'))).toBe(
      'That assignment is no longer on your path.',
    );
    expect(row('Why we share')?.getAttribute('data-done')).toBe('true');
  });

  it('keeps Suggest content locked and names the step that unlocks it', async () => {
    await open();
    const button = element.querySelector<HTMLButtonElement>('[data-testid="suggest-content"]');
    expect(button?.disabled).toBeTrue();
    expect(text(element.querySelector('[data-testid="suggest-lock-note"]'))).toBe(
      'Complete the Critique step in Discoverer to suggest content for the feed.',
    );
  });

  it('sends a content suggestion once unlocked and confirms it', async () => {
    const path = myPath();
    path.capabilities = [
      {
        capability: 'suggest_content',
        unlocked: true,
        requiredStep: { id: 's4', name: 'Critique', levelName: 'Discoverer' },
      },
    ];
    await open(path);
    expect(element.querySelector('[data-testid="suggest-lock-note"]')).toBeNull();
    element.querySelector<HTMLButtonElement>('[data-testid="suggest-content"]')?.click();
    await stable();
    await pause();
    const url = document.querySelector<HTMLInputElement>('[data-testid="suggest-content-url"]');
    const note = document.querySelector<HTMLTextAreaElement>('[data-testid="suggest-content-note"]');
    if (!url || !note) throw new Error('no dialog');
    url.value = 'https://news.example.com/launch';
    url.dispatchEvent(new Event('input'));
    note.value = 'Our launch, covered by the press';
    note.dispatchEvent(new Event('input'));
    document.querySelector<HTMLButtonElement>('[data-testid="suggest-content-send"]')?.click();
    const call = backend.expectOne('/api/enablement/content-suggestions');
    expect(call.request.method).toBe('POST');
    expect(call.request.body).toEqual({
      url: 'https://news.example.com/launch',
      note: 'Our launch, covered by the press',
    });
    call.flush({ contentItemId: 'c1', title: 'Launch', state: 'submitted', createdAt: '2026-11-25T10:00:00Z' });
    await stable();
    await pause(50);
    expect(snackBar.open).toHaveBeenCalledWith(SUGGESTION_SENT, undefined, jasmine.anything());
  });

  it('shows why the server refused a suggestion', async () => {
    const path = myPath();
    path.capabilities = [];
    await open(path);
    element.querySelector<HTMLButtonElement>('[data-testid="suggest-content"]')?.click();
    await stable();
    await pause();
    const url = document.querySelector<HTMLInputElement>('[data-testid="suggest-content-url"]');
    if (!url) throw new Error('no dialog');
    url.value = 'https://news.example.com/launch';
    url.dispatchEvent(new Event('input'));
    document.querySelector<HTMLButtonElement>('[data-testid="suggest-content-send"]')?.click();
    backend
      .expectOne('/api/enablement/content-suggestions')
      .flush(
        {
          title: 'Locked',
          status: 403,
          code: 'enablement.locked',
          detail: 'Complete the Critique step to suggest content.',
        },
        { status: 403, statusText: 'Forbidden' },
      );
    await stable();
    expect(text(document.querySelector('[data-testid="suggest-content-error"]'))).toBe(
      'Complete the Critique step to suggest content.',
    );
    expect(snackBar.open).not.toHaveBeenCalled();
  });

  it('lists the ambassadors with a mail link', async () => {
    await open();
    const card = element.querySelector('[data-testid="ambassadors-card"]');
    expect(text(card)).toContain('Amber Bass');
    expect(text(card)).toContain('Sales DACH');
    expect(card?.querySelector('a')?.getAttribute('href')).toBe('mailto:amber@example.com');
  });

  it('says when no path is rolled out to the advocate', async () => {
    await open({ path: null, levels: [], next: null, levelsCompleted: [], capabilities: [] }, []);
    expect(text(element.querySelector('[data-testid="learning-empty"]'))).toContain(
      'Your programme has not started a learning path for your groups yet',
    );
    expect(element.querySelectorAll('[data-testid="path-level"]').length).toBe(0);
    expect(text(element.querySelector('[data-testid="ambassadors-empty"]'))).toContain('no ambassador');
  });

  it('fits a 390 px wide phone without scrolling sideways', async () => {
    (harness.fixture.nativeElement as HTMLElement).style.cssText = 'display:block;width:390px';
    await open();
    expect(element.scrollWidth).toBeLessThanOrEqual(390);
    for (const row of Array.from(element.querySelectorAll<HTMLElement>('[data-testid="assignment"]'))) {
      expect(row.scrollWidth)
        .withContext(row.getAttribute('data-assignment') ?? '')
        .toBeLessThanOrEqual(row.clientWidth + 1);
    }
  });

  it('shows an error with a retry', async () => {
    await harness.navigateByUrl('/learning');
    element = harness.routeNativeElement as HTMLElement;
    backend.expectOne('/api/enablement/my-path').flush(null, { status: 500, statusText: 'Error' });
    await stable();
    expect(text(element.querySelector('[role="alert"]'))).toContain('Could not load your learning path');
    element.querySelector<HTMLButtonElement>('[data-testid="retry"]')?.click();
    backend.expectOne('/api/enablement/my-path').flush(myPath());
    await stable();
    backend.expectOne('/api/enablement/ambassadors/mine').flush([]);
    await stable();
    expect(element.querySelectorAll('[data-testid="path-level"]').length).toBe(2);
  });
});
