import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
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

/** Asks why an item is rejected; closes with the comment (required), or nothing when cancelled. */
@Component({
  selector: 'chorus-reject-dialog',
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
  ],
  template: `
    <h2 mat-dialog-title>Reject this item?</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="dialog-form">
      <mat-dialog-content>
        <p class="lead">It goes back to drafts. Tell the author what to change.</p>
        <mat-form-field>
          <mat-label>Comment</mat-label>
          <textarea matInput formControlName="comment" rows="4" required data-testid="reject-comment"></textarea>
          <mat-hint>The author sees this with the draft.</mat-hint>
          @if (form.controls.comment.hasError('required')) {
            <mat-error>Say why, so the author can fix it.</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" class="destructive" data-testid="reject-confirm">Reject</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .dialog-form {
      display: contents;
    }
    mat-form-field {
      width: 100%;
    }
    .lead {
      margin: 0 0 16px;
    }
    .destructive {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class RejectDialog {
  private readonly dialogRef = inject<MatDialogRef<RejectDialog, string>>(MatDialogRef);
  protected readonly form = inject(NonNullableFormBuilder).group({
    comment: ['', [Validators.required, Validators.pattern(/\S/)]],
  });

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.dialogRef.close(this.form.getRawValue().comment.trim());
  }
}
