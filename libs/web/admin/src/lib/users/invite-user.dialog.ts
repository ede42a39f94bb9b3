import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { MatOption, MatSelect } from '@angular/material/select';
import { GroupSummary, InvitationCreated, ROLES } from '@chorus/shared/contracts';
import { applyFieldErrors, describeError } from '@chorus/web/core';
import { CopyFieldComponent, ROLE_DESCRIPTIONS, ROLE_LABELS } from '@chorus/web/ui';
import { UsersApi } from './users.api';
import { checkedRoles, roleCheckboxes } from './user-form';

export interface InviteUserDialogData {
  groups: GroupSummary[];
}

/** Closes with `true` when at least one invitation was created. */
@Component({
  selector: 'chorus-invite-user-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
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
    CopyFieldComponent,
  ],
  templateUrl: './invite-user.dialog.html',
  styleUrl: './user-dialogs.scss',
})
export class InviteUserDialog {
  private readonly api = inject(UsersApi);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly dialogRef = inject<MatDialogRef<InviteUserDialog, boolean>>(MatDialogRef);
  protected readonly data = inject<InviteUserDialogData>(MAT_DIALOG_DATA, { optional: true }) ?? { groups: [] };

  protected readonly roles = ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly roleDescriptions = ROLE_DESCRIPTIONS;

  protected readonly form = this.fb.group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(320)]],
    name: ['', [Validators.maxLength(200)]],
    roles: roleCheckboxes(this.fb, ['advocate']),
    groupIds: this.fb.control<string[]>([]),
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly result = signal<InvitationCreated | null>(null);
  private invited = false;

  protected submit(): void {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    const { email, name, groupIds } = this.form.getRawValue();
    this.api
      .invite({
        email: email.trim(),
        ...(name.trim() ? { name: name.trim() } : {}),
        roles: checkedRoles(this.form.controls.roles),
        groupIds,
      })
      .subscribe({
        next: (created) => {
          this.submitting.set(false);
          this.invited = true;
          this.result.set(created);
        },
        error: (err: unknown) => {
          this.submitting.set(false);
          const info = describeError(err, 'Could not send the invitation.');
          if (info.status === 409 && !info.fields['email']) {
            // The only conflict an invitation can hit: the e-mail already belongs to a user.
            info.fields['email'] = info.problem?.detail ?? 'Someone with this e-mail already has an account.';
          }
          const unmatched = applyFieldErrors(this.form, info.fields);
          const shownAtField = Object.keys(info.fields).some((field) => this.form.get(field));
          this.error.set(unmatched[0] ?? (shownAtField ? null : info.message));
        },
      });
  }

  protected inviteAnother(): void {
    this.result.set(null);
    this.form.reset({ email: '', name: '', roles: { advocate: true }, groupIds: this.form.getRawValue().groupIds });
  }

  protected close(): void {
    this.dialogRef.close(this.invited);
  }
}
