import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AssignmentDetail, ProfileChecklist } from '@chorus/shared/contracts';
import { provideChorusIcons } from '@chorus/web/ui';
import { provideAdvocateIcons } from './advocate-icons';
import { AssignmentPage } from './assignment.page';

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function detail(over: Partial<AssignmentDetail> = {}): AssignmentDetail {
  return {
    id: 'a5',
    kind: 'learning',
    title: 'The perfect profile',
    learningType: 'video',
    url: 'https://videos.example.com/profile',
    goal: null,
    target: null,
    progress: 0,
    done: false,
    bodyMarkdown: '## What to check\n\n- A **photo**\n- A headline\n\n<script>alert(1)</script>',
    stepName: 'Join',
    levelName: 'Discoverer',
    ...over,
  };
}

const CHECKLIST: ProfileChecklist = {
  items: [
    { item: 'photo', label: 'A friendly, recent photo', checked: true },
    { item: 'headline', label: 'A headline that says what you do', checked: false },
    { item: 'about', label: 'An About section', checked: false },
    { item: 'company', label: 'Your current company', checked: false },
    { item: 'contact', label: 'A way to reach you', checked: false },
  ],
};

describe('AssignmentPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let element: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'learning/assignments/:id', component: AssignmentPage }]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideChorusIcons(),
        provideAdvocateIcons(),
        { provide: MatSnackBar, useValue: jasmine.createSpyObj<MatSnackBar>('MatSnackBar', ['open']) },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
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

  async function open(item: AssignmentDetail): Promise<void> {
    await harness.navigateByUrl(`/learning/assignments/${item.id}`);
    element = harness.routeNativeElement as HTMLElement;
    backend.expectOne(`/api/enablement/assignments/${item.id}`).flush(item);
    await stable();
  }

  it('shows a learning item: type, safe Markdown body, the video in a new tab and a back link', async () => {
    await open(detail());
    expect(text(element.querySelector('h1'))).toBe('The perfect profile');
    expect(text(element)).toContain('Discoverer · Join');
    expect(text(element.querySelector('[data-testid="assignment-type"]'))).toBe('Video');
    const body = element.querySelector('[data-testid="assignment-body"]');
    expect(body?.querySelector('h3')?.textContent).toBe('What to check');
    expect(body?.querySelector('strong')?.textContent).toBe('photo');
    expect(body?.querySelector('script')).toBeNull();
    expect(text(body)).toContain('<script>alert(1)</script>');
    const link = element.querySelector<HTMLAnchorElement>('[data-testid="assignment-link"]');
    expect(link?.getAttribute('href')).toBe('https://videos.example.com/profile');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toContain('noopener');
    expect(element.querySelector('[data-testid="assignment-back"]')?.getAttribute('href')).toBe('/learning');
  });

  it('marks the item done and undoes it', async () => {
    await open(detail());
    element.querySelector<HTMLButtonElement>('[data-testid="assignment-done"]')?.click();
    const done = backend.expectOne('/api/enablement/assignments/a5/done');
    expect(done.request.method).toBe('POST');
    done.flush(null, { status: 204, statusText: 'No Content' });
    await stable();
    expect(text(element.querySelector('[data-testid="assignment-state"]'))).toBe('Done');
    element.querySelector<HTMLButtonElement>('[data-testid="assignment-undo"]')?.click();
    const undo = backend.expectOne('/api/enablement/assignments/a5/done');
    expect(undo.request.method).toBe('DELETE');
    undo.flush(null, { status: 204, statusText: 'No Content' });
    await stable();
    expect(element.querySelector('[data-testid="assignment-done"]')).not.toBeNull();
  });

  it('shows the profile checklist for the profile goal and saves every change', async () => {
    await open(
      detail({
        id: 'a4',
        kind: 'practice',
        title: 'Complete your profile checklist',
        learningType: null,
        url: null,
        goal: 'complete_profile',
        target: 5,
        progress: 1,
        bodyMarkdown: '',
      }),
    );
    expect(text(element.querySelector('[data-testid="assignment-measured"]'))).toContain('perfect profile');
    expect(element.querySelector('[data-testid="assignment-done"]')).toBeNull();
    backend.expectOne('/api/enablement/profile-checklist').flush(CHECKLIST);
    await stable();
    expect(text(element)).toContain('1 of 5 confirmed');
    const headline = element.querySelector<HTMLInputElement>(
      '[data-testid="profile-check-headline"] input[type="checkbox"]',
    );
    expect(headline?.checked).toBeFalse();
    headline?.click();
    await stable();
    expect(text(element)).toContain('Saving…');
    const save = backend.expectOne('/api/enablement/profile-checklist');
    expect(save.request.method).toBe('PUT');
    expect(save.request.body).toEqual({ checked: ['photo', 'headline'] });
    save.flush({
      items: CHECKLIST.items.map((entry) => (entry.item === 'headline' ? { ...entry, checked: true } : entry)),
    });
    await stable();
    expect(text(element)).toContain('2 of 5 confirmed');
    expect(text(element.querySelector('[data-testid="assignment-progress"]'))).toBe('2 of 5');
  });

  it('explains other practice goals with a link to where to do them', async () => {
    await open(
      detail({
        id: 'a6',
        kind: 'practice',
        title: 'Share 2 curated items',
        learningType: null,
        url: null,
        goal: 'share_items',
        target: 2,
        progress: 1,
        bodyMarkdown: '',
      }),
    );
    expect(text(element.querySelector('[data-testid="assignment-measured"]'))).toContain('Curated items you shared');
    expect(text(element.querySelector('[data-testid="assignment-progress"]'))).toBe('1 of 2');
    expect(element.querySelector('[data-testid="assignment-go"]')?.getAttribute('href')).toBe('/feed');
  });

  it('shows an error when the assignment cannot be loaded', async () => {
    await harness.navigateByUrl('/learning/assignments/zz');
    element = harness.routeNativeElement as HTMLElement;
    backend
      .expectOne('/api/enablement/assignments/zz')
      .flush({ title: 'Not found', status: 404 }, { status: 404, statusText: 'Not Found' });
    await stable();
    expect(text(element.querySelector('[role="alert"]'))).toContain('Could not load this assignment');
  });
});
