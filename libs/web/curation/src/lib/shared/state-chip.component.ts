import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * A small coloured label: a content state (`draft`, `approved`, …), a source status (`ok`, `failing`, …) or
 * an item's origin (`advocate`).
 * `tone` picks the colour; the text is what screen readers hear.
 */
@Component({
  selector: 'chorus-state-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="chip" [class]="'chip tone-' + tone()">{{ label() }}</span>`,
  styles: `
    .chip {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 999px;
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
      border: 1px solid var(--mat-sys-outline-variant);
      color: var(--mat-sys-on-surface-variant);
    }
    .tone-approved,
    .tone-ok {
      background: var(--chorus-success-container);
      color: var(--chorus-on-success-container);
      border-color: transparent;
    }
    .tone-in_review,
    .tone-pending,
    .tone-new {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
      border-color: transparent;
    }
    .tone-draft {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      border-color: transparent;
    }
    .tone-failing {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      border-color: transparent;
    }
    .tone-expired {
      background: var(--chorus-warning-container);
      color: var(--chorus-on-warning-container);
      border-color: transparent;
    }
    .tone-advocate {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
      border-color: transparent;
    }
    .tone-archived,
    .tone-disabled,
    .tone-dismissed {
      background: var(--mat-sys-surface-container-highest);
    }
  `,
})
export class StateChipComponent {
  readonly tone = input.required<string>();
  readonly label = input.required<string>();
}
