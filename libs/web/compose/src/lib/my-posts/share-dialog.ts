import { ChangeDetectionStrategy, Component, Directive, inject, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import type { ShareView, UpdateShareRequest } from '@chorus/shared/contracts';
import { networkLabel } from '@chorus/web/ui';
import { PublishingApi } from '../publishing.api';

/**
 * What a dialog that changes one share does: it saves, shows its progress, and closes with the updated share;
 * when saving fails, the dialog says why (`error`).
 */
@Directive()
export abstract class ShareDialog {
  protected readonly api = inject(PublishingApi);
  private readonly dialogRef = inject<MatDialogRef<unknown, ShareView>>(MatDialogRef);
  protected readonly share = inject<ShareView>(MAT_DIALOG_DATA);

  protected readonly label = networkLabel(this.share.network);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  /** Sends the changes; closes with the updated share, or hands the error to `failed` (after `saving` ends). */
  protected update(changes: UpdateShareRequest, failed: (err: unknown) => void): void {
    this.saving.set(true);
    this.error.set(null);
    this.api.update(this.share.id, changes).subscribe({
      next: (share) => this.dialogRef.close(share),
      error: (err: unknown) => {
        this.saving.set(false);
        failed(err);
      },
    });
  }
}

/**
 * The frame of a share dialog: title, the error at the top (with reasons, if any), the projected fields, and
 * Cancel + the save button with its spinner. Test ids: `{testId}-form`, `{testId}-error`, `{testId}-save`.
 */
@Component({
  selector: 'chorus-share-dialog-frame',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatDialogTitle, MatDialogContent, MatDialogActions, MatDialogClose, MatButton, MatIcon, MatProgressSpinner],
  template: `
    <h2 mat-dialog-title>{{ heading() }}</h2>
    <form class="dialog-form" novalidate (submit)="$event.preventDefault(); save.emit()" [attr.data-testid]="testId() + '-form'">
      <mat-dialog-content>
        @if (error(); as message) {
          <div class="form-error" role="alert" [attr.data-testid]="testId() + '-error'">
            <mat-icon svgIcon="error_outline" aria-hidden="true" />
            <div>
              <span>{{ message }}</span>
              @if (reasons().length) {
                <ul>
                  @for (reason of reasons(); track $index) {
                    <li>{{ reason }}</li>
                  }
                </ul>
              }
            </div>
          </div>
        }
        <ng-content />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving() || !canSave()" [attr.data-testid]="testId() + '-save'">
          @if (saving()) {
            <mat-progress-spinner mode="indeterminate" diameter="18" aria-hidden="true" />
          }
          {{ saveLabel() }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    :host,
    .dialog-form {
      display: contents;
    }
    ul {
      margin: 4px 0 0;
      padding-left: 20px;
    }
  `,
})
export class ShareDialogFrameComponent {
  readonly heading = input.required<string>();
  readonly testId = input.required<string>();
  readonly saveLabel = input.required<string>();
  readonly saving = input(false);
  readonly canSave = input(true);
  readonly error = input<string | null>(null);
  readonly reasons = input<readonly string[]>([]);
  readonly save = output<void>();
}
