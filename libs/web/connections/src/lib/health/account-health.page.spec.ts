import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { AccountHealthReport } from '@chorus/shared/contracts';
import { provideChorusIcons } from '@chorus/web/ui';
import { AccountHealthPage, healthBar } from './account-health.page';

const REPORT: AccountHealthReport = {
  advocates: 20,
  networks: [
    { network: 'linkedin', connected: 12, expiring: 3, needsReconnect: 1, notConnected: 4 },
    { network: 'x', connected: 6, expiring: 0, needsReconnect: 2, notConnected: 12 },
  ],
};

describe('AccountHealthPage', () => {
  let fixture: ComponentFixture<AccountHealthPage>;
  let backend: HttpTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [AccountHealthPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideChorusIcons()],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AccountHealthPage);
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  async function answer(report: AccountHealthReport): Promise<void> {
    backend.expectOne('/api/connections/health').flush(report);
    await fixture.whenStable();
  }

  const cells = (row: Element | null) =>
    Array.from(row?.querySelectorAll('th, td') ?? []).map((cell) => cell.textContent?.trim());

  it('draws one stacked bar per network, with segments in proportion and labelled', async () => {
    await answer(REPORT);
    const linkedIn = element.querySelector('[data-testid="health-linkedin"]');
    const bar = linkedIn?.querySelector<HTMLElement>('[data-testid="health-bar"]');
    expect(bar?.getAttribute('role')).toBe('img');
    expect(bar?.getAttribute('aria-label')).toBe(
      'LinkedIn: 12 connected, 3 expiring, 1 needs reconnect, 4 not connected',
    );
    const segments = Array.from(bar?.querySelectorAll<HTMLElement>('[data-testid^="segment-"]') ?? []);
    expect(segments.map((segment) => segment.getAttribute('data-testid'))).toEqual([
      'segment-connected',
      'segment-expiring',
      'segment-needsReconnect',
      'segment-notConnected',
    ]);
    expect(segments.map((segment) => segment.style.flexGrow)).toEqual(['12', '3', '1', '4']);
    expect(segments[0].getAttribute('title')).toBe('Connected: 12');
    expect(linkedIn?.querySelector('[data-testid="legend-expiring"]')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Expiring 3 (15%)',
    );
    expect(linkedIn?.textContent).toContain('15 of 20 can post');

    // A state nobody is in gets no segment, but stays in the legend.
    const x = element.querySelector('[data-testid="health-x"]');
    expect(x?.querySelector('[data-testid="segment-expiring"]')).toBeNull();
    expect(x?.querySelector('[data-testid="legend-expiring"]')?.textContent).toContain('0');
  });

  it('repeats the numbers in a table with totals', async () => {
    await answer(REPORT);
    const table = element.querySelector('[data-testid="health-table"]');
    expect(cells(table?.querySelector('thead tr') ?? null)).toEqual([
      'Network',
      'Connected',
      'Expiring',
      'Needs reconnect',
      'Not connected',
      'Advocates',
    ]);
    expect(cells(element.querySelector('[data-testid="health-row-linkedin"]'))).toEqual([
      'LinkedIn',
      '12',
      '3',
      '1',
      '4',
      '20',
    ]);
    expect(cells(element.querySelector('[data-testid="health-row-x"]'))).toEqual(['X', '6', '0', '2', '12', '20']);
    expect(cells(element.querySelector('[data-testid="health-row-total"]'))).toEqual([
      'All networks',
      '18',
      '3',
      '3',
      '16',
      '20',
    ]);
    expect(element.querySelector('[data-testid="health-advocates"]')?.textContent?.trim()).toBe('20');
  });

  it('shows an empty state when there are no advocates', async () => {
    await answer({
      advocates: 0,
      networks: [
        { network: 'linkedin', connected: 0, expiring: 0, needsReconnect: 0, notConnected: 0 },
        { network: 'x', connected: 0, expiring: 0, needsReconnect: 0, notConnected: 0 },
      ],
    });
    expect(element.textContent).toContain('No advocates yet');
    expect(element.querySelector('[data-testid="health-table"]')).toBeNull();
  });

  it('shows a load error with a retry', async () => {
    backend.expectOne('/api/connections/health').flush(null, { status: 503, statusText: 'Unavailable' });
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Could not load account health');
    element.querySelector<HTMLButtonElement>('[data-testid="retry"]')?.click();
    await answer(REPORT);
    expect(element.querySelector('[data-testid="health-table"]')).not.toBeNull();
  });
});

describe('healthBar', () => {
  it('computes percentages of the row total', () => {
    const bar = healthBar({ network: 'x', connected: 1, expiring: 0, needsReconnect: 0, notConnected: 2 });
    expect(bar.segments.map((segment) => segment.percent)).toEqual([33, 0, 0, 67]);
    expect(bar.canPost).toBe(1);
    expect(bar.total).toBe(3);
  });
});
