import { inject, signal } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Observable } from 'rxjs';
import { applyFieldErrors, describeError } from '../http/problem';

export const FIELDS_NEED_ATTENTION = 'Some fields need your attention.';

export interface FormSaveOptions<T> {
  /** Shown when the failure says nothing better, e.g. "Could not save the point values.". */
  fallback: string;
  /** Snackbar text once saved, e.g. "Point values saved". */
  saved: string;
  /** Runs with the server's answer before the snackbar; usually resets the form from it. */
  onSaved: (saved: T) => void;
  /**
   * Whether a server field error is visible at a control, so the top error can point there instead of
   * repeating it. Defaults to "the form has a control at that path".
   */
  isShownAtField?: (field: string, form: FormGroup) => boolean;
}

/**
 * The save flow every settings form shares: check the form, call the API once at a time, then either
 * confirm with a snackbar or put the server's field errors on the controls and one sentence on top.
 * Kept in one place so the forms agree on what "Some fields need your attention." means.
 * Create it in an injection context (a component field initializer).
 */
export class FormSaver {
  private readonly snackBar = inject(MatSnackBar);
  private readonly savingState = signal(false);
  private readonly errorState = signal<string | null>(null);
  readonly saving = this.savingState.asReadonly();
  readonly error = this.errorState.asReadonly();

  /** `request` is only called once the form is valid, so it may read the form's value freely. */
  save<T>(form: FormGroup, request: () => Observable<T>, options: FormSaveOptions<T>): void {
    if (this.savingState()) return;
    if (form.invalid) {
      form.markAllAsTouched();
      this.errorState.set(FIELDS_NEED_ATTENTION);
      return;
    }
    this.savingState.set(true);
    this.errorState.set(null);
    request().subscribe({
      next: (saved) => {
        this.savingState.set(false);
        options.onSaved(saved);
        this.snackBar.open(options.saved, undefined, { duration: 4000 });
      },
      error: (err: unknown) => {
        this.savingState.set(false);
        const info = describeError(err, options.fallback);
        const unmatched = applyFieldErrors(form, info.fields);
        const isShown = options.isShownAtField ?? ((field: string, f: FormGroup) => !!f.get(field));
        const shownAtField = Object.keys(info.fields).some((field) => isShown(field, form));
        this.errorState.set(unmatched[0] ?? (shownAtField ? FIELDS_NEED_ATTENTION : info.message));
      },
    });
  }
}
