import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { EmvSettings, NETWORK_NAMES } from '@chorus/shared/contracts';
import { networkLabel } from '@chorus/web/ui';
import { formatRate } from './format';

let nextId = 0;

/** "How is this calculated?": the EMV formula and the rates per network, behind a disclosure button. */
@Component({
  selector: 'chorus-emv-info',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIcon],
  template: `
    <button
      type="button"
      class="toggle"
      [attr.aria-expanded]="open()"
      [attr.aria-controls]="panelId"
      (click)="open.set(!open())"
      data-testid="emv-info-toggle"
    >
      <mat-icon svgIcon="info" aria-hidden="true" />
      How it is calculated
    </button>
    @if (open()) {
      <div class="panel" [id]="panelId" data-testid="emv-info">
        <p class="formula">{{ emv().formula }}</p>
        <ul class="rates" [attr.aria-label]="'Rates per network in ' + emv().currency">
          @for (network of networks; track network) {
            @if (emv().rates[network]; as rates) {
              <li>
                <strong>{{ label(network) }}:</strong>{{ ' ' }}
                <span><abbr title="Cost per 1,000 impressions">CPM</abbr> {{ rate(rates.cpm) }}</span
                >{{ ', ' }} <span><abbr title="Cost per click">CPC</abbr> {{ rate(rates.cpc) }}</span
                >{{ ', ' }}
                <span><abbr title="Cost per engagement">CPE</abbr> {{ rate(rates.cpe) }}</span>
              </li>
            }
          }
        </ul>
      </div>
    }
  `,
  styles: `
    :host {
      display: block;
      margin-top: 4px;
    }
    .toggle {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      padding: 4px 0;
      border: 0;
      background: none;
      color: var(--mat-sys-primary);
      font: var(--mat-sys-label-large);
      text-align: left;
      cursor: pointer;
      mat-icon {
        flex: none;
        width: 18px;
        height: 18px;
      }
      &:hover {
        text-decoration: underline;
      }
      &:focus-visible {
        outline: 2px solid var(--mat-sys-primary);
        outline-offset: 2px;
        border-radius: 4px;
      }
    }
    .panel {
      margin-top: 4px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .formula {
      margin: 0 0 8px;
    }
    .rates {
      list-style: none;
      margin: 0;
      padding: 0;
      li {
        margin-bottom: 4px;
      }
      strong {
        display: block;
        font-weight: 600;
      }
      span {
        white-space: nowrap;
      }
      abbr {
        text-decoration: none;
      }
    }
  `,
})
export class EmvInfoComponent {
  readonly emv = input.required<EmvSettings>();
  protected readonly open = signal(false);
  protected readonly networks = NETWORK_NAMES;
  protected readonly panelId = `chorus-emv-info-${nextId++}`;
  protected readonly label = networkLabel;

  protected rate(value: number): string {
    return formatRate(value, this.emv().currency);
  }
}
