import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { Challenge } from '@chorus/shared/contracts';
import { provideChorusIcons } from '@chorus/web/ui';
import { GROUPS } from '../testing/fixtures';
import { ChallengeFormDialog } from './challenge-form.dialog';

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('ChallengeFormDialog', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<ChallengeFormDialog>;
  let element: HTMLElement;
  let dialogRef: jasmine.SpyObj<MatDialogRef<ChallengeFormDialog, Challenge>>;

  beforeEach(async () => {
    dialogRef = jasmine.createSpyObj<MatDialogRef<ChallengeFormDialog, Challenge>>('MatDialogRef', ['close']);
    TestBed.configureTestingModule({
      imports: [ChallengeFormDialog],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideChorusIcons(),
        { provide: MatDialogRef, useValue: dialogRef },
        { provide: MAT_DIALOG_DATA, useValue: {} },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ChallengeFormDialog);
    element = fixture.nativeElement;
    await fixture.whenStable();
    backend.expectOne('/api/groups').flush(GROUPS);
    const content = backend.expectOne((r) => r.url === '/api/analytics/content');
    expect(content.request.params.get('limit')).toBe('100');
    content.flush([{ contentItemId: 'c1', title: 'Quarterly results', url: 'https://example.com/q', totals: {} }]);
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

  async function submit(): Promise<void> {
    q<HTMLButtonElement>('challenge-save').click();
    await fixture.whenStable();
  }

  it('checks the fields before sending', async () => {
    await type('challenge-winners', '0');
    await type('challenge-starts', '2030-02-10T10:00');
    await type('challenge-ends', '2030-02-09T10:00');
    await submit();
    backend.expectNone({ url: '/api/enablement/challenges', method: 'POST' });
    expect(text(q('challenge-title-error'))).toBe('Enter a title (at most 200 characters).');
    expect(text(q('challenge-prize-error'))).toBe('Enter the prize.');
    expect(text(q('challenge-winners-error'))).toBe('A whole number from 1 to 100.');
    expect(text(q('challenge-ends-error'))).toBe('It must end after it starts.');
    expect(text(q('challenge-form-error'))).toBe('Some fields need your attention.');
  });

  it('sends the challenge and shows the server’s field errors', async () => {
    await type('challenge-title', ' Click sprint ');
    await type('challenge-prize', 'Lunch with the CEO');
    await type('challenge-starts', '2030-02-10T10:00');
    await type('challenge-ends', '2030-02-17T10:00');
    await submit();
    const call = backend.expectOne({ url: '/api/enablement/challenges', method: 'POST' });
    expect(call.request.body).toEqual({
      title: 'Click sprint',
      description: '',
      prize: 'Lunch with the CEO',
      metric: 'clicks',
      contentItemId: null,
      groupId: null,
      startsAt: new Date('2030-02-10T10:00').toISOString(),
      endsAt: new Date('2030-02-17T10:00').toISOString(),
      winnerCount: 3,
    });
    call.flush(
      {
        title: 'Bad Request',
        status: 400,
        detail: 'startsAt must be in the future',
        errors: [{ field: 'startsAt', message: 'must be in the future' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(text(q('challenge-starts-error'))).toBe('must be in the future');
    expect(dialogRef.close).not.toHaveBeenCalled();
  });
});
