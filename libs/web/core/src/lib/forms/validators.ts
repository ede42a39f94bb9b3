import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@chorus/shared/contracts';

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH };

/**
 * Group validator: the confirmation must equal the password. The error is set on the confirmation
 * control too, so `<mat-error>` shows it beside that field.
 */
export function passwordsMatch(passwordKey: string, confirmKey: string): ValidatorFn {
  return (group: AbstractControl): ValidationErrors | null => {
    const password = group.get(passwordKey);
    const confirm = group.get(confirmKey);
    if (!password || !confirm) return null;
    const mismatch = !!confirm.value && password.value !== confirm.value;
    const others: ValidationErrors = { ...(confirm.errors ?? {}) };
    delete others['mismatch'];
    if (mismatch) {
      confirm.setErrors({ ...others, mismatch: true });
      return { mismatch: true };
    }
    confirm.setErrors(Object.keys(others).length ? others : null);
    return null;
  };
}

/** Group validator for a group of boolean controls: at least one must be checked. */
export function atLeastOneChecked(): ValidatorFn {
  return (group: AbstractControl): ValidationErrors | null => {
    const value = (group.value ?? {}) as Record<string, unknown>;
    return Object.values(value).some((checked) => checked === true) ? null : { required: true };
  };
}
