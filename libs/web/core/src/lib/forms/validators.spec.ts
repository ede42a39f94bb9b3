import { FormControl, FormGroup, Validators } from '@angular/forms';
import { atLeastOneChecked, passwordsMatch } from './validators';

describe('passwordsMatch', () => {
  function form() {
    return new FormGroup(
      {
        password: new FormControl('', { nonNullable: true }),
        confirm: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
      },
      { validators: passwordsMatch('password', 'confirm') },
    );
  }

  it('flags the confirmation when it differs, and clears it when it matches', () => {
    const group = form();
    group.setValue({ password: 'correct horse battery', confirm: 'correct horse' });
    expect(group.controls.confirm.hasError('mismatch')).toBeTrue();
    expect(group.invalid).toBeTrue();

    group.controls.confirm.setValue('correct horse battery');
    expect(group.controls.confirm.errors).toBeNull();
    expect(group.valid).toBeTrue();
  });

  it('keeps the confirmation required error', () => {
    const group = form();
    group.controls.password.setValue('something long');
    expect(group.controls.confirm.hasError('required')).toBeTrue();
    expect(group.controls.confirm.hasError('mismatch')).toBeFalse();
  });
});

describe('atLeastOneChecked', () => {
  it('is invalid until one box is checked', () => {
    const group = new FormGroup(
      { a: new FormControl(false), b: new FormControl(false) },
      { validators: atLeastOneChecked() },
    );
    expect(group.hasError('required')).toBeTrue();
    group.controls.b.setValue(true);
    expect(group.valid).toBeTrue();
  });
});
