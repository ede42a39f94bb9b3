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
import { GroupSummary } from '@chorus/shared/contracts';
import { applyFieldErrors, describeError, GroupsApi } from '@chorus/web/core';

export interface GroupFormDialogData {
  /** Absent to create a group. */
  group?: GroupSummary;
}

/** Creates or renames a group; closes with the saved group. */
@Component({
  selector: 'chorus-group-form-dialog',
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
    <h2 mat-dialog-title>{{ editing ? 'Edit group' : 'New group' }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="dialog-form" data-testid="group-form">
      <mat-dialog-content>
        @if (error(); as message) {
          <div class="form-error" role="alert">
            <mat-icon svgIcon="error_outline" aria-hidden="true" />
            <span>{{ message }}</span>
          </div>
        }
        <mat-form-field appearance="outline">
          <mat-label>Name</mat-label>
          <input matInput formControlName="name" required autocomplete="off" data-testid="group-name" />
          <mat-hint>A team or a region, e.g. "Sales DACH".</mat-hint>
          @if (form.controls.name.hasError('required')) {
            <mat-error>Enter a name.</mat-error>
          } @else if (form.controls.name.hasError('maxlength')) {
            <mat-error>Use at most 100 characters.</mat-error>
          } @else if (form.controls.name.hasError('server')) {
            <mat-error data-testid="group-name-error">{{ form.controls.name.getError('server') }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Description (optional)</mat-label>
          <textarea matInput formControlName="description" rows="3" data-testid="group-description"></textarea>
          @if (form.controls.description.hasError('maxlength')) {
            <mat-error>Use at most 500 characters.</mat-error>
          } @else if (form.controls.description.hasError('server')) {
            <mat-error>{{ form.controls.description.getError('server') }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="submitting()" data-testid="group-save">
          @if (submitting()) {
            <mat-progress-spinner mode="indeterminate" diameter="18" aria-hidden="true" />
          }
          {{ editing ? 'Save' : 'Create group' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './group-dialogs.scss',
})
export class GroupFormDialog {
  private readonly api = inject(GroupsApi);
  private readonly dialogRef = inject<MatDialogRef<GroupFormDialog, GroupSummary>>(MatDialogRef);
  private readonly data = inject<GroupFormDialogData>(MAT_DIALOG_DATA, { optional: true }) ?? {};
  protected readonly editing = !!this.data.group;
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [this.data.group?.name ?? '', [Validators.required, Validators.maxLength(100)]],
    description: [this.data.group?.description ?? '', [Validators.maxLength(500)]],
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);

  protected submit(): void {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    const request = {
      name: this.form.getRawValue().name.trim(),
      description: this.form.getRawValue().description.trim(),
    };
    const call = this.data.group ? this.api.update(this.data.group.id, request) : this.api.create(request);
    call.subscribe({
      next: (group) => this.dialogRef.close(group),
      error: (err: unknown) => {
        this.submitting.set(false);
        const info = describeError(err, 'Could not save the group.');
        if (info.status === 409 && !info.fields['name']) {
          info.fields['name'] = info.problem?.detail ?? 'A group with this name already exists.';
        }
        const unmatched = applyFieldErrors(this.form, info.fields);
        const shownAtField = Object.keys(info.fields).some((field) => this.form.get(field));
        this.error.set(unmatched[0] ?? (shownAtField ? null : info.message));
      },
    });
  }
}
