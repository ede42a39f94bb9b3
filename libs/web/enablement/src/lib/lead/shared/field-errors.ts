import { AbstractControl } from '@angular/forms';
import { ErrorInfo } from '@chorus/web/core';

/** `levels[0].steps[2].assignments[1].target` or `levels.0.steps.2…` → ['levels', 0, 'steps', 2, …]. */
export function fieldPath(field: string): Array<string | number> {
  return field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Every field error of a problem, also those the dotted-head summary of describeError folds away. */
export function problemFieldErrors(info: ErrorInfo): Array<{ field: string; message: string }> {
  const errors = (info.problem?.errors ?? []).filter(
    (e): e is { field: string; message: string } => !!e && typeof e.field === 'string' && typeof e.message === 'string',
  );
  return errors.length ? errors : Object.entries(info.fields).map(([field, message]) => ({ field, message }));
}

/**
 * Puts each server field error on its control (as `server`, shown by `<mat-error>`) when the path ends at
 * a control; returns the errors that could not be shown there.
 */
export function applyPathErrors(
  root: AbstractControl,
  errors: Array<{ field: string; message: string }>,
): Array<{ field: string; message: string }> {
  const unmatched: Array<{ field: string; message: string }> = [];
  for (const error of errors) {
    const control = root.get(fieldPath(error.field));
    if (control && !('controls' in control)) {
      control.setErrors({ ...(control.errors ?? {}), server: error.message });
      control.markAsTouched();
    } else {
      unmatched.push(error);
    }
  }
  return unmatched;
}
