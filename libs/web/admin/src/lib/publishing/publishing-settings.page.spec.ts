import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { PublishingSettings } from '@chorus/shared/contracts';
import { provideChorusIcons } from '@chorus/web/ui';
import { PublishingSettingsPage } from './publishing-settings.page';

const SETTINGS: PublishingSettings = {
  maxPerDay: { linkedin: 2, x: 3 },
  minSpacingMinutes: 60,
  blackouts: [
    { id: 'b1', label: 'Results quiet period', startsAt: '2030-01-20T00:00:00Z', endsAt: '2030-01-27T00:00:00Z' },
  ],
  xSimilarityThreshold: 0.7,
  showXCost: false,
};

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('PublishingSettingsPage', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<PublishingSettingsPage>;
  let element: HTMLElement;
  let snackBar: jasmine.SpyObj<MatSnackBar>;

  beforeEach(async () => {
    snackBar = jasmine.createSpyObj<MatSnackBar>('MatSnackBar', ['open']);
    TestBed.configureTestingModule({
      imports: [PublishingSettingsPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideChorusIcons(),
        { provide: MatSnackBar, useValue: snackBar },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PublishingSettingsPage);
    element = fixture.nativeElement;
    await fixture.whenStable();
    backend.expectOne('/api/publishing/settings').flush(SETTINGS);
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
    input.dispatchEvent(new Event('change'));
    input.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  }

  async function save(): Promise<TestRequest> {
    q<HTMLButtonElement>('publishing-save').click();
    await fixture.whenStable();
    const call = backend.expectOne('/api/publishing/settings');
    expect(call.request.method).toBe('PUT');
    return call;
  }

  it('shows the settings and saves the changes', async () => {
    expect(q<HTMLInputElement>('publishing-max-linkedin').value).toBe('2');
    expect(q<HTMLInputElement>('publishing-max-x').value).toBe('3');
    expect(q<HTMLInputElement>('publishing-spacing').value).toBe('60');
    expect(q<HTMLInputElement>('publishing-blackout-label-0').value).toBe('Results quiet period');
    expect(text(q('publishing-similarity-value'))).toBe('70%');

    await type('publishing-max-x', '5');
    await type('publishing-spacing', '90');
    await type('publishing-similarity', '0.85');
    expect(text(q('publishing-similarity-value'))).toBe('85%');
    q('publishing-show-cost').querySelector<HTMLButtonElement>('button')?.click();
    await fixture.whenStable();

    const call = await save();
    const body = call.request.body as PublishingSettings;
    expect(body).toEqual({
      maxPerDay: { linkedin: 2, x: 5 },
      minSpacingMinutes: 90,
      blackouts: [
        {
          id: 'b1',
          label: 'Results quiet period',
          startsAt: jasmine.stringMatching(/^2030-01-\d{2}T\d{2}:00:00[+-]\d{2}:\d{2}$/) as unknown as string,
          endsAt: jasmine.stringMatching(/^2030-01-\d{2}T\d{2}:00:00[+-]\d{2}:\d{2}$/) as unknown as string,
        },
      ],
      xSimilarityThreshold: 0.85,
      showXCost: true,
    });
    expect(new Date(body.blackouts[0].startsAt).toISOString()).toBe('2030-01-20T00:00:00.000Z');
    call.flush({ ...body });
    await fixture.whenStable();
    expect(snackBar.open).toHaveBeenCalledWith('Publishing settings saved', undefined, jasmine.any(Object));
  });

  it('shows the server’s validation messages at their fields', async () => {
    const call = await save();
    call.flush(
      {
        title: 'Bad Request',
        status: 400,
        code: 'validation_failed',
        detail: 'maxPerDay.x must not be greater than 50; xSimilarityThreshold must not be less than 0.3',
        errors: [
          { field: 'maxPerDay.x', message: 'must not be greater than 50' },
          { field: 'xSimilarityThreshold', message: 'must not be less than 0.3' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(text(q('publishing-max-x-error'))).toBe('must not be greater than 50');
    expect(text(q('publishing-similarity-error'))).toBe('must not be less than 0.3');
    expect(text(q('publishing-error'))).toBe('Some fields need your attention.');
  });

  it('checks the numbers before sending', async () => {
    await type('publishing-max-linkedin', '-1');
    q<HTMLButtonElement>('publishing-save').click();
    await fixture.whenStable();
    backend.expectNone('/api/publishing/settings');
    expect(text(element)).toContain('Enter a whole number from 0 to 100.');
  });
});
