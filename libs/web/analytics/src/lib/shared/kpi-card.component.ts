import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { NOT_AVAILABLE } from './format';

let nextId = 0;

/**
 * One key figure: its name, the number, and a line beneath. A null value is a figure the networks do not
 * report: the card says "Not available" and why, never 0.
 */
@Component({
  selector: 'chorus-kpi-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h3 class="label" [id]="labelId">{{ label() }}</h3>
    @if (value() !== null) {
      <p class="value" [attr.data-testid]="testId()" [attr.data-value]="raw()">{{ value() }}</p>
    } @else {
      <p class="value unavailable" [attr.data-testid]="testId()" data-available="false">{{ notAvailable }}</p>
      @if (reason()) {
        <p class="reason" [attr.data-testid]="testId() ? testId() + '-reason' : null">{{ reason() }}</p>
      }
    }
    @if (detail()) {
      <p class="detail" [attr.data-testid]="testId() ? testId() + '-detail' : null">{{ detail() }}</p>
    }
    <ng-content />
  `,
  styles: `
    :host {
      container-type: inline-size;
      display: flex;
      flex-direction: column;
      gap: 4px;
      min-width: 0;
      padding: 16px;
      border-radius: var(--mat-sys-corner-large);
      border: 1px solid var(--mat-sys-outline-variant);
      background: var(--mat-sys-surface-container-lowest);
    }
    .label {
      margin: 0;
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .value {
      margin: 0;
      font: var(--mat-sys-headline-small);
      /* Shrinks with the card so a long amount (US$12,345.67) stays on one line. */
      font-size: clamp(18px, 12cqi, 28px);
      line-height: 1.25;
      font-variant-numeric: tabular-nums;
      color: var(--mat-sys-on-surface);
      white-space: nowrap;
    }
    .value.unavailable {
      white-space: normal;
      font: var(--mat-sys-title-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .reason,
    .detail {
      margin: 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  host: { role: 'group', '[attr.aria-labelledby]': 'labelId' },
})
export class KpiCardComponent {
  readonly label = input.required<string>();
  /** The figure as shown; null when it is not available. */
  readonly value = input.required<string | null>();
  /** The unformatted figure, kept in `data-value` for tests and scripts. */
  readonly raw = input<number | null>(null);
  readonly reason = input<string | null>(null);
  readonly detail = input<string | null>(null);
  readonly testId = input<string | null>(null);

  protected readonly notAvailable = NOT_AVAILABLE;
  protected readonly labelId = `chorus-kpi-${nextId++}`;
}
