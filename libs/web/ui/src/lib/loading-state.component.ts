import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatProgressSpinner } from '@angular/material/progress-spinner';

@Component({
  selector: 'chorus-loading-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatProgressSpinner],
  template: `
    <div class="box" role="status" aria-live="polite">
      <mat-progress-spinner mode="indeterminate" [diameter]="compact() ? 24 : 40" aria-hidden="true" />
      <span>{{ label() }}</span>
    </div>
  `,
  styles: `
    .box {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 12px;
      padding: 32px 16px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    :host(.compact) .box {
      flex-direction: row;
      padding: 12px 0;
    }
  `,
  host: { '[class.compact]': 'compact()' },
})
export class LoadingStateComponent {
  readonly label = input('Loading…');
  readonly compact = input(false);
}
