import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { LeadDashboard } from '@chorus/shared/contracts';
import { provideChorusIcons } from '@chorus/web/ui';
import { provideAnalyticsCharts } from '../shared/charts';
import { presetRange } from '../shared/date-range';
import { provideAnalyticsIcons } from '../shared/icons';
import { ADVOCATES, CONTENT, dashboard, LINKEDIN_REASON, totals } from '../testing/fixtures';
import { DashboardPage } from './dashboard.page';
import { TOP_LIMIT } from './dashboard.store';

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('DashboardPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let element: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'analytics', component: DashboardPage }]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideChorusIcons(),
        provideAnalyticsIcons(),
        provideAnalyticsCharts(),
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

  function expectReport(path: string): TestRequest {
    return backend.expectOne((req) => req.url === `/api/analytics/${path}`);
  }

  async function open(
    url: string,
    report: LeadDashboard | 'error' = dashboard(),
  ): Promise<Record<string, TestRequest>> {
    await harness.navigateByUrl(url);
    element = harness.routeNativeElement as HTMLElement;
    await stable();
    backend
      .expectOne('/api/groups')
      .flush([{ id: 'g1', name: 'Sales DACH', description: '', memberCount: 5, createdAt: '2029-01-01T00:00:00Z' }]);
    const calls = {
      dashboard: expectReport('dashboard'),
      content: expectReport('content'),
      advocates: expectReport('advocates'),
    };
    if (report === 'error') {
      calls.dashboard.flush(
        { title: 'Internal Server Error', status: 500, detail: 'The reports are not ready.' },
        { status: 500, statusText: 'Internal Server Error' },
      );
    } else {
      calls.dashboard.flush(report);
    }
    calls.content.flush(CONTENT);
    calls.advocates.flush(ADVOCATES);
    await stable();
    return calls;
  }

  it('reads the last 30 days by default and shows the key figures', async () => {
    const calls = await open('/analytics');
    const range = presetRange(30);
    expect(calls['dashboard'].request.params.get('from')).toBe(range.from);
    expect(calls['dashboard'].request.params.get('to')).toBe(range.to);
    expect(calls['dashboard'].request.params.has('groupId')).toBeFalse();
    expect(calls['content'].request.params.get('limit')).toBe(String(TOP_LIMIT));
    expect(calls['advocates'].request.params.get('limit')).toBe(String(TOP_LIMIT));

    expect(text(q('dashboard-shares'))).toBe('12');
    expect(text(q('dashboard-clicks'))).toBe('345');
    expect(q('dashboard-clicks').getAttribute('data-value')).toBe('345');
    expect(text(q('dashboard-clicks-detail'))).toBe('300 unique clicks');
    expect(text(q('dashboard-participation'))).toBe('5 / 8');
    expect(text(q('dashboard-emv'))).toBe('€1,380.00');
    expect(text(q('dashboard-updated'))).toBe('Figures updated 5 minutes ago');
    expect(element.querySelector('[data-testid="dashboard-range-30"]')?.classList).toContain(
      'mat-button-toggle-checked',
    );
    expect(element.querySelectorAll('[data-testid="dashboard-group-row"]').length).toBe(2);
    expect(element.querySelectorAll('[data-testid="dashboard-content-row"]').length).toBe(1);
    expect(element.querySelectorAll('[data-testid="dashboard-advocate-row"]').length).toBe(2);
    expect(element.querySelectorAll('canvas').length).toBe(2);
  });

  it('says "Not available" with the reason where the networks report no impressions, never 0', async () => {
    await open('/analytics');
    expect(text(q('dashboard-impressions'))).toBe('Not available');
    expect(text(q('dashboard-impressions-reason'))).toContain(LINKEDIN_REASON);
    expect(text(q('dashboard-engagements'))).toBe('Not available');
    expect(text(q('dashboard-ctr'))).toBe('Not available');
    const impressionsCells = Array.from(
      element.querySelectorAll('[data-testid="dashboard-groups-table"] td.mat-column-impressions'),
    );
    expect(impressionsCells.map((cell) => text(cell))).toEqual(['Not available', 'Not available']);
  });

  it('shows impressions where a network reports them, and which networks they cover', async () => {
    await open(
      '/analytics',
      dashboard({
        totals: totals({ impressions: 12000, engagements: 340, ctr: 0.0287 }),
        availability: [
          { network: 'linkedin', available: false, reason: LINKEDIN_REASON },
          { network: 'x', available: true, reason: null },
        ],
      }),
    );
    expect(text(q('dashboard-impressions'))).toBe('12,000');
    expect(text(q('dashboard-impressions-detail'))).toBe(`X only — ${LINKEDIN_REASON}`);
    expect(text(q('dashboard-ctr'))).toBe('2.87%');
  });

  it('shows the EMV formula and rates on request', async () => {
    await open('/analytics');
    expect(element.querySelector('[data-testid="emv-info"]')).toBeNull();
    q('emv-info-toggle').click();
    await stable();
    expect(q('emv-info-toggle').getAttribute('aria-expanded')).toBe('true');
    expect(text(q('emv-info'))).toContain('EMV = impressions × CPM / 1000 + clicks × CPC + engagements × CPE');
    const rates = Array.from(q('emv-info').querySelectorAll('li')).map((row) => text(row));
    expect(rates).toEqual(['LinkedIn: CPM €30.00, CPC €4.00, CPE €1.50', 'X: CPM €8.00, CPC €1.20, CPE €0.25']);
  });

  it('takes the filters from the URL and gives every CSV link the same filters', async () => {
    const calls = await open('/analytics?from=2030-01-01&to=2030-01-31&groupId=g1&network=x');
    expect(calls['dashboard'].request.params.toString()).toBe('from=2030-01-01&to=2030-01-31&groupId=g1&network=x');
    expect(calls['content'].request.params.get('groupId')).toBe('g1');
    expect(calls['advocates'].request.params.get('network')).toBe('x');
    for (const kind of ['days', 'groups', 'networks', 'content', 'advocates']) {
      expect(q(`dashboard-csv-${kind}`).getAttribute('href'))
        .withContext(kind)
        .toBe(`/api/analytics/export/${kind}?from=2030-01-01&to=2030-01-31&groupId=g1&network=x`);
      expect(q(`dashboard-csv-${kind}`).hasAttribute('download')).toBeTrue();
    }
    expect((q('dashboard-from') as HTMLInputElement).value).toBe('2030-01-01');
    expect((q('dashboard-to') as HTMLInputElement).value).toBe('2030-01-31');
    expect(element.querySelector('chorus-dashboard-filters .mat-button-toggle-checked')).toBeNull();
  });

  it('puts a preset into the URL and reads the figures again', async () => {
    await open('/analytics?network=linkedin');
    q('dashboard-range-7').querySelector('button')?.click();
    await stable();
    const range = presetRange(7);
    const router = TestBed.inject(Router);
    expect(router.url).toBe(`/analytics?network=linkedin&from=${range.from}&to=${range.to}`);
    const again = expectReport('dashboard');
    expect(again.request.params.toString()).toBe(`from=${range.from}&to=${range.to}&network=linkedin`);
    again.flush(dashboard());
    expectReport('content').flush([]);
    expectReport('advocates').flush([]);
    await stable();
    expect(q('dashboard-csv-groups').getAttribute('href')).toBe(
      `/api/analytics/export/groups?from=${range.from}&to=${range.to}&network=linkedin`,
    );
  });

  it('moves the other end along when a typed day would reverse the range', async () => {
    await open('/analytics?from=2030-01-10&to=2030-01-20');
    const from = q('dashboard-from') as HTMLInputElement;
    from.value = '2030-01-25';
    from.dispatchEvent(new Event('change'));
    await stable();
    expect(TestBed.inject(Router).url).toBe('/analytics?from=2030-01-25&to=2030-01-25');
    expectReport('dashboard').flush(dashboard());
    expectReport('content').flush([]);
    expectReport('advocates').flush([]);
  });

  it('shows an error with a retry that reads the figures again', async () => {
    await open('/analytics', 'error');
    expect(text(q('dashboard-error'))).toContain('The reports are not ready.');
    expect(element.querySelector('[data-testid="dashboard-clicks"]')).toBeNull();
    q('retry').click();
    await stable();
    expectReport('dashboard').flush(dashboard());
    expectReport('content').flush(CONTENT);
    expectReport('advocates').flush(ADVOCATES);
    await stable();
    expect(element.querySelector('[data-testid="dashboard-error"]')).toBeNull();
    expect(text(q('dashboard-clicks'))).toBe('345');
  });

  it('says when there are no shares in the period yet', async () => {
    await open(
      '/analytics',
      dashboard({
        totals: totals({ shares: 0, clicks: 0, uniqueClicks: 0, emv: 0 }),
        series: [],
        participation: { enrolled: 8, active: 0, rate: 0 },
      }),
    );
    expect(text(q('dashboard-empty'))).toContain('No shares in this period yet');
    expect(element.querySelector('[data-testid="dashboard-clicks"]')).toBeNull();
  });

  it('shows a loading state until the first figures arrive', async () => {
    await harness.navigateByUrl('/analytics');
    element = harness.routeNativeElement as HTMLElement;
    await stable();
    expect(text(element.querySelector('chorus-loading-state'))).toContain('Loading the reach figures');
    backend.expectOne('/api/groups').flush([]);
    expectReport('dashboard').flush(dashboard());
    expectReport('content').flush([]);
    expectReport('advocates').flush([]);
  });
});
