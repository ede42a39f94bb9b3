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
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatOption, MatSelect } from '@angular/material/select';
import { SkillPath } from '@chorus/shared/contracts';
import { applyFieldErrors, describeError } from '@chorus/web/core';
import { EnablementLeadApi } from '../enablement-lead.api';

export interface NewPathDialogData {
  groups: Array<{ id: string; name: string }>;
}

/** Creates a skill path from the default Discoverer / Explorer template or empty; closes with the path. */
@Component({
  selector: 'chorus-new-path-dialog',
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
    MatRadioGroup,
    MatRadioButton,
    MatButton,
    MatIcon,
    MatProgressSpinner,
  ],
  template: `
    <h2 mat-dialog-title>New skill path</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="new-path-form">
      <mat-dialog-content class="fields">
        @if (error(); as message) {
          <div class="form-error" role="alert" data-testid="new-path-error">
            <mat-icon svgIcon="error_outline" aria-hidden="true" />
            <span>{{ message }}</span>
          </div>
        }
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>Name</mat-label>
          <input matInput formControlName="name" required autocomplete="off" data-testid="new-path-name" />
          @if (form.controls.name.hasError('server')) {
            <mat-error>{{ form.controls.name.getError('server') }}</mat-error>
          } @else if (form.controls.name.invalid) {
            <mat-error>Enter a name (at most 200 characters).</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>Rolled out to</mat-label>
          <mat-select formControlName="groupIds" multiple data-testid="new-path-groups" placeholder="Everyone">
            @for (group of data.groups; track group.id) {
              <mat-option [value]="group.id">{{ group.name }}</mat-option>
            }
          </mat-select>
          <mat-hint>No group: everyone gets the path.</mat-hint>
          @if (form.controls.groupIds.hasError('server')) {
            <mat-error>{{ form.controls.groupIds.getError('server') }}</mat-error>
          }
        </mat-form-field>
        <span id="template-label" class="label">Start from</span>
        <mat-radio-group formControlName="template" aria-labelledby="template-label" class="radios">
          <mat-radio-button value="default" data-testid="new-path-template-default">
            The default path (Discoverer and Explorer; Watch, Join, Collect &amp; Share, Critique, Create)
          </mat-radio-button>
          <mat-radio-button value="empty" data-testid="new-path-template-empty">An empty path</mat-radio-button>
        </mat-radio-group>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="submitting()" data-testid="new-path-create">
          @if (submitting()) {
            <mat-progress-spinner mode="indeterminate" diameter="18" aria-hidden="true" />
          }
          Create path
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .fields {
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    .label {
      font: var(--mat-sys-title-small);
    }
    .radios {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
  `,
})
export class NewPathDialog {
  private readonly api = inject(EnablementLeadApi);
  private readonly dialogRef = inject<MatDialogRef<NewPathDialog, SkillPath>>(MatDialogRef);
  protected readonly data = inject<NewPathDialogData>(MAT_DIALOG_DATA);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(200)]],
    groupIds: [[] as string[]],
    template: ['default' as 'default' | 'empty'],
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);

  protected submit(): void {
    if (this.submitting()) return;
    if (this.form.invalid || !this.form.controls.name.value.trim()) {
      this.form.controls.name.setErrors({ required: true });
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    const value = this.form.getRawValue();
    this.api.createPath({ name: value.name.trim(), groupIds: value.groupIds, template: value.template }).subscribe({
      next: (path) => this.dialogRef.close(path),
      error: (err: unknown) => {
        this.submitting.set(false);
        const info = describeError(err, 'Could not create the path.');
        const unmatched = applyFieldErrors(this.form, info.fields);
        const shownAtField = Object.keys(info.fields).some((field) => this.form.get(field));
        this.error.set(unmatched[0] ?? (shownAtField ? null : info.message));
      },
    });
  }
}
