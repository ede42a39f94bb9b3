import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
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
import { MatOption, MatSelect } from '@angular/material/select';
import { GroupSummary, ROLES, UserSummary } from '@chorus/shared/contracts';
import { applyFieldErrors, describeError } from '@chorus/web/core';
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from '@chorus/web/ui';
import { UsersApi } from './users.api';
import { checkedRoles, roleCheckboxes } from './user-form';

export interface EditUserDialogData {
  user: UserSummary;
  groups: GroupSummary[];
}

/** Closes with the updated user, or nothing when cancelled. */
@Component({
  selector: 'chorus-edit-user-dialog',
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
    MatCheckbox,
    MatSelect,
    MatOption,
    MatButton,
    MatIcon,
    MatProgressSpinner,
  ],
  template: `
    <h2 mat-dialog-title>Edit {{ data.user.name || data.user.email }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="dialog-form" data-testid="edit-user-form">
      <mat-dialog-content>
        @if (error(); as message) {
          <div class="form-error" role="alert" data-testid="edit-user-error">
            <mat-icon svgIcon="error_outline" aria-hidden="true" />
            <span>{{ message }}</span>
          </div>
        }
        <p class="email">{{ data.user.email }}</p>
        <mat-form-field appearance="outline">
          <mat-label>Name</mat-label>
          <input matInput formControlName="name" autocomplete="off" data-testid="edit-user-name" />
          @if (form.controls.name.hasError('maxlength')) {
            <mat-error>That name is too long.</mat-error>
          } @else if (form.controls.name.hasError('server')) {
            <mat-error>{{ form.controls.name.getError('server') }}</mat-error>
          }
        </mat-form-field>
        <fieldset class="roles" formGroupName="roles">
          <legend>Roles</legend>
          @for (role of roles; track role) {
            <mat-checkbox [formControlName]="role" [attr.data-testid]="'edit-role-' + role">
              <span class="role-label">{{ roleLabels[role] }}</span>
              <span class="role-description">{{ roleDescriptions[role] }}</span>
            </mat-checkbox>
          }
          @if (form.controls.roles.invalid && (form.controls.roles.touched || form.controls.roles.dirty)) {
            <p class="field-error" role="alert">Choose at least one role.</p>
          } @else if (form.controls.roles.hasError('server')) {
            <p class="field-error" role="alert">{{ form.controls.roles.getError('server') }}</p>
          }
        </fieldset>
        <mat-form-field appearance="outline">
          <mat-label>Groups</mat-label>
          <mat-select formControlName="groupIds" multiple data-testid="edit-user-groups">
            @for (group of data.groups; track group.id) {
              <mat-option [value]="group.id">{{ group.name }}</mat-option>
            }
          </mat-select>
          @if (!data.groups.length) {
            <mat-hint>No groups yet: create them under Groups.</mat-hint>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="submitting()" data-testid="edit-user-save">
          @if (submitting()) {
            <mat-progress-spinner mode="indeterminate" diameter="18" aria-hidden="true" />
          }
          Save
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './user-dialogs.scss',
})
export class EditUserDialog {
  private readonly api = inject(UsersApi);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly dialogRef = inject<MatDialogRef<EditUserDialog, UserSummary>>(MatDialogRef);
  protected readonly data = inject<EditUserDialogData>(MAT_DIALOG_DATA);

  protected readonly roles = ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly roleDescriptions = ROLE_DESCRIPTIONS;
  protected readonly form = this.fb.group({
    name: [this.data.user.name, [Validators.maxLength(200)]],
    roles: roleCheckboxes(this.fb, this.data.user.roles),
    groupIds: this.fb.control<string[]>(this.data.user.groups.map((group) => group.id)),
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
    const { name, groupIds } = this.form.getRawValue();
    this.api
      .update(this.data.user.id, {
        ...(name.trim() ? { name: name.trim() } : {}),
        roles: checkedRoles(this.form.controls.roles),
        groupIds,
      })
      .subscribe({
        next: (user) => this.dialogRef.close(user),
        error: (err: unknown) => {
          this.submitting.set(false);
          const info = describeError(err, 'Could not save the changes.');
          const unmatched = applyFieldErrors(this.form, info.fields);
          const shownAtField = Object.keys(info.fields).some((field) => this.form.get(field));
          // e.g. 409 users.self_lockout: an admin cannot remove their own admin role.
          this.error.set(unmatched[0] ?? (shownAtField ? null : info.message));
        },
      });
  }
}
