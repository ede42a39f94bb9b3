import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { statusLabel } from './labels';

@Component({
  selector: 'chorus-status-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="badge" [class]="'badge status-' + status()">{{ label() }}</span>`,
  styles: `
    .badge {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 999px;
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
      border: 1px solid var(--mat-sys-outline-variant);
      color: var(--mat-sys-on-surface-variant);
    }
    .status-active {
      background: var(--chorus-success-container);
      color: var(--chorus-on-success-container);
      border-color: transparent;
    }
    .status-invited {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
      border-color: transparent;
    }
    .status-deactivated {
      background: var(--mat-sys-surface-container-highest);
    }
  `,
})
export class StatusBadgeComponent {
  readonly status = input.required<string>();
  protected readonly label = computed(() => statusLabel(this.status()));
}
