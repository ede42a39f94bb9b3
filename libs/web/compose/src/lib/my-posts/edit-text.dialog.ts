import { ChangeDetectionStrategy, Component, computed, signal } from '@angular/core';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { GuidelineFinding } from '@chorus/shared/contracts';
import { describeError } from '@chorus/web/core';
import { FindingsListComponent } from '@chorus/web/guidelines';
import {
  fieldSentence,
  GUIDELINES_ACK_REQUIRED,
  GUIDELINES_BLOCKED,
  measure,
  problemCode,
  problemOf,
  warnRules,
} from '../composer/compose-model';
import { ShareDialog, ShareDialogFrameComponent } from './share-dialog';

/** Network limits when editing a scheduled share (the composer gets them from the server). */
const LIMITS = { linkedin: 3000, x: 280 } as const;

/** Edits the text of a scheduled share; closes with the updated share. */
@Component({
  selector: 'chorus-edit-text-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ShareDialogFrameComponent, MatFormField, MatLabel, MatHint, MatInput, MatCheckbox, FindingsListComponent],
  template: `
    <chorus-share-dialog-frame
      heading="Edit your {{ label }} post"
      testId="edit-text"
      saveLabel="Save"
      [saving]="saving()"
      [canSave]="!over() && !!text().trim()"
      [error]="error()"
      (save)="save()"
    >
      <div class="body">
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
      </div>
    </chorus-share-dialog-frame>
  `,
  styles: `
    .body {
      display: flex;
      flex-direction: column;
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
  `,
})
export class EditTextDialog extends ShareDialog {
  protected readonly limit = LIMITS[this.share.network];
  protected readonly text = signal(this.share.text);
  protected readonly length = computed(() =>
    measure({ lengthCounting: this.share.network === 'x' ? 'x-weighted' : 'characters' }, this.text()),
  );
  protected readonly over = computed(() => this.length() > this.limit);
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
    const acknowledged = [...this.acknowledged()];
    this.update({ text: this.text(), ...(acknowledged.length ? { acknowledgedRuleIds: acknowledged } : {}) }, (err) => {
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
    });
  }
}
