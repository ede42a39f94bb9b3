import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import {
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { MatSelect } from '@angular/material/select';
import { ChatWebhook, WEBHOOK_KINDS, WebhookKind } from '@chorus/shared/contracts';
import { applyFieldErrors, describeError } from '@chorus/web/core';
import { WEBHOOK_KIND_LABELS } from '../labels';
import { OutreachApi } from '../outreach.api';

/** Adds a Slack or Teams incoming webhook; closes with the saved hook. */
@Component({
  selector: 'chorus-webhook-form-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    MatButton,
    MatIcon,
    MatProgressSpinner,
  ],
  template: `
    <h2 mat-dialog-title>Add a chat webhook</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="dialog-form" data-testid="webhook-form">
      <mat-dialog-content>
        <p class="intro">Featured items are announced in the channel the incoming webhook posts to.</p>
        @if (error(); as message) {
          <div class="form-error" role="alert" data-testid="webhook-form-error">
            <mat-icon svgIcon="error_outline" aria-hidden="true" />
            <span>{{ message }}</span>
          </div>
        }
        <mat-form-field>
          <mat-label>Name</mat-label>
          <input matInput formControlName="name" maxlength="100" autocomplete="off" data-testid="webhook-name" />
          <mat-hint>e.g. "#sales-news"</mat-hint>
          @if (form.controls.name.hasError('server')) {
            <mat-error data-testid="webhook-name-error">{{ form.controls.name.getError('server') }}</mat-error>
          } @else if (form.controls.name.invalid) {
            <mat-error data-testid="webhook-name-error">Enter a name.</mat-error>
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label>Chat</mat-label>
          <mat-select formControlName="kind" data-testid="webhook-kind">
            @for (kind of kinds; track kind) {
              <mat-option [value]="kind">{{ kindLabels[kind] }}</mat-option>
            }
          </mat-select>
          @if (form.controls.kind.hasError('server')) {
            <mat-error>{{ form.controls.kind.getError('server') }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label>Webhook URL</mat-label>
          <input
            matInput
            type="password"
            formControlName="url"
            autocomplete="off"
            spellcheck="false"
            data-testid="webhook-url"
          />
          <mat-hint>Only the host is shown after saving.</mat-hint>
          @if (form.controls.url.hasError('server')) {
            <mat-error data-testid="webhook-url-error">{{ form.controls.url.getError('server') }}</mat-error>
          } @else if (form.controls.url.invalid) {
            <mat-error data-testid="webhook-url-error">Enter the https:// address of the incoming webhook.</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="submitting()" data-testid="webhook-save">
          @if (submitting()) {
            <mat-progress-spinner mode="indeterminate" diameter="18" aria-hidden="true" />
          }
          Add webhook
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .dialog-form {
      display: contents;
    }
    .intro {
      margin: 0 0 12px;
      color: var(--mat-sys-on-surface-variant);
    }
    mat-form-field {
      width: 100%;
    }
    mat-dialog-content {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    mat-dialog-actions mat-progress-spinner {
      display: inline-block;
      margin-right: 8px;
      vertical-align: middle;
      --mat-progress-spinner-active-indicator-color: currentColor;
    }
  `,
})
export class WebhookFormDialog {
  private readonly api = inject(OutreachApi);
  private readonly dialogRef = inject<MatDialogRef<WebhookFormDialog, ChatWebhook>>(MatDialogRef);

  protected readonly kinds = WEBHOOK_KINDS;
  protected readonly kindLabels = WEBHOOK_KIND_LABELS;
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(100)]],
    kind: ['slack' as WebhookKind, [Validators.required]],
    url: ['', [Validators.required, Validators.pattern(/^https:\/\/\S+$/i)]],
  });

  protected submit(): void {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.submitting.set(true);
    this.error.set(null);
    this.api
      .createWebhook({ name: value.name.trim(), kind: value.kind, url: value.url.trim(), enabled: true })
      .subscribe({
        next: (hook) => this.dialogRef.close(hook),
        error: (err: unknown) => {
          this.submitting.set(false);
          const info = describeError(err, 'Could not add the webhook.');
          const unmatched = applyFieldErrors(this.form, info.fields);
          const shownAtField = Object.keys(info.fields).some((field) => !!this.form.get(field));
          this.error.set(unmatched[0] ?? (shownAtField ? null : info.message));
        },
      });
  }
}
