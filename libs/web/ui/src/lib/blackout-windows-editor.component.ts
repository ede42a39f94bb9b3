import { ChangeDetectionStrategy, ChangeDetectorRef, Component, effect, inject, input } from '@angular/core';
import {
  AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidationErrors,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import type { BlackoutWindow } from '@chorus/shared/contracts';

/** One blackout window in a form: times as `datetime-local` values in the browser's zone. */
export type BlackoutWindowForm = FormGroup<{
  id: FormControl<string>;
  label: FormControl<string>;
  startsAt: FormControl<string>;
  endsAt: FormControl<string>;
}>;

const pad = (n: number) => String(Math.trunc(Math.abs(n))).padStart(2, '0');

/** The `<input type="datetime-local">` value of an ISO instant, in the browser's zone ('' for none). */
export function dateTimeLocalValue(iso: string | null | undefined): string {
  const d = new Date(iso ?? '');
  if (!iso || Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A `datetime-local` value as ISO 8601 with the browser's offset, e.g. 2026-12-24T00:00:00+01:00 (as it is when not a time). */
export function fromDateTimeLocal(value: string): string {
  const d = new Date(value);
  if (!value || Number.isNaN(d.getTime())) return value;
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return `${dateTimeLocalValue(d.toISOString())}:00${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

/** A window must end after it starts. */
function endsAfterStart(group: AbstractControl): ValidationErrors | null {
  const { startsAt, endsAt } = group.value as { startsAt?: string; endsAt?: string };
  return !startsAt || !endsAt || endsAt > startsAt ? null : { order: true };
}

/** The form of a blackout window (an empty one to add when none is given). */
export function blackoutWindowForm(window?: BlackoutWindow): BlackoutWindowForm {
  const control = (value: string, ...validators: ValidatorFn[]) => new FormControl(value, { nonNullable: true, validators });
  return new FormGroup(
    {
      id: control(window?.id ?? ''),
      label: control(window?.label ?? '', Validators.required, Validators.maxLength(100)),
      startsAt: control(dateTimeLocalValue(window?.startsAt), Validators.required),
      endsAt: control(dateTimeLocalValue(window?.endsAt), Validators.required),
    },
    { validators: endsAfterStart },
  );
}

/** The windows of the form as the API takes them: trimmed labels, ISO times with the browser's offset. */
export function blackoutWindowsValue(windows: FormArray<BlackoutWindowForm>): BlackoutWindow[] {
  return windows.getRawValue().map((b) => ({
    ...(b.id ? { id: b.id } : {}),
    label: b.label.trim(),
    startsAt: fromDateTimeLocal(b.startsAt),
    endsAt: fromDateTimeLocal(b.endsAt),
  }));
}

const FIELDS = [
  { key: 'label', label: 'Label', type: 'text', testId: 'label', missing: 'Name this window.' },
  { key: 'startsAt', label: 'Starts', type: 'datetime-local', testId: 'start', missing: 'Enter when it starts.' },
  { key: 'endsAt', label: 'Ends', type: 'datetime-local', testId: 'end', missing: 'Enter when it ends.' },
] as const;

/**
 * Edits a list of blackout windows (label, start, end), adding and removing rows of the given form array.
 * Its rows and "Add" button lay out in the parent's flex column; a page may set
 * `--chorus-blackout-field-basis` (the start/end fields' flex basis) and `--chorus-blackout-empty-font`.
 * Test ids: `{testIdPrefix}-blackout`, `-blackout-label-{i}`, `-blackout-start-{i}`, `-blackout-end-{i}`,
 * `-blackout-remove-{i}`, `-no-blackouts`, `-add-blackout`.
 */
@Component({
  selector: 'chorus-blackout-windows-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatError, MatInput, MatButton, MatIconButton, MatIcon],
  template: `
    @let prefix = testIdPrefix() + '-blackout';
    <div class="rows">
      @for (window of windows().controls; track $index; let i = $index) {
        <fieldset class="field-row row" [attr.data-testid]="prefix">
          <legend class="visually-hidden">Blackout window {{ i + 1 }}</legend>
          @for (field of fields; track field.key) {
            @let control = window.controls[field.key];
            <mat-form-field subscriptSizing="dynamic" [class.label]="field.key === 'label'">
              <mat-label>{{ field.label }}</mat-label>
              <input
                matInput
                [type]="field.type"
                [formControl]="control"
                [attr.maxlength]="field.key === 'label' ? 100 : null"
                [attr.data-testid]="prefix + '-' + field.testId + '-' + i"
              />
              @if (control.hasError('server')) {
                <mat-error>{{ control.getError('server') }}</mat-error>
              } @else if (control.invalid) {
                <mat-error>{{ field.missing }}</mat-error>
              }
            </mat-form-field>
          }
          <button
            mat-icon-button
            type="button"
            (click)="remove(i)"
            [attr.aria-label]="'Remove the blackout window ' + (window.controls.label.value || i + 1)"
            [attr.data-testid]="prefix + '-remove-' + i"
          >
            <mat-icon svgIcon="delete" aria-hidden="true" />
          </button>
          @if (window.hasError('order') && (window.touched || window.dirty)) {
            <p class="row-error" role="alert">The window must end after it starts.</p>
          }
        </fieldset>
      } @empty {
        <p class="muted" [attr.data-testid]="testIdPrefix() + '-no-blackouts'">No blackout windows.</p>
      }
    </div>
    <button mat-stroked-button type="button" class="add" (click)="add()" [attr.data-testid]="testIdPrefix() + '-add-blackout'">
      <mat-icon svgIcon="add" aria-hidden="true" />
      Add a blackout window
    </button>
  `,
  styles: `
    :host {
      display: contents;
    }
    .rows {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    /* A fieldset, laid out by the global .field-row. */
    .row {
      margin: 0;
      padding: 8px 0 12px;
      border: 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      min-width: 0;
      mat-form-field {
        flex: 1 1 var(--chorus-blackout-field-basis, 180px);
      }
      .label {
        flex: 1 1 100%;
      }
    }
    .row-error {
      flex: 1 1 100%;
      margin: 0;
      color: var(--mat-sys-error);
    }
    .muted {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--chorus-blackout-empty-font, inherit);
    }
    .add {
      align-self: flex-start;
    }
  `,
})
export class BlackoutWindowsEditorComponent {
  /** The windows to edit; rows are added and removed in place (and the array marked dirty). */
  readonly windows = input.required<FormArray<BlackoutWindowForm>>();
  /** Starts every test id, e.g. `schedule` gives `schedule-blackout-label-0`. */
  readonly testIdPrefix = input.required<string>();

  protected readonly fields = FIELDS;

  constructor() {
    // The array changes in place (reset, server errors, "mark all as touched"): show it.
    const changes = inject(ChangeDetectorRef);
    effect((onCleanup) => {
      const subscription = this.windows().events.subscribe(() => changes.markForCheck());
      onCleanup(() => subscription.unsubscribe());
    });
  }

  protected add(): void {
    this.windows().push(blackoutWindowForm());
    this.windows().markAsDirty();
  }

  protected remove(index: number): void {
    this.windows().removeAt(index);
    this.windows().markAsDirty();
  }
}
