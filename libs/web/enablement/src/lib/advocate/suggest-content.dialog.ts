import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { ContentSuggestion, ContentSuggestionRequest } from '@chorus/shared/contracts';
import { applyFieldErrors, describeError } from '@chorus/web/core';
import { AdvocateEnablementApi } from './enablement.api';

const WEB_URL = /^https?:\/\/\S+\.\S+/i;

/** An advocate suggests an article for the curated feed; closes with the suggestion once sent. */
@Component({
  selector: 'chorus-suggest-content-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
  ],
  template: `
    <h2 mat-dialog-title>Suggest content</h2>
    <form [formGroup]="form" (ngSubmit)="send()">
      <mat-dialog-content>
        <p class="intro">Found something colleagues should share? The curators review it before it reaches the feed.</p>
        @if (error(); as message) {
          <p class="form-error" role="alert" data-testid="suggest-content-error">{{ message }}</p>
        }
        <mat-form-field class="full">
          <mat-label>Link</mat-label>
          <input
            matInput
            type="url"
            formControlName="url"
            inputmode="url"
            autocomplete="url"
            data-testid="suggest-content-url"
          />
          <mat-hint>The web address of the article or post</mat-hint>
          @if (form.controls.url.hasError('server')) {
            <mat-error>{{ form.controls.url.getError('server') }}</mat-error>
          } @else if (form.controls.url.hasError('required')) {
            <mat-error>Enter the link</mat-error>
          } @else {
            <mat-error>Enter a web address starting with https://</mat-error>
          }
        </mat-form-field>
        <mat-form-field class="full">
          <mat-label>Title (optional)</mat-label>
          <input matInput formControlName="title" maxlength="300" data-testid="suggest-content-title" />
        </mat-form-field>
        <mat-form-field class="full">
          <mat-label>Why share it? (optional)</mat-label>
          <textarea
            matInput
            formControlName="note"
            rows="3"
            maxlength="2000"
            data-testid="suggest-content-note"
          ></textarea>
          <mat-hint>Shown to the curator</mat-hint>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="sending()" data-testid="suggest-content-send">
          {{ sending() ? 'Sending…' : 'Send to curators' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .full {
      width: 100%;
    }
    .intro {
      margin: 0 0 12px;
    }
  `,
})
export class SuggestContentDialog {
  private readonly api = inject(AdvocateEnablementApi);
  private readonly ref = inject<MatDialogRef<SuggestContentDialog, ContentSuggestion>>(MatDialogRef);

  protected readonly sending = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = new FormGroup({
    url: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(WEB_URL)] }),
    title: new FormControl('', { nonNullable: true }),
    note: new FormControl('', { nonNullable: true }),
  });

  protected send(): void {
    if (this.sending()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const { url, title, note } = this.form.getRawValue();
    const request: ContentSuggestionRequest = { url: url.trim() };
    if (title.trim()) request.title = title.trim();
    if (note.trim()) request.note = note.trim();
    this.sending.set(true);
    this.error.set(null);
    this.api.suggestContent(request).subscribe({
      next: (suggestion) => {
        this.sending.set(false);
        this.ref.close(
          suggestion ??
            ({
              contentItemId: '',
              title: request.title ?? request.url,
              state: 'submitted',
              createdAt: '',
            } as ContentSuggestion),
        );
      },
      error: (err: unknown) => {
        this.sending.set(false);
        const info = describeError(err, 'Could not send your suggestion.');
        const unmatched = applyFieldErrors(this.form, info.fields);
        this.error.set(Object.keys(info.fields).length && !unmatched.length ? null : info.message);
      },
    });
  }
}
