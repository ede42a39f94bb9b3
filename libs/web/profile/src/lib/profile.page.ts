import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import {
  applyFieldErrors,
  AuthStore,
  describeError,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  passwordsMatch,
} from '@chorus/web/core';
import { PageHeaderComponent, RoleChipsComponent } from '@chorus/web/ui';
import { ProfileApi } from './profile.api';

@Component({
  selector: 'chorus-profile-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatFormField,
    MatLabel,
    MatError,
    MatHint,
    MatInput,
    MatButton,
    MatIcon,
    MatProgressSpinner,
    PageHeaderComponent,
    RoleChipsComponent,
  ],
  templateUrl: './profile.page.html',
  styleUrl: './profile.page.scss',
})
export class ProfilePage {
  private readonly auth = inject(AuthStore);
  private readonly api = inject(ProfileApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly user = this.auth.user;
  protected readonly groupNames = computed(() => (this.user()?.groups ?? []).map((group) => group.name));
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly maxLength = PASSWORD_MAX_LENGTH;

  protected readonly nameForm = this.fb.group({
    name: [this.auth.user()?.name ?? '', [Validators.required, Validators.maxLength(200)]],
  });
  protected readonly savingName = signal(false);
  protected readonly nameError = signal<string | null>(null);

  protected readonly passwordForm = this.fb.group(
    {
      currentPassword: ['', [Validators.required]],
      newPassword: [
        '',
        [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(PASSWORD_MAX_LENGTH)],
      ],
      confirm: ['', [Validators.required]],
    },
    { validators: passwordsMatch('newPassword', 'confirm') },
  );
  protected readonly savingPassword = signal(false);
  protected readonly passwordError = signal<string | null>(null);

  protected saveName(): void {
    if (this.savingName()) return;
    if (this.nameForm.invalid) {
      this.nameForm.markAllAsTouched();
      return;
    }
    this.savingName.set(true);
    this.nameError.set(null);
    this.api.updateProfile({ name: this.nameForm.getRawValue().name.trim() }).subscribe({
      next: (user) => {
        this.savingName.set(false);
        this.auth.setUser(user);
        this.nameForm.reset({ name: user.name });
        this.snackBar.open('Your name was saved.', undefined, { duration: 4000 });
      },
      error: (err: unknown) => {
        this.savingName.set(false);
        const info = describeError(err);
        this.nameError.set(applyFieldErrors(this.nameForm, info.fields)[0] ?? (info.fields['name'] ? null : info.message));
      },
    });
  }

  protected changePassword(formDirective: FormGroupDirective): void {
    if (this.savingPassword()) return;
    if (this.passwordForm.invalid) {
      this.passwordForm.markAllAsTouched();
      return;
    }
    this.savingPassword.set(true);
    this.passwordError.set(null);
    const { currentPassword, newPassword } = this.passwordForm.getRawValue();
    this.api.changePassword({ currentPassword, newPassword }).subscribe({
      next: () => {
        this.savingPassword.set(false);
        // Resetting the directive too clears the "submitted" state, so no field turns red afterwards.
        formDirective.resetForm();
        this.passwordForm.reset();
        this.snackBar.open('Your password was changed.', undefined, { duration: 4000 });
      },
      error: (err: unknown) => {
        this.savingPassword.set(false);
        const info = describeError(err);
        const unmatched = applyFieldErrors(this.passwordForm, info.fields);
        const shownAtField = Object.keys(info.fields).some((field) => this.passwordForm.get(field));
        this.passwordError.set(unmatched[0] ?? (shownAtField ? null : info.message));
      },
    });
  }
}
