import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { PointsSettings } from '@chorus/shared/contracts';
import { provideChorusIcons } from '@chorus/web/ui';
import { PointsSettingsPage } from './points-settings.page';

const SETTINGS: PointsSettings = {
  values: { share: 10, click: 1, original_text: 5, step_completed: 25, challenge_won: 100 },
};

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('PointsSettingsPage', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<PointsSettingsPage>;
  let element: HTMLElement;
  let snackBar: jasmine.SpyObj<MatSnackBar>;

  beforeEach(async () => {
    snackBar = jasmine.createSpyObj<MatSnackBar>('MatSnackBar', ['open']);
    TestBed.configureTestingModule({
      imports: [PointsSettingsPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideChorusIcons(),
        { provide: MatSnackBar, useValue: snackBar },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PointsSettingsPage);
    element = fixture.nativeElement;
    await fixture.whenStable();
    backend.expectOne({ url: '/api/enablement/points-settings', method: 'GET' }).flush(SETTINGS);
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

  it('shows each reason with its value and explanation', () => {
    expect(q<HTMLInputElement>('points-share').value).toBe('10');
    expect(q<HTMLInputElement>('points-challenge_won').value).toBe('100');
    expect(element.textContent).toContain('For each human click a share earns.');
  });

  it('saves the changed values', async () => {
    await type('points-click', '2');
    await type('points-original_text', '0');
    q<HTMLButtonElement>('points-settings-save').click();
    await fixture.whenStable();
    const call = backend.expectOne({ url: '/api/enablement/points-settings', method: 'PUT' });
    expect(call.request.body).toEqual({
      values: { share: 10, click: 2, original_text: 0, step_completed: 25, challenge_won: 100 },
    });
    call.flush({ values: { ...SETTINGS.values, click: 2, original_text: 0 } });
    await fixture.whenStable();
    expect(snackBar.open).toHaveBeenCalledWith('Point values saved', undefined, jasmine.any(Object));
  });

  it('checks the values before sending and shows the server’s messages', async () => {
    await type('points-share', '-1');
    q<HTMLButtonElement>('points-settings-save').click();
    await fixture.whenStable();
    backend.expectNone({ url: '/api/enablement/points-settings', method: 'PUT' });
    expect(text(q('points-share-error'))).toBe('A whole number from 0 to 10,000.');

    await type('points-share', '10');
    q<HTMLButtonElement>('points-settings-save').click();
    await fixture.whenStable();
    backend.expectOne({ url: '/api/enablement/points-settings', method: 'PUT' }).flush(
      {
        title: 'Bad Request',
        status: 400,
        detail: 'values.step_completed must not be greater than 1000',
        errors: [{ field: 'values.step_completed', message: 'must not be greater than 1000' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(text(q('points-step_completed-error'))).toBe('must not be greater than 1000');
    expect(text(q('points-settings-error'))).toBe('Some fields need your attention.');
  });
});
