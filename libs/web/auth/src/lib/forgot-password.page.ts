import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { applyFieldErrors, describeError } from '@chorus/web/core';
import { AuthCardComponent } from '@chorus/web/ui';
import { AuthApi } from './auth.api';

export const FORGOT_PASSWORD_SENT =
  'If an account exists for that e-mail, we sent a link to choose a new password. It is valid for a limited time.';

@Component({
  selector: 'chorus-forgot-password-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatButton,
    MatIcon,
    MatProgressSpinner,
    AuthCardComponent,
  ],
  template: `
    <chorus-auth-card
      heading="Forgot your password?"
      subtitle="Enter the e-mail you sign in with and we will send you a link to choose a new one."
    >
      @if (sent()) {
        <div class="form-success" role="status" data-testid="forgot-sent">
          <mat-icon svgIcon="mail" aria-hidden="true" />
          <span>{{ sentMessage }}</span>
        </div>
        <p class="footnote">No e-mail after a few minutes? Check your spam folder, or ask your admin.</p>
        <div class="actions">
          <a mat-flat-button routerLink="/login">Back to sign in</a>
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
            <mat-label>E-mail</mat-label>
            <input
              matInput
              type="email"
              formControlName="email"
              autocomplete="email"
              inputmode="email"
              required
              data-testid="forgot-email"
            />
            @if (form.controls.email.hasError('required')) {
              <mat-error>Enter your e-mail address.</mat-error>
            } @else if (form.controls.email.hasError('email')) {
              <mat-error>Enter a valid e-mail address.</mat-error>
            } @else if (form.controls.email.hasError('server')) {
              <mat-error>{{ form.controls.email.getError('server') }}</mat-error>
            }
          </mat-form-field>
          <div class="actions">
            <button mat-flat-button type="submit" class="submit" [disabled]="submitting()" data-testid="forgot-submit">
              @if (submitting()) {
                <mat-progress-spinner mode="indeterminate" diameter="20" aria-hidden="true" />
              }
              <span>Send link</span>
            </button>
            <a mat-button routerLink="/login">Back to sign in</a>
          </div>
        </form>
      }
    </chorus-auth-card>
  `,
  styleUrl: './auth-forms.scss',
})
export class ForgotPasswordPage {
  private readonly api = inject(AuthApi);
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
  });
  protected readonly submitting = signal(false);
  protected readonly sent = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly sentMessage = FORGOT_PASSWORD_SENT;

  protected submit(): void {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    this.api.forgotPassword({ email: this.form.getRawValue().email.trim() }).subscribe({
      next: () => this.sent.set(true),
      error: (err: unknown) => {
        this.submitting.set(false);
        const info = describeError(err);
        this.error.set(applyFieldErrors(this.form, info.fields)[0] ?? info.message);
      },
    });
  }
}
