import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormArray, FormGroup, ReactiveFormsModule } from '@angular/forms';
import type { BlackoutWindow } from '@chorus/shared/contracts';
import {
  BlackoutWindowForm,
  blackoutWindowForm,
  blackoutWindowsValue,
  BlackoutWindowsEditorComponent,
  dateTimeLocalValue,
  fromDateTimeLocal,
} from './blackout-windows-editor.component';
import { provideChorusIcons } from './icons';

const NEXT_YEAR = new Date().getFullYear() + 1;
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, BlackoutWindowsEditorComponent],
  template: `
    <form [formGroup]="form" (ngSubmit)="form.markAllAsTouched()">
      <chorus-blackout-windows-editor [windows]="form.controls.blackouts" testIdPrefix="test" />
      <button type="submit" data-testid="submit">Save</button>
    </form>
  `,
})
class HostComponent {
  readonly form = new FormGroup({ blackouts: new FormArray<BlackoutWindowForm>([]) });
}

describe('BlackoutWindowsEditorComponent', () => {
  let fixture: ComponentFixture<HostComponent>;
  let element: HTMLElement;
  let windows: FormArray<BlackoutWindowForm>;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [HostComponent], providers: [provideChorusIcons()] });
    fixture = TestBed.createComponent(HostComponent);
    element = fixture.nativeElement;
    windows = fixture.componentInstance.form.controls.blackouts;
    await fixture.whenStable();
  });

  const q = <T extends HTMLElement = HTMLElement>(testId: string): T => {
    const found = element.querySelector<T>(`[data-testid="${testId}"]`);
    if (!found) throw new Error(`no ${testId}`);
    return found;
  };
  const rows = () => element.querySelectorAll('[data-testid="test-blackout"]');

  async function click(testId: string): Promise<void> {
    q<HTMLButtonElement>(testId).click();
    await fixture.whenStable();
  }

  async function type(testId: string, value: string): Promise<void> {
    const input = q<HTMLInputElement>(testId);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  }

  it('says when there are no windows, and adds and removes rows in the form array', async () => {
    expect(text(q('test-no-blackouts'))).toBe('No blackout windows.');

    await click('test-add-blackout');
    await click('test-add-blackout');
    expect(rows().length).toBe(2);
    expect(windows.length).toBe(2);
    expect(windows.dirty).toBeTrue();
    expect(fixture.componentInstance.form.dirty).toBeTrue();
    expect(q<HTMLInputElement>('test-blackout-start-1').type).toBe('datetime-local');

    await type('test-blackout-label-0', 'First');
    await type('test-blackout-label-1', 'Second');
    expect(q('test-blackout-remove-1').getAttribute('aria-label')).toBe('Remove the blackout window Second');
    await click('test-blackout-remove-0');
    expect(rows().length).toBe(1);
    expect(windows.getRawValue().map((w) => w.label)).toEqual(['Second']);
    expect(q<HTMLInputElement>('test-blackout-label-0').value).toBe('Second');
  });

  it('shows what is missing once the form is submitted, and a window that ends before it starts', async () => {
    await click('test-add-blackout');
    await click('submit');
    expect(text(element)).toContain('Name this window.');
    expect(text(element)).toContain('Enter when it starts.');
    expect(text(element)).toContain('Enter when it ends.');

    await type('test-blackout-label-0', 'Backwards');
    await type('test-blackout-start-0', `${NEXT_YEAR}-08-15T00:00`);
    await type('test-blackout-end-0', `${NEXT_YEAR}-08-01T00:00`);
    expect(windows.at(0).hasError('order')).toBeTrue();
    expect(text(element.querySelector('.row-error'))).toBe('The window must end after it starts.');
  });

  it('shows windows the parent puts into the array, and the server’s messages at their fields', async () => {
    windows.push(blackoutWindowForm({ label: 'Offsite', startsAt: '2030-02-01T08:00:00Z', endsAt: '2030-02-03T18:00:00Z' }));
    await fixture.whenStable();
    expect(q<HTMLInputElement>('test-blackout-label-0').value).toBe('Offsite');
    expect(q<HTMLInputElement>('test-blackout-start-0').value).toBe(dateTimeLocalValue('2030-02-01T08:00:00Z'));

    const label = windows.at(0).controls.label;
    label.setErrors({ server: 'overlaps another window' });
    label.markAsTouched();
    await fixture.whenStable();
    expect(text(element.querySelector('mat-error'))).toBe('overlaps another window');
  });

  it('turns ISO instants into local input values and back, with the browser’s offset', () => {
    const window: BlackoutWindow = {
      id: 'b1',
      label: '  Results quiet period ',
      startsAt: '2030-01-20T00:00:00Z',
      endsAt: '2030-01-27T00:00:00Z',
    };
    const form = blackoutWindowForm(window);
    expect(form.controls.startsAt.value).toMatch(/^2030-01-\d{2}T\d{2}:00$/);
    expect(dateTimeLocalValue(null)).toBe('');
    expect(dateTimeLocalValue('not a time')).toBe('');
    expect(fromDateTimeLocal(`${NEXT_YEAR}-08-01T00:00`)).toMatch(new RegExp(`^${NEXT_YEAR}-08-01T00:00:00[+-]\\d{2}:\\d{2}$`));
    expect(fromDateTimeLocal('')).toBe('');

    const [value] = blackoutWindowsValue(new FormArray([form, blackoutWindowForm()]));
    expect(value.id).toBe('b1');
    expect(value.label).toBe('Results quiet period');
    expect(new Date(value.startsAt).toISOString()).toBe('2030-01-20T00:00:00.000Z');
    expect(new Date(value.endsAt).toISOString()).toBe('2030-01-27T00:00:00.000Z');
    expect(blackoutWindowsValue(new FormArray([blackoutWindowForm()]))[0]).toEqual({ label: '', startsAt: '', endsAt: '' });
  });
});
