import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
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
import { ContentItem, UrlPreview } from '@chorus/shared/contracts';
import { applyFieldErrors, describeError } from '@chorus/web/core';
import { CurationApi } from '../curation.api';

export const HTTP_URL = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

export interface ImportUrlDialogData {
  url?: string;
}

/** Paste a URL → see its preview → create a draft from it. Closes with the created item. */
@Component({
  selector: 'chorus-import-url-dialog',
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
    MatButton,
    MatIcon,
    MatProgressSpinner,
  ],
  template: `
    <h2 mat-dialog-title>Import a URL</h2>
    <mat-dialog-content>
      <form [formGroup]="form" (ngSubmit)="fetchPreview()" novalidate class="url-row" data-testid="import-form">
        <mat-form-field>
          <mat-label>Article URL</mat-label>
          <input matInput type="url" formControlName="url" required autocomplete="off" data-testid="import-url" />
          <mat-hint>Chorus reads the page's title, summary and image.</mat-hint>
          @if (form.controls.url.hasError('required')) {
            <mat-error>Paste a link.</mat-error>
          } @else if (form.controls.url.hasError('pattern')) {
            <mat-error>Use a full http:// or https:// address.</mat-error>
          } @else if (form.controls.url.hasError('server')) {
            <mat-error data-testid="import-url-error">{{ form.controls.url.getError('server') }}</mat-error>
          }
        </mat-form-field>
        <button mat-stroked-button type="submit" [disabled]="loading()" data-testid="import-preview">
          @if (loading()) {
            <mat-progress-spinner mode="indeterminate" diameter="18" aria-hidden="true" />
          }
          Preview
        </button>
      </form>
      @if (error(); as message) {
        <div class="form-error" role="alert">
          <mat-icon svgIcon="error_outline" aria-hidden="true" />
          <span>{{ message }}</span>
        </div>
      }
      @if (preview(); as p) {
        <article class="preview" data-testid="import-preview-card" aria-label="Preview">
          @if (p.imageUrl) {
            <img [src]="p.imageUrl" alt="" />
          }
          <div class="preview-text">
            @if (p.siteName) {
              <p class="site">{{ p.siteName }}</p>
            }
            <h3 class="preview-title">{{ p.title }}</h3>
            <p class="preview-summary">{{ p.summary }}</p>
          </div>
        </article>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>Cancel</button>
      <button mat-flat-button type="button" [disabled]="!preview() || creating()" (click)="create()" data-testid="import-create">
        @if (creating()) {
          <mat-progress-spinner mode="indeterminate" diameter="18" aria-hidden="true" />
        }
        Create draft
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .url-row {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 12px;
      align-items: flex-start;
      mat-form-field {
        flex: 1 1 260px;
      }
      button {
        margin-top: 10px;
      }
    }
    .form-error {
      display: flex;
      gap: 10px;
      padding: 12px 14px;
      margin: 8px 0;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .preview {
      display: flex;
      flex-direction: column;
      margin-top: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      overflow: hidden;
      img {
        width: 100%;
        max-height: 200px;
        object-fit: cover;
      }
    }
    .preview-text {
      padding: 12px 16px;
    }
    .site {
      margin: 0;
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .preview-title {
      margin: 4px 0;
      font: var(--mat-sys-title-medium);
    }
    .preview-summary {
      margin: 0;
    }
    mat-progress-spinner {
      display: inline-block;
      margin-right: 8px;
      vertical-align: middle;
      --mat-progress-spinner-active-indicator-color: currentColor;
    }
  `,
})
export class ImportUrlDialog {
  private readonly api = inject(CurationApi);
  private readonly dialogRef = inject<MatDialogRef<ImportUrlDialog, ContentItem>>(MatDialogRef);
  private readonly data = inject<ImportUrlDialogData>(MAT_DIALOG_DATA, { optional: true }) ?? {};
  protected readonly form = inject(NonNullableFormBuilder).group({
    url: [this.data.url ?? '', [Validators.required, Validators.pattern(HTTP_URL)]],
  });
  protected readonly preview = signal<UrlPreview | null>(null);
  protected readonly loading = signal(false);
  protected readonly creating = signal(false);
  protected readonly error = signal<string | null>(null);

  protected fetchPreview(): void {
    if (this.loading()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.loading.set(true);
    this.error.set(null);
    this.preview.set(null);
    this.api.preview(this.form.getRawValue().url.trim()).subscribe({
      next: (preview) => {
        this.loading.set(false);
        this.preview.set(preview);
      },
      error: (err: unknown) => {
        this.loading.set(false);
        const info = describeError(err, 'Could not read that page.');
        // 422: the page could not be fetched or read; say so at the field.
        const fields = Object.keys(info.fields).length ? info.fields : { url: info.message };
        const unmatched = applyFieldErrors(this.form, fields);
        this.error.set(unmatched[0] ?? null);
      },
    });
  }

  protected create(): void {
    const preview = this.preview();
    if (!preview || this.creating()) return;
    this.creating.set(true);
    this.error.set(null);
    this.api
      .create({
        url: preview.canonicalUrl || preview.url,
        title: preview.title,
        summary: preview.summary,
        ...(preview.imageUrl ? { imageUrl: preview.imageUrl } : {}),
        ...(preview.language ? { language: preview.language } : {}),
      })
      .subscribe({
        next: (item) => this.dialogRef.close(item),
        error: (err: unknown) => {
          this.creating.set(false);
          this.error.set(describeError(err, 'Could not create the draft.').message);
        },
      });
  }
}
