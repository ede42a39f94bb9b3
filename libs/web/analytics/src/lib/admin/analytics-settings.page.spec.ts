import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { AnalyticsSettings, XReadSpend } from '@chorus/shared/contracts';
import { provideChorusIcons } from '@chorus/web/ui';
import { provideAnalyticsCharts } from '../shared/charts';
import { provideAnalyticsIcons } from '../shared/icons';
import { AnalyticsSettingsPage } from './analytics-settings.page';

const SETTINGS: AnalyticsSettings = {
  currency: 'EUR',
  emvRates: { linkedin: { cpm: 30, cpc: 4, cpe: 1.5 }, x: { cpm: 8, cpc: 1.2, cpe: 0.25 } },
  xReadBudgetPerDay: 500,
};

const SPEND: XReadSpend = {
  currency: 'USD',
  pricePerRead: 0.005,
  budgetPerDay: 500,
  today: { day: '2030-01-30', reads: 125, cost: 0.63 },
  monthToDate: { reads: 3400, cost: 17 },
  days: [
    { day: '2030-01-29', reads: 300, cost: 1.5 },
    { day: '2030-01-30', reads: 125, cost: 0.63 },
  ],
};

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('AnalyticsSettingsPage', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<AnalyticsSettingsPage>;
  let element: HTMLElement;
  let snackBar: jasmine.SpyObj<MatSnackBar>;

  beforeEach(async () => {
    snackBar = jasmine.createSpyObj<MatSnackBar>('MatSnackBar', ['open']);
    TestBed.configureTestingModule({
      imports: [AnalyticsSettingsPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideChorusIcons(),
        provideAnalyticsIcons(),
        provideAnalyticsCharts(),
        { provide: MatSnackBar, useValue: snackBar },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AnalyticsSettingsPage);
    element = fixture.nativeElement;
    await fixture.whenStable();
    backend.expectOne({ url: '/api/analytics/settings', method: 'GET' }).flush(SETTINGS);
    backend.expectOne('/api/analytics/x-spend').flush(SPEND);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  const q = <T extends HTMLElement = HTMLElement>(testId: string): T => {
    const found = element.querySelector<T>(`[data-testid="${testId}"]`);
    if (!found) throw new Error(`no ${testId}`);
    return found;
  };

  async function type(testId: string, value: string): Promise<void> {
    const input = q<HTMLInputElement>(testId);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  }

  async function save(): Promise<TestRequest> {
    q<HTMLButtonElement>('analytics-settings-save').click();
    await fixture.whenStable();
    return backend.expectOne({ url: '/api/analytics/settings', method: 'PUT' });
  }

  it('shows the settings and the X read spend', () => {
    expect(q<HTMLInputElement>('analytics-currency').value).toBe('EUR');
    expect(q<HTMLInputElement>('analytics-linkedin-cpm').value).toBe('30');
    expect(q<HTMLInputElement>('analytics-x-cpc').value).toBe('1.2');
    expect(q<HTMLInputElement>('analytics-x-budget').value).toBe('500');
    expect(text(q('x-spend-today'))).toContain('125 of 500 reads');
    expect(text(q('x-spend-month'))).toContain('US$17.00');
    expect(text(q('x-spend-month'))).toContain('3,400 reads');
    expect(element.querySelector('[data-testid="x-spend"] canvas')).not.toBeNull();
  });

  it('saves the changed rates, currency and budget', async () => {
    await type('analytics-currency', 'usd');
    await type('analytics-linkedin-cpc', '5.5');
    await type('analytics-x-budget', '0');
    const call = await save();
    expect(call.request.body).toEqual({
      currency: 'USD',
      emvRates: { linkedin: { cpm: 30, cpc: 5.5, cpe: 1.5 }, x: { cpm: 8, cpc: 1.2, cpe: 0.25 } },
      xReadBudgetPerDay: 0,
    });
    call.flush({ ...SETTINGS, currency: 'USD', xReadBudgetPerDay: 0 });
    await fixture.whenStable();
    expect(snackBar.open).toHaveBeenCalledWith('Analytics settings saved', undefined, jasmine.any(Object));
    // The spend is read again (the budget changed).
    backend.expectOne('/api/analytics/x-spend').flush({ ...SPEND, budgetPerDay: 0 });
    await fixture.whenStable();
    expect(q<HTMLInputElement>('analytics-currency').value).toBe('USD');
  });

  it('checks the fields before sending', async () => {
    await type('analytics-currency', 'EU');
    await type('analytics-x-cpe', '-1');
    await type('analytics-x-budget', '2.5');
    q<HTMLButtonElement>('analytics-settings-save').click();
    await fixture.whenStable();
    backend.expectNone({ url: '/api/analytics/settings', method: 'PUT' });
    expect(text(q('analytics-currency-error'))).toBe('Enter a three-letter currency code.');
    expect(text(q('analytics-x-cpe-error'))).toBe('Enter an amount of 0 or more.');
    expect(text(q('analytics-x-budget-error'))).toBe('Enter a whole number of 0 or more.');
    expect(text(q('analytics-settings-error'))).toBe('Some fields need your attention.');
  });

  it('shows the server’s validation messages at their fields', async () => {
    const call = await save();
    call.flush(
      {
        title: 'Bad Request',
        status: 400,
        code: 'validation_failed',
        detail: 'currency must be an ISO 4217 code; emvRates.x.cpm must not be greater than 1000',
        errors: [
          { field: 'currency', message: 'must be an ISO 4217 code' },
          { field: 'emvRates.x.cpm', message: 'must not be greater than 1000' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(text(q('analytics-currency-error'))).toBe('must be an ISO 4217 code');
    expect(text(q('analytics-x-cpm-error'))).toBe('must not be greater than 1000');
    expect(text(q('analytics-settings-error'))).toBe('Some fields need your attention.');
  });
});
