import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
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
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import type { GuidelineFinding, ShareView } from '@chorus/shared/contracts';
import { describeError } from '@chorus/web/core';
import { FindingsListComponent } from '@chorus/web/guidelines';
import { networkLabel } from '@chorus/web/ui';
import {
  fieldSentence,
  GUIDELINES_ACK_REQUIRED,
  GUIDELINES_BLOCKED,
  measure,
  problemCode,
  problemOf,
  warnRules,
} from '../composer/compose-model';
import { PublishingApi } from '../publishing.api';

/** Network limits when editing a scheduled share (the composer gets them from the server). */
const LIMITS = { linkedin: 3000, x: 280 } as const;

/** Edits the text of a scheduled share; closes with the updated share. */
@Component({
  selector: 'chorus-edit-text-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatFormField,
    MatLabel,
    MatHint,
    MatInput,
    MatButton,
    MatCheckbox,
    MatIcon,
    MatProgressSpinner,
    FindingsListComponent,
  ],
  template: `
    <h2 mat-dialog-title>Edit your {{ label }} post</h2>
    <form class="dialog-form" novalidate (submit)="$event.preventDefault(); save()" data-testid="edit-text-form">
      <mat-dialog-content>
        @if (error(); as message) {
          <div class="form-error" role="alert" data-testid="edit-text-error">
            <mat-icon svgIcon="error_outline" aria-hidden="true" />
            <span>{{ message }}</span>
          </div>
        }
        <mat-form-field class="field" subscriptSizing="dynamic">
          <mat-label>Text</mat-label>
          <textarea
            matInput
            rows="8"
            [value]="text()"
            (input)="onInput($event)"
            [attr.aria-describedby]="'edit-text-count'"
            data-testid="edit-text"
          ></textarea>
          <mat-hint align="end">
            <span id="edit-text-count" [class.over]="over()">{{ length() }} / {{ limit }}</span>
          </mat-hint>
        </mat-form-field>
        @if (findings().length) {
          <chorus-findings-list class="findings" [findings]="findings()" label="What the guidelines say" />
          @for (w of warnings(); track w.ruleId) {
            <mat-checkbox
              [checked]="acknowledged().has(w.ruleId)"
              (change)="acknowledge(w.ruleId, $event.checked)"
              [attr.data-testid]="'edit-ack-' + w.ruleId"
            >
              I acknowledge: {{ w.message }}
            </mat-checkbox>
          }
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button
          mat-flat-button
          type="submit"
          [disabled]="saving() || over() || !text().trim()"
          data-testid="edit-text-save"
        >
          @if (saving()) {
            <mat-progress-spinner mode="indeterminate" diameter="18" aria-hidden="true" />
          }
          Save
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .dialog-form {
      display: contents;
    }
    .field {
      width: 100%;
    }
    .over {
      color: var(--mat-sys-error);
    }
    .findings {
      margin: 12px 0 8px;
    }
    mat-dialog-content {
      display: flex;
      flex-direction: column;
    }
  `,
})
export class EditTextDialog {
  private readonly api = inject(PublishingApi);
  private readonly dialogRef = inject<MatDialogRef<EditTextDialog, ShareView>>(MatDialogRef);
  protected readonly share = inject<ShareView>(MAT_DIALOG_DATA);

  protected readonly label = networkLabel(this.share.network);
  protected readonly limit = LIMITS[this.share.network];
  protected readonly text = signal(this.share.text);
  protected readonly length = computed(() =>
    measure({ lengthCounting: this.share.network === 'x' ? 'x-weighted' : 'characters' }, this.text()),
  );
  protected readonly over = computed(() => this.length() > this.limit);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly findings = signal<GuidelineFinding[]>([]);
  protected readonly warnings = computed(() => warnRules(this.findings()));
  protected readonly acknowledged = signal<ReadonlySet<string>>(new Set());

  protected onInput(event: Event): void {
    this.text.set((event.target as HTMLTextAreaElement).value);
  }

  protected acknowledge(ruleId: string, checked: boolean): void {
    this.acknowledged.update((ids) => {
      const next = new Set(ids);
      if (checked) next.add(ruleId);
      else next.delete(ruleId);
      return next;
    });
  }

  protected save(): void {
    if (this.saving() || this.over() || !this.text().trim()) return;
    this.saving.set(true);
    this.error.set(null);
    const acknowledged = [...this.acknowledged()];
    this.api
      .update(this.share.id, {
        text: this.text(),
        ...(acknowledged.length ? { acknowledgedRuleIds: acknowledged } : {}),
      })
      .subscribe({
        next: (share) => this.dialogRef.close(share),
        error: (err: unknown) => {
          this.saving.set(false);
          const problem = problemOf(err);
          const code = problemCode(problem);
          if (code === GUIDELINES_BLOCKED || code === GUIDELINES_ACK_REQUIRED) {
            this.findings.set((problem?.errors ?? []) as unknown as GuidelineFinding[]);
            this.error.set(
              code === GUIDELINES_BLOCKED
                ? 'The guidelines block this text. Change it and save again.'
                : 'Tick “I acknowledge” for each warning to save.',
            );
            return;
          }
          const info = describeError(err, 'Could not save the text.');
          const first = problem?.errors?.[0]?.message;
          this.error.set(first ? fieldSentence('The text', first) : info.message);
        },
      });
  }
}
