import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
} from '@angular/material/dialog';
import { InvitationCreated } from '@chorus/shared/contracts';
import { CopyFieldComponent } from '@chorus/web/ui';

/** Shows a fresh invitation link (after "Resend invitation"), since mail may not be set up. */
@Component({
  selector: 'chorus-invite-link-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatDialogTitle, MatDialogContent, MatDialogActions, MatDialogClose, MatButton, CopyFieldComponent],
  template: `
    <h2 mat-dialog-title>Invitation sent again</h2>
    <mat-dialog-content>
      <p>
        We sent the invitation to <strong>{{ data.user.email }}</strong> again, if mail is set up. You can also copy
        the link and send it yourself.
      </p>
      <chorus-copy-field
        label="Invitation link"
        [value]="data.inviteUrl"
        [hint]="'Valid until ' + (data.expiresAt | date: 'medium') + '.'"
      />
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-flat-button type="button" mat-dialog-close>Done</button>
    </mat-dialog-actions>
  `,
})
export class InviteLinkDialog {
  protected readonly data = inject<InvitationCreated>(MAT_DIALOG_DATA);
}
