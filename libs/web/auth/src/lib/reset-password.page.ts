import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { ActivatedRoute, RouterLink } from '@angular/router';
import {
  applyFieldErrors,
  describeError,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  passwordsMatch,
} from '@chorus/web/core';
import { AuthCardComponent } from '@chorus/web/ui';
import { AuthApi } from './auth.api';

@Component({
  selector: 'chorus-reset-password-page',
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
    AuthCardComponent,
  ],
  template: `
    <chorus-auth-card heading="Choose a new password" subtitle="Use one you do not use anywhere else.">
      @if (!token) {
        <div class="form-error" role="alert" data-testid="reset-no-token">
          <mat-icon svgIcon="error_outline" aria-hidden="true" />
          <span>This link is incomplete. Open the link from the e-mail again, or request a new one.</span>
        </div>
        <div class="actions">
          <a mat-flat-button routerLink="/forgot-password">Request a new link</a>
        </div>
      } @else if (state() === 'done') {
        <div class="form-success" role="status" data-testid="reset-done">
          <mat-icon svgIcon="check_circle" aria-hidden="true" />
          <span>Your password was changed. Sign in with the new one.</span>
        </div>
        <div class="actions">
          <a mat-flat-button routerLink="/login">Sign in</a>
        </div>
      } @else if (state() === 'expired') {
        <div class="form-error" role="alert" data-testid="reset-expired">
          <mat-icon svgIcon="error_outline" aria-hidden="true" />
          <span>{{ error() }}</span>
        </div>
        <div class="actions">
          <a mat-flat-button routerLink="/forgot-password">Request a new link</a>
          <a mat-button routerLink="/login">Back to sign in</a>
        </div>
      } @else {
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="form">
          @if (error(); as message) {
            <div class="form-error" role="alert">
              <mat-icon svgIcon="error_outline" aria-hidden="true" />
              <span>{{ message }}</span>
            </div>
          }
          <mat-form-field appearance="outline">
            <mat-label>New password</mat-label>
            <input
              matInput
              type="password"
              formControlName="newPassword"
              autocomplete="new-password"
              required
              data-testid="reset-password"
            />
            <mat-hint>At least {{ minLength }} characters.</mat-hint>
            @if (form.controls.newPassword.hasError('required')) {
              <mat-error>Choose a password.</mat-error>
            } @else if (form.controls.newPassword.hasError('minlength')) {
              <mat-error>Use at least {{ minLength }} characters.</mat-error>
            } @else if (form.controls.newPassword.hasError('maxlength')) {
              <mat-error>Use at most {{ maxLength }} characters.</mat-error>
            } @else if (form.controls.newPassword.hasError('server')) {
              <mat-error>{{ form.controls.newPassword.getError('server') }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>Repeat new password</mat-label>
            <input
              matInput
              type="password"
              formControlName="confirm"
              autocomplete="new-password"
              required
              data-testid="reset-confirm"
            />
            @if (form.controls.confirm.hasError('required')) {
              <mat-error>Repeat the password.</mat-error>
            } @else if (form.controls.confirm.hasError('mismatch')) {
              <mat-error>The passwords do not match.</mat-error>
            }
          </mat-form-field>
          <div class="actions">
            <button mat-flat-button type="submit" class="submit" [disabled]="state() === 'saving'" data-testid="reset-submit">
              @if (state() === 'saving') {
                <mat-progress-spinner mode="indeterminate" diameter="20" aria-hidden="true" />
              }
              <span>Change password</span>
            </button>
          </div>
        </form>
      }
    </chorus-auth-card>
  `,
  styleUrl: './auth-forms.scss',
})
export class ResetPasswordPage {
  private readonly api = inject(AuthApi);
  protected readonly token = inject(ActivatedRoute).snapshot.queryParamMap.get('token') ?? '';
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly maxLength = PASSWORD_MAX_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      newPassword: [
        '',
        [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(PASSWORD_MAX_LENGTH)],
      ],
      confirm: ['', [Validators.required]],
    },
    { validators: passwordsMatch('newPassword', 'confirm') },
  );
  protected readonly state = signal<'editing' | 'saving' | 'done' | 'expired'>('editing');
  protected readonly error = signal<string | null>(null);

  protected submit(): void {
    if (this.state() === 'saving') return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.state.set('saving');
    this.error.set(null);
    this.api.resetPassword({ token: this.token, newPassword: this.form.getRawValue().newPassword }).subscribe({
      next: () => this.state.set('done'),
      error: (err: unknown) => {
        const info = describeError(err);
        if (info.status === 410 || info.code === 'token.expired_or_used') {
          this.error.set(
            info.problem?.detail ?? 'This link has expired or was already used. Request a new one.',
          );
          this.state.set('expired');
          return;
        }
        this.state.set('editing');
        const unmatched = applyFieldErrors(this.form, info.fields, { password: 'newPassword' });
        this.error.set(unmatched[0] ?? info.message);
      },
    });
  }
}
