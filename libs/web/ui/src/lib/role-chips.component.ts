import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { roleLabel } from './labels';

/** Roles (or any short labels) as small tonal chips; not interactive. */
@Component({
  selector: 'chorus-role-chips',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="chips" [attr.aria-label]="ariaLabel()">
      @for (label of labels(); track label) {
        <li class="chip">{{ label }}</li>
      } @empty {
        <li class="none">{{ emptyText() }}</li>
      }
    </ul>
  `,
  styles: `
    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .chip {
      padding: 2px 10px;
      border-radius: 999px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
    }
    .none {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class RoleChipsComponent {
  readonly roles = input.required<readonly string[]>();
  /** When false, values are shown as they are (e.g. group names). */
  readonly asRoles = input(true);
  readonly ariaLabel = input('Roles');
  readonly emptyText = input('None');
  protected readonly labels = computed(() =>
    this.asRoles() ? this.roles().map(roleLabel) : [...this.roles()],
  );
}
