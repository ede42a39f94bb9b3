import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';

let nextId = 0;

/** A titled card of the reports (a chart or a table), with an optional "Download CSV" link. */
@Component({
  selector: 'chorus-report-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatAnchor, MatIcon],
  template: `
    <div class="head">
      <div>
        <h2 class="title" [id]="titleId">{{ heading() }}</h2>
        @if (subtitle()) {
          <p class="subtitle">{{ subtitle() }}</p>
        }
      </div>
      @if (csvHref(); as href) {
        <a
          mat-stroked-button
          [href]="href"
          download
          [attr.aria-label]="'Download ' + heading() + ' as CSV'"
          [attr.data-testid]="csvTestId()"
        >
          <mat-icon svgIcon="file_download" aria-hidden="true" />
          Download CSV
        </a>
      }
    </div>
    <ng-content />
  `,
  styles: `
    :host {
      display: block;
      min-width: 0;
      padding: 16px;
      border-radius: var(--mat-sys-corner-large);
      border: 1px solid var(--mat-sys-outline-variant);
      background: var(--mat-sys-surface-container-lowest);
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      justify-content: space-between;
      gap: 8px 16px;
      margin-bottom: 12px;
    }
    .title {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .subtitle {
      margin: 2px 0 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  host: { role: 'region', '[attr.aria-labelledby]': 'titleId' },
})
export class ReportCardComponent {
  readonly heading = input.required<string>();
  readonly subtitle = input<string | null>(null);
  readonly csvHref = input<string | null>(null);
  readonly csvTestId = input<string | null>(null);
  protected readonly titleId = `chorus-report-${nextId++}`;
}
