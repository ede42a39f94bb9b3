import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** The Chorus mark: several voices of different heights, one tune. */
@Component({
  selector: 'chorus-logo',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <svg [attr.width]="size()" [attr.height]="size()" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="9" class="tile" />
      <rect x="7" y="12" width="4" height="10" rx="2" class="bar" />
      <rect x="14" y="7" width="4" height="18" rx="2" class="bar" />
      <rect x="21" y="10" width="4" height="13" rx="2" class="bar" />
    </svg>
    @if (withName()) {
      <span class="name">Chorus</span>
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 10px;
    }
    .tile {
      fill: var(--mat-sys-primary);
    }
    .bar {
      fill: var(--mat-sys-on-primary);
    }
    .name {
      font: var(--mat-sys-title-large);
      font-weight: 600;
      letter-spacing: -0.01em;
    }
  `,
})
export class LogoComponent {
  readonly size = input(32);
  readonly withName = input(true);
}
