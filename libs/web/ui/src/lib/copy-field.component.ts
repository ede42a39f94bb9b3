import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatIconButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatTooltip } from '@angular/material/tooltip';
import { CdkTextareaAutosize } from '@angular/cdk/text-field';

let nextId = 0;

/** A read-only value (a link, a token) with a copy button. */
@Component({
  selector: 'chorus-copy-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatFormField, MatLabel, MatInput, MatSuffix, MatHint, MatIconButton, MatIcon, MatTooltip, CdkTextareaAutosize],
  template: `
    <mat-form-field appearance="outline" class="field" subscriptSizing="dynamic">
      <mat-label>{{ label() }}</mat-label>
      @if (wrap()) {
        <textarea
          matInput
          class="wrapped"
          [id]="id"
          readonly
          rows="1"
          cdkTextareaAutosize
          [value]="value()"
          (focus)="selectAll($event)"
          data-testid="copy-value"
        ></textarea>
      } @else {
        <input matInput [id]="id" readonly [value]="value()" (focus)="selectAll($event)" data-testid="copy-value" />
      }
      <button
        mat-icon-button
        matSuffix
        type="button"
        (click)="copy()"
        [attr.aria-label]="'Copy ' + label()"
        [matTooltip]="copied() ? 'Copied' : 'Copy'"
        data-testid="copy-button"
      >
        <mat-icon [svgIcon]="copied() ? 'check' : 'content_copy'" aria-hidden="true" />
      </button>
      <mat-hint aria-live="polite">{{ copied() ? 'Copied to the clipboard.' : hint() }}</mat-hint>
    </mat-form-field>
  `,
  styles: `
    .field {
      width: 100%;
    }
    .wrapped {
      resize: none;
      overflow: hidden;
      word-break: break-all;
    }
  `,
})
export class CopyFieldComponent {
  private readonly clipboard = inject(Clipboard);
  readonly label = input.required<string>();
  readonly value = input.required<string>();
  readonly hint = input('');
  /** Show a long value (a URL) whole, over several lines, instead of scrolling it in one. */
  readonly wrap = input(false);
  protected readonly copied = signal(false);
  protected readonly id = `chorus-copy-field-${nextId++}`;

  protected copy(): void {
    this.copied.set(this.clipboard.copy(this.value()));
  }

  protected selectAll(event: FocusEvent): void {
    (event.target as HTMLInputElement).select();
  }
}
