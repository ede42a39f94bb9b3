import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SkillPathSummary } from '@chorus/shared/contracts';
import { provideChorusIcons } from '@chorus/web/ui';
import { GROUPS, skillPath } from '../testing/fixtures';
import { SkillPathsPage } from './skill-paths.page';

const SUMMARIES: SkillPathSummary[] = [
  {
    id: 'p1',
    name: 'Advocacy basics',
    description: 'From first read to own posts',
    groupIds: ['g1', 'g2'],
    active: true,
    levelCount: 2,
    stepCount: 5,
    advocateCount: 8,
    updatedAt: '2030-01-01T00:00:00Z',
  },
  {
    id: 'p2',
    name: 'Pilot',
    description: '',
    groupIds: [],
    active: false,
    levelCount: 1,
    stepCount: 1,
    advocateCount: 1,
    updatedAt: '2030-01-01T00:00:00Z',
  },
];

describe('SkillPathsPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let element: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'skill-paths', component: SkillPathsPage }]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideChorusIcons(),
        { provide: MatSnackBar, useValue: jasmine.createSpyObj<MatSnackBar>('MatSnackBar', ['open']) },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/skill-paths');
    backend.expectOne('/api/enablement/paths').flush(SUMMARIES);
    backend.expectOne('/api/groups').flush(GROUPS);
    await harness.fixture.whenStable();
    element = harness.routeNativeElement as HTMLElement;
  });

  afterEach(() => {
    backend.verify();
    TestBed.inject(MatDialog).closeAll();
  });

  const row = (name: string) => element.querySelector<HTMLElement>(`[data-testid="skill-path"][data-name="${name}"]`);

  it('lists the paths with their rollout, size and advocates', () => {
    expect(row('Advocacy basics')?.textContent).toContain('Sales DACH, Engineering');
    expect(row('Advocacy basics')?.textContent).toContain('2 levels, 5 steps');
    expect(row('Advocacy basics')?.textContent).toContain('8 advocates');
    expect(row('Pilot')?.textContent).toContain('Everyone');
    expect(row('Pilot')?.textContent).toContain('1 advocate');
  });

  it('pauses a path by putting its definition back with active off', async () => {
    row('Advocacy basics')?.querySelector<HTMLElement>('[data-testid="skill-path-active"] button')?.click();
    await harness.fixture.whenStable();
    backend.expectOne({ url: '/api/enablement/paths/p1', method: 'GET' }).flush(skillPath());
    const put = backend.expectOne({ url: '/api/enablement/paths/p1', method: 'PUT' });
    expect(put.request.body.active).toBeFalse();
    expect(put.request.body.levels[0].steps[0].assignments[0].id).toBe('a1');
    expect(put.request.body.id).toBeUndefined();
    put.flush({ ...skillPath(), active: false });
    await harness.fixture.whenStable();
  });

  it('deletes a path after confirmation', async () => {
    row('Pilot')?.querySelector<HTMLElement>('[data-testid="skill-path-delete"]')?.click();
    await harness.fixture.whenStable();
    document.querySelector<HTMLElement>('[data-testid="confirm-ok"]')?.click();
    await harness.fixture.whenStable();
    backend.expectOne({ url: '/api/enablement/paths/p2', method: 'DELETE' }).flush(null);
    await harness.fixture.whenStable();
    expect(row('Pilot')).toBeNull();
  });
});
