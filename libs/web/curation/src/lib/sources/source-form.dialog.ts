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
import { MatOption, MatSelect } from '@angular/material/select';
import { CONTENT_LANGUAGES, ContentLanguage, CreateSourceRequest, SourceView, Topic } from '@chorus/shared/contracts';
import { applyFieldErrors, describeError } from '@chorus/web/core';
import { LANGUAGE_LABELS } from '../content-workflow';
import { CurationApi } from '../curation.api';
import { HTTP_URL } from '../editor/import-url.dialog';

export interface SourceFormDialogData {
  topics: Topic[];
}

export const POLL_INTERVALS = [15, 30, 60, 180, 360, 720, 1440];

export function intervalLabel(minutes: number): string {
  if (minutes < 60) return `Every ${minutes} minutes`;
  if (minutes === 60) return 'Every hour';
  if (minutes < 1440) return `Every ${minutes / 60} hours`;
  return minutes === 1440 ? 'Once a day' : `Every ${Math.round(minutes / 1440)} days`;
}

/** Adds a feed source; closes with the created source. */
@Component({
  selector: 'chorus-source-form-dialog',
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
  ],
  template: `
    <h2 mat-dialog-title>Add a source</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="dialog-form" data-testid="source-form">
      <mat-dialog-content>
        @if (error(); as message) {
          <div class="form-error" role="alert">
            <mat-icon svgIcon="error_outline" aria-hidden="true" />
            <span>{{ message }}</span>
          </div>
        }
        <mat-form-field>
          <mat-label>Feed URL</mat-label>
          <input matInput type="url" formControlName="url" required autocomplete="off" data-testid="source-url" />
          <mat-hint>An RSS, Atom or JSON Feed address.</mat-hint>
          @if (form.controls.url.hasError('required')) {
            <mat-error>Enter the feed's address.</mat-error>
          } @else if (form.controls.url.hasError('pattern')) {
            <mat-error>Use a full http:// or https:// address.</mat-error>
          } @else if (form.controls.url.hasError('server')) {
            <mat-error data-testid="source-url-error">{{ form.controls.url.getError('server') }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label>Name (optional)</mat-label>
          <input matInput formControlName="name" autocomplete="off" data-testid="source-name" />
          <mat-hint>Empty: the feed's own title.</mat-hint>
          @if (form.controls.name.hasError('server')) {
            <mat-error>{{ form.controls.name.getError('server') }}</mat-error>
          }
        </mat-form-field>
        <div class="row">
          <mat-form-field>
            <mat-label>Check for new items</mat-label>
            <mat-select formControlName="pollIntervalMinutes" data-testid="source-interval">
              @for (minutes of intervals; track minutes) {
                <mat-option [value]="minutes">{{ intervalLabel(minutes) }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>Language</mat-label>
            <mat-select formControlName="language" data-testid="source-language">
              <mat-option value="">Detect</mat-option>
              @for (language of languages; track language.code) {
                <mat-option [value]="language.code">{{ language.label }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        </div>
        <mat-form-field>
          <mat-label>Topics</mat-label>
          <mat-select formControlName="topicIds" multiple placeholder="None" data-testid="source-topics">
            @for (topic of data.topics; track topic.id) {
              <mat-option [value]="topic.id">{{ topic.name }}</mat-option>
            }
          </mat-select>
          <mat-hint>Items from this source get these topics.</mat-hint>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="submitting()" data-testid="source-save">
          {{ submitting() ? 'Adding…' : 'Add source' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './source-dialogs.scss',
})
export class SourceFormDialog {
  private readonly api = inject(CurationApi);
  private readonly dialogRef = inject<MatDialogRef<SourceFormDialog, SourceView>>(MatDialogRef);
  protected readonly data = inject<SourceFormDialogData>(MAT_DIALOG_DATA, { optional: true }) ?? { topics: [] };
  protected readonly intervals = POLL_INTERVALS;
  protected readonly intervalLabel = intervalLabel;
  protected readonly languages = CONTENT_LANGUAGES.map((code) => ({ code, label: LANGUAGE_LABELS[code] }));
  protected readonly form = inject(NonNullableFormBuilder).group({
    url: ['', [Validators.required, Validators.pattern(HTTP_URL)]],
    name: [''],
    pollIntervalMinutes: [60],
    language: ['' as ContentLanguage | ''],
    topicIds: [[] as string[]],
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);

  protected submit(): void {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const request: CreateSourceRequest = {
      url: value.url.trim(),
      pollIntervalMinutes: value.pollIntervalMinutes,
      topicIds: value.topicIds,
    };
    if (value.name.trim()) request.name = value.name.trim();
    if (value.language) request.language = value.language;
    this.submitting.set(true);
    this.error.set(null);
    this.api.createSource(request).subscribe({
      next: (source) => this.dialogRef.close(source),
      error: (err: unknown) => {
        this.submitting.set(false);
        const info = describeError(err, 'Could not add the source.');
        const unmatched = applyFieldErrors(this.form, info.fields);
        const shownAtField = Object.keys(info.fields).some((field) => this.form.get(field));
        this.error.set(unmatched[0] ?? (shownAtField ? null : info.message));
      },
    });
  }
}
