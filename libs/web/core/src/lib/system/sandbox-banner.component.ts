import { ChangeDetectionStrategy, Component, inject, OnInit } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { SystemInfoStore } from './system-info.store';

export const SANDBOX_MESSAGE = 'LinkedIn and X are simulated on this machine; nothing is posted publicly.';

/** A slim strip saying the networks are simulated; not dismissable, so no screenshot can mislead. */
@Component({
  selector: 'chorus-sandbox-banner',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIcon],
  template: `
    @if (sandbox()) {
      <div class="banner" role="note" aria-label="Sandbox mode" data-testid="sandbox-banner">
        <mat-icon class="icon" svgIcon="info" aria-hidden="true" />
        <span><strong>Sandbox mode</strong> — {{ message }}</span>
      </div>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .banner {
      display: flex;
      align-items: center;
      gap: 8px;
      padding: 6px 16px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
      font: var(--mat-sys-body-small);
      line-height: 18px;
    }
    .icon {
      flex: none;
      width: 18px;
      height: 18px;
    }
  `,
})
export class SandboxBannerComponent implements OnInit {
  private readonly store = inject(SystemInfoStore);
  protected readonly sandbox = this.store.sandbox;
  protected readonly message = SANDBOX_MESSAGE;

  ngOnInit(): void {
    this.store.load();
  }
}
