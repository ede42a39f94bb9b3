import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideChorusIcons } from '@chorus/web/ui';
import { GROUPS, skillPath } from '../testing/fixtures';
import { PathEditorPage } from './path-editor.page';

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('PathEditorPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let element: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'skill-paths/:id', component: PathEditorPage }]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideChorusIcons(),
        { provide: MatSnackBar, useValue: jasmine.createSpyObj<MatSnackBar>('MatSnackBar', ['open']) },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/skill-paths/p1');
    backend.expectOne('/api/enablement/paths/p1').flush(skillPath());
    backend.expectOne('/api/groups').flush(GROUPS);
    await harness.fixture.whenStable();
    element = harness.routeNativeElement as HTMLElement;
  });

  afterEach(() => backend.verify());

  const all = (testId: string, root: ParentNode = element) =>
    Array.from(root.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`));
  const one = <T extends HTMLElement = HTMLElement>(testId: string, root: ParentNode = element): T => {
    const found = root.querySelector<T>(`[data-testid="${testId}"]`);
    if (!found) throw new Error(`no ${testId}`);
    return found;
  };

  async function type(field: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
    field.value = value;
    field.dispatchEvent(new Event('input'));
    field.dispatchEvent(new Event('blur'));
    await harness.fixture.whenStable();
  }

  async function click(button: HTMLElement): Promise<void> {
    button.click();
    await harness.fixture.whenStable();
  }

  it('shows the path with its levels, steps and assignments', () => {
    expect(one<HTMLInputElement>('path-name').value).toBe('Advocacy basics');
    expect(all('level').length).toBe(1);
    expect(all('step').map((s) => one<HTMLInputElement>('step-name', s).value)).toEqual(['Watch', 'Join']);
    const [learning, practice] = all('assignment');
    expect(learning.dataset['kind']).toBe('learning');
    expect(one<HTMLInputElement>('assignment-url', learning).value).toBe('https://videos.example.com/1');
    expect(one<HTMLInputElement>('assignment-target', practice).value).toBe('3');
  });

  it('builds the PUT body from the edits, keeping ids and leaving new items without one', async () => {
    await type(one<HTMLInputElement>('path-name'), 'Advocacy 101');
    const [watch, join] = all('step');
    // Watch: unlock "suggest content", raise the reading goal, add a practice goal.
    await click(one('step-unlock-suggest_content', watch).querySelector('input') as HTMLElement);
    await type(one<HTMLInputElement>('assignment-target', all('assignment', watch)[1]), '5');
    await click(one('add-practice', watch));
    const added = all('assignment', watch)[2];
    await type(one<HTMLInputElement>('assignment-title', added), 'Share two items');
    await type(one<HTMLInputElement>('assignment-target', added), '2');
    // Join moves above Watch.
    await click(join.querySelector('[aria-label="Move step up"]') as HTMLElement);

    await click(one('path-save'));
    const call = backend.expectOne({ url: '/api/enablement/paths/p1', method: 'PUT' });
    expect(call.request.body).toEqual({
      name: 'Advocacy 101',
      description: 'From first read to own posts',
      groupIds: ['g1'],
      active: true,
      levels: [
        {
          id: 'l1',
          name: 'Discoverer',
          hours: 20,
          steps: [
            {
              id: 's2',
              name: 'Join',
              description: 'Connect your accounts',
              unlocks: [],
              assignments: [{ id: 'a3', kind: 'practice', title: 'Connect', goal: 'connect_accounts', target: 2 }],
            },
            {
              id: 's1',
              name: 'Watch',
              description: 'Learn the basics',
              unlocks: ['suggest_content'],
              assignments: [
                {
                  id: 'a1',
                  kind: 'learning',
                  title: 'Why advocacy',
                  learningType: 'video',
                  bodyMarkdown: '# Hi',
                  url: 'https://videos.example.com/1',
                },
                { id: 'a2', kind: 'practice', title: 'Read three items', goal: 'read_items', target: 5 },
                { kind: 'practice', title: 'Share two items', goal: 'share_items', target: 2 },
              ],
            },
          ],
        },
      ],
    });
    // The server answers with ids for what was new; a second save sends them.
    const saved = skillPath();
    saved.levels[0].steps.reverse();
    saved.levels[0].steps[1].assignments.push({
      id: 'a9',
      kind: 'practice',
      title: 'Share two items',
      goal: 'share_items',
      target: 2,
    });
    call.flush(saved);
    await harness.fixture.whenStable();
    await click(one('path-save'));
    const again = backend.expectOne({ url: '/api/enablement/paths/p1', method: 'PUT' });
    expect(again.request.body.levels[0].steps[1].assignments[2].id).toBe('a9');
    again.flush(saved);
    await harness.fixture.whenStable();
  });

  it('checks fields before sending', async () => {
    await type(one<HTMLInputElement>('assignment-target', all('assignment')[1]), '0');
    await click(one('path-save'));
    backend.expectNone({ url: '/api/enablement/paths/p1', method: 'PUT' });
    expect(text(one('assignment-target-error'))).toBe('A whole number of 1 or more.');
    expect(text(one('path-error'))).toContain('Some fields need your attention.');
  });

  it('shows a 400 problem at the field it names, and names other fields at the top', async () => {
    await click(one('path-save'));
    backend.expectOne({ url: '/api/enablement/paths/p1', method: 'PUT' }).flush(
      {
        title: 'Bad Request',
        status: 400,
        code: 'validation_failed',
        detail: 'levels[0].steps[0].assignments[1].target must not be greater than 1000',
        errors: [
          { field: 'levels[0].steps[0].assignments[1].target', message: 'must not be greater than 1000' },
          { field: 'levels[0].steps[1].assignments', message: 'a step needs at least one assignment' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await harness.fixture.whenStable();
    const practice = all('assignment')[1];
    expect(text(one('assignment-target-error', practice))).toBe('must not be greater than 1000');
    const top = text(one('path-error'));
    expect(top).toContain('Level 1 “Discoverer” › step 1 “Watch” › assignment 2 “Read three items” › target');
    expect(text(one('path-field-errors'))).toBe(
      'Level 1 “Discoverer” › step 2 “Join” › assignments: a step needs at least one assignment',
    );
  });
});
