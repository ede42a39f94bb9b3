import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { RuleSetJson, RuleSetVersionView } from '@chorus/shared/contracts';
import { describeError } from '@chorus/web/core';
import { GuidelinesApi } from './guidelines.api';
import { fieldErrorLines, parseRuleSet } from './rule-set-validation';

export interface RuleSetJsonDialogData {
  /** The rule set to start from. */
  ruleSet: RuleSetJson;
  /** Read-only view of an older version when set. */
  readOnlyVersion?: number;
}

/** The whole rule set as JSON: checked with the engine in the browser, then saved as a new version. */
@Component({
  selector: 'chorus-rule-set-json-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatDialogTitle, MatDialogContent, MatDialogActions, MatDialogClose, MatButton, MatIcon, MatFormField, MatLabel, MatHint, MatInput],
  template: `
    <h2 mat-dialog-title>{{ data.readOnlyVersion ? 'Version ' + data.readOnlyVersion : 'Edit the rule set as JSON' }}</h2>
    <mat-dialog-content>
      @if (error(); as message) {
        <div class="form-error" role="alert" data-testid="json-error">
          <mat-icon svgIcon="error_outline" aria-hidden="true" />
          <div>
            <p>{{ message }}</p>
            @if (fieldErrors().length) {
              <ul data-testid="json-field-errors">
                @for (line of fieldErrors(); track line) {
                  <li>{{ line }}</li>
                }
              </ul>
            }
          </div>
        </div>
      }
      <mat-form-field class="full">
        <mat-label>Rule set (JSON)</mat-label>
        <textarea
          matInput
          class="json"
          rows="18"
          spellcheck="false"
          [readonly]="!!data.readOnlyVersion"
          [value]="json()"
          (input)="onInput($event)"
          data-testid="json-text"
        ></textarea>
      </mat-form-field>
      @if (!data.readOnlyVersion) {
        <mat-form-field class="full">
          <mat-label>Note (optional)</mat-label>
          <input matInput maxlength="500" [value]="note()" (input)="note.set($any($event.target).value)" data-testid="json-note" />
          <mat-hint>What changed, for the version history.</mat-hint>
        </mat-form-field>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ data.readOnlyVersion ? 'Close' : 'Cancel' }}</button>
      @if (!data.readOnlyVersion) {
        <button mat-flat-button type="button" [disabled]="saving()" (click)="save()" data-testid="json-save">
          {{ saving() ? 'Saving…' : 'Save as new version' }}
        </button>
      }
    </mat-dialog-actions>
  `,
  styles: `
    .full {
      width: 100%;
    }
    .json {
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      font-size: 13px;
      line-height: 1.4;
    }
    .form-error {
      display: flex;
      gap: 10px;
      margin-bottom: 12px;
      padding: 12px 14px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      overflow-wrap: anywhere;
      p {
        margin: 0;
      }
      ul {
        margin: 6px 0 0;
        padding-left: 18px;
      }
    }
  `,
})
export class RuleSetJsonDialog {
  private readonly api = inject(GuidelinesApi);
  private readonly ref = inject<MatDialogRef<RuleSetJsonDialog, RuleSetVersionView>>(MatDialogRef);
  protected readonly data = inject<RuleSetJsonDialogData>(MAT_DIALOG_DATA);
  protected readonly json = signal(JSON.stringify(this.data.ruleSet, null, 2));
  protected readonly note = signal('');
  protected readonly error = signal<string | null>(null);
  protected readonly fieldErrors = signal<string[]>([]);
  protected readonly saving = signal(false);

  protected onInput(event: Event): void {
    this.json.set((event.target as HTMLTextAreaElement).value);
  }

  protected save(): void {
    this.fieldErrors.set([]);
    const parsed = parseRuleSet(this.json());
    if ('error' in parsed) {
      this.error.set(parsed.error);
      return;
    }
    this.error.set(null);
    this.saving.set(true);
    const note = this.note().trim();
    this.api.save({ ruleSet: parsed.ruleSet as unknown as RuleSetJson, ...(note ? { note } : {}) }).subscribe({
      next: (view) => this.ref.close(view),
      error: (err: unknown) => {
        this.saving.set(false);
        const info = describeError(err, 'Could not save the rule set.');
        this.error.set(info.message);
        this.fieldErrors.set(fieldErrorLines(info));
      },
    });
  }
}
