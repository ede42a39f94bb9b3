import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import type { GuidelineFinding } from '@chorus/shared/contracts';
import { networkLabel } from '@chorus/web/ui';
import { SEVERITY_ICONS, SEVERITY_LABELS } from './highlight';

/** Findings of a guidelines check: severity, message, the clause it enforces and its one-click fix. */
@Component({
  selector: 'chorus-findings-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatIcon],
  template: `
    @if (findings().length === 0) {
      <p class="none" role="status" data-testid="findings-none">
        <mat-icon svgIcon="check_circle" aria-hidden="true" />
        <span>{{ emptyText() }}</span>
      </p>
    } @else {
      <ul class="findings" [attr.aria-label]="label()">
        @for (f of findings(); track $index) {
          <li class="finding" [class]="'sev-' + f.severity" data-testid="finding" [attr.data-rule]="f.ruleId">
            <mat-icon class="icon" [svgIcon]="icons[f.severity]" [attr.aria-label]="labels[f.severity]" role="img" />
            <div class="body">
              <p class="message">
                <span class="visually-hidden">{{ labels[f.severity] }}: </span>{{ f.message }}
                @if (f.network) {
                  <span class="network">({{ networkLabel(f.network) }})</span>
                }
              </p>
              @if (showClause() && f.clause.text) {
                <blockquote class="clause">
                  <span class="section">{{ f.clause.section }}</span> “{{ f.clause.text }}”
                </blockquote>
              }
              @if (f.fix; as fix) {
                <button mat-stroked-button type="button" class="fix" [disabled]="disabled()" (click)="fixed.emit(f)" data-testid="finding-fix">
                  {{ fix.label }}
                </button>
              }
            </div>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .none {
      display: flex;
      align-items: center;
      gap: 8px;
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
      mat-icon {
        color: #2e7d32;
      }
    }
    .findings {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 8px;
    }
    .finding {
      display: flex;
      gap: 10px;
      padding: 10px 12px;
      border-radius: var(--mat-sys-corner-small);
      border-left: 4px solid currentColor;
    }
    .sev-block {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .sev-warn {
      background: #fff4d6;
      color: #5c4300;
    }
    .sev-info {
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
    }
    .icon {
      flex: none;
    }
    .body {
      min-width: 0;
      flex: 1;
    }
    .message {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .network {
      opacity: 0.8;
    }
    .clause {
      margin: 6px 0 0;
      font: var(--mat-sys-body-small);
      opacity: 0.9;
      overflow-wrap: anywhere;
    }
    .section {
      font-weight: 600;
    }
    .fix {
      margin-top: 8px;
    }
  `,
})
export class FindingsListComponent {
  readonly findings = input.required<readonly GuidelineFinding[]>();
  readonly showClause = input(true);
  readonly disabled = input(false);
  readonly label = input('Guideline findings');
  readonly emptyText = input('No findings: this text follows the guidelines.');
  readonly fixed = output<GuidelineFinding>();
  protected readonly icons = SEVERITY_ICONS;
  protected readonly labels = SEVERITY_LABELS;
  protected readonly networkLabel = networkLabel;
}
