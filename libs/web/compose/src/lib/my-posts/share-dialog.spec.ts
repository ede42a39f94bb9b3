import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Type } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import type { ShareView } from '@chorus/shared/contracts';
import { provideChorusIcons } from '@chorus/web/ui';
import { EditTextDialog } from './edit-text.dialog';
import { RescheduleDialog } from './reschedule.dialog';

const SHARE = {
  id: 's1',
  network: 'linkedin',
  state: 'scheduled',
  text: 'Old text',
  scheduledAt: `${new Date().getFullYear() + 1}-03-02T09:30:00Z`,
} as ShareView;

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('Share dialogs (edit text, reschedule)', () => {
  let backend: HttpTestingController;
  let dialogRef: jasmine.SpyObj<MatDialogRef<unknown, ShareView>>;
  let element: HTMLElement;
  let fixture: ComponentFixture<unknown>;

  async function open(dialog: Type<unknown>): Promise<void> {
    dialogRef = jasmine.createSpyObj<MatDialogRef<unknown, ShareView>>('MatDialogRef', ['close']);
    TestBed.configureTestingModule({
      imports: [dialog],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideChorusIcons(),
        { provide: MatDialogRef, useValue: dialogRef },
        { provide: MAT_DIALOG_DATA, useValue: SHARE },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(dialog);
    element = fixture.nativeElement;
    await fixture.whenStable();
  }

  afterEach(() => {
    // The reschedule dialog checks the time in the background (debounced); that is not what these are about.
    backend.match('/api/shares/check-time');
    backend.verify();
  });

  const q = <T extends HTMLElement = HTMLElement>(testId: string): T => {
    const found = element.querySelector<T>(`[data-testid="${testId}"]`);
    if (!found) throw new Error(`no ${testId}`);
    return found;
  };

  async function submit(prefix: string) {
    q<HTMLButtonElement>(`${prefix}-save`).click();
    await fixture.whenStable();
    const call = backend.expectOne(`/api/shares/${SHARE.id}`);
    expect(call.request.method).toBe('PATCH');
    expect(q<HTMLButtonElement>(`${prefix}-save`).disabled).withContext('disabled while saving').toBeTrue();
    expect(q(`${prefix}-save`).querySelector('mat-progress-spinner')).not.toBeNull();
    return call;
  }

  it('edits the text, says why the server refused it, and closes with the saved share', async () => {
    await open(EditTextDialog);
    expect(text(element.querySelector('h2'))).toBe('Edit your LinkedIn post');
    const textarea = q<HTMLTextAreaElement>('edit-text');
    textarea.value = 'New text';
    textarea.dispatchEvent(new Event('input'));
    await fixture.whenStable();

    let call = await submit('edit-text');
    expect(call.request.body).toEqual({ text: 'New text' });
    call.flush(
      { status: 400, code: 'validation_failed', errors: [{ field: 'text', message: 'must be shorter' }] },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(text(q('edit-text-error'))).toContain('must be shorter');
    expect(q<HTMLButtonElement>('edit-text-save').disabled).toBeFalse();
    expect(dialogRef.close).not.toHaveBeenCalled();

    call = await submit('edit-text');
    call.flush({ ...SHARE, text: 'New text' });
    await fixture.whenStable();
    expect(dialogRef.close).toHaveBeenCalledWith({ ...SHARE, text: 'New text' });
  });

  it('does not save an empty text', async () => {
    await open(EditTextDialog);
    const textarea = q<HTMLTextAreaElement>('edit-text');
    textarea.value = '   ';
    textarea.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(q<HTMLButtonElement>('edit-text-save').disabled).toBeTrue();
  });

  it('reschedules, lists why a time is not allowed, and closes with the moved share', async () => {
    await open(RescheduleDialog);
    expect(text(element.querySelector('h2'))).toBe('Reschedule your LinkedIn post');

    let call = await submit('reschedule');
    expect((call.request.body as { scheduledAt: string }).scheduledAt).toMatch(/T\d{2}:30:00[+-]\d{2}:\d{2}$/);
    call.flush(
      {
        status: 422,
        code: 'publishing.limit',
        errors: [
          { field: 'scheduledAt', message: 'falls inside a blackout' },
          { field: 'scheduledAt', message: 'too close to another post' },
        ],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await fixture.whenStable();
    expect(text(q('reschedule-error').querySelector('span'))).toBe('That time is not allowed:');
    const reasons = Array.from(q('reschedule-error').querySelectorAll('li'), (li) => text(li));
    expect(reasons).toEqual(['falls inside a blackout', 'too close to another post']);

    call = await submit('reschedule');
    expect(element.querySelector('[data-testid="reschedule-error"]')).toBeNull();
    call.flush(SHARE);
    await fixture.whenStable();
    expect(dialogRef.close).toHaveBeenCalledWith(SHARE);
  });
});
