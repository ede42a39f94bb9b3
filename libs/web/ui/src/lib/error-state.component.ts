import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';

/** A failed load, with what went wrong and a way to try again. */
@Component({
  selector: 'chorus-error-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatIcon],
  template: `
    <div class="box" role="alert">
      <mat-icon class="icon" svgIcon="error_outline" aria-hidden="true" />
      <div class="text">
        <p class="heading">{{ heading() }}</p>
        <p class="message">{{ message() }}</p>
      </div>
    </div>
    @if (retryable()) {
      <button mat-stroked-button type="button" (click)="retry.emit()" data-testid="retry">
        <mat-icon svgIcon="refresh" aria-hidden="true" />
        Try again
      </button>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 12px 16px;
      padding: 16px;
      margin: 16px 0;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .box {
      display: flex;
      gap: 12px;
      align-items: flex-start;
    }
    .icon {
      flex: none;
    }
    .heading {
      margin: 0;
      font: var(--mat-sys-title-small);
    }
    .message {
      margin: 2px 0 0;
      font: var(--mat-sys-body-medium);
    }
  `,
})
export class ErrorStateComponent {
  readonly message = input.required<string>();
  readonly heading = input('Could not load this');
  readonly retryable = input(true);
  readonly retry = output<void>();
}
