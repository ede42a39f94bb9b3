import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideAnalyticsCharts } from '@chorus/web/analytics';
import { provideChorusIcons } from '@chorus/web/ui';
import { matrix } from '../testing/fixtures';
import { ProgressMatrixPage } from './progress-matrix.page';

describe('ProgressMatrixPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'skill-paths/matrix', component: ProgressMatrixPage }]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideChorusIcons(),
        provideAnalyticsCharts(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => backend.verify());

  async function open(url = '/skill-paths/matrix'): Promise<HTMLElement> {
    await harness.navigateByUrl(url);
    return harness.routeNativeElement as HTMLElement;
  }

  it('draws people × steps with complete, current and todo cells', async () => {
    const element = await open('/skill-paths/matrix?groupId=g1');
    const call = backend.expectOne((r) => r.url === '/api/enablement/matrix');
    expect(call.request.params.get('groupId')).toBe('g1');
    expect(call.request.params.has('pathId')).toBeFalse();
    call.flush(matrix());
    await harness.fixture.whenStable();

    expect(element.querySelector('[data-testid="progress-matrix"]')).not.toBeNull();
    const rows = Array.from(element.querySelectorAll<HTMLElement>('[data-testid="matrix-row"]'));
    expect(rows.map((r) => r.dataset['user'])).toEqual(['Ada Advocate', 'Bo Beginner']);
    const states = (row: HTMLElement) =>
      Array.from(row.querySelectorAll<HTMLElement>('[data-testid="matrix-cell"]')).map(
        (c) => `${c.dataset['step']}=${c.dataset['state']}`,
      );
    expect(states(rows[0])).toEqual([
      'Discoverer/Watch=complete',
      'Discoverer/Join=complete',
      'Explorer/Create=current',
    ]);
    expect(states(rows[1])).toEqual(['Discoverer/Watch=current', 'Discoverer/Join=todo', 'Explorer/Create=todo']);
    const stalled = rows[0].querySelector<HTMLElement>('[data-step="Explorer/Create"]');
    expect(stalled?.textContent).toContain('16');
    expect(stalled?.classList).toContain('stalled');
    expect(rows[0].querySelector('[data-step="Discoverer/Watch"]')?.getAttribute('aria-label')).toContain('Completed');
    const levelHeaders = Array.from(element.querySelectorAll('th.level')).map((th) => [
      th.textContent?.trim(),
      th.getAttribute('colspan'),
    ]);
    expect(levelHeaders).toEqual([
      ['Discoverer', '2'],
      ['Explorer', '1'],
    ]);
    expect(element.querySelector('chorus-stall-chart canvas')).not.toBeNull();
    expect(element.querySelector('[data-testid="matrix-path"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="matrix-group"]')).not.toBeNull();
  });

  it('shows an empty state without a path and an error state with retry', async () => {
    const element = await open();
    backend
      .expectOne((r) => r.url === '/api/enablement/matrix')
      .flush({ ...matrix(), pathId: null, steps: [], rows: [], stalls: [], paths: [] });
    await harness.fixture.whenStable();
    expect(element.textContent).toContain('No skill path yet');
    expect(element.querySelector('[data-testid="progress-matrix"]')).toBeNull();
  });

  it('offers a retry when the matrix cannot be loaded', async () => {
    const element = await open();
    backend
      .expectOne((r) => r.url === '/api/enablement/matrix')
      .flush({ title: 'Oops', status: 500 }, { status: 500, statusText: 'Server Error' });
    await harness.fixture.whenStable();
    expect(element.textContent).toContain('Could not load the progress matrix');
  });
});
