import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { ContentReachRow } from '@chorus/shared/contracts';
import { ReachCountPipe, ReachMoneyPipe } from '../shared/pipes';

/** The content that earned the most, with a link to each article. */
@Component({
  selector: 'chorus-content-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatTableModule, ReachCountPipe, ReachMoneyPipe],
  template: `
    @if (rows().length === 0) {
      <p class="empty">Nothing was shared in this period.</p>
    } @else {
      <div class="scroll" tabindex="0" role="region" aria-label="Top content table, scrolls sideways">
        <table mat-table [dataSource]="rows()" class="table" data-testid="dashboard-content-table">
          <ng-container matColumnDef="title">
            <th mat-header-cell *matHeaderCellDef scope="col">Content</th>
            <td mat-cell *matCellDef="let row" class="name title">
              <a [href]="row.url" target="_blank" rel="noopener noreferrer">{{ row.title }}</a>
            </td>
          </ng-container>
          <ng-container matColumnDef="shares">
            <th mat-header-cell *matHeaderCellDef scope="col" class="num">Shares</th>
            <td mat-cell *matCellDef="let row" class="num">{{ row.totals.shares | reachCount }}</td>
          </ng-container>
          <ng-container matColumnDef="clicks">
            <th mat-header-cell *matHeaderCellDef scope="col" class="num">Clicks</th>
            <td mat-cell *matCellDef="let row" class="num">{{ row.totals.clicks | reachCount }}</td>
          </ng-container>
          <ng-container matColumnDef="impressions">
            <th mat-header-cell *matHeaderCellDef scope="col" class="num">Impressions</th>
            <td mat-cell *matCellDef="let row" class="num">
              @if (row.totals.impressions === null) {
                <span class="na" [attr.title]="reason()">Not available</span>
              } @else {
                {{ row.totals.impressions | reachCount }}
              }
            </td>
          </ng-container>
          <ng-container matColumnDef="emv">
            <th mat-header-cell *matHeaderCellDef scope="col" class="num">EMV</th>
            <td mat-cell *matCellDef="let row" class="num">{{ row.totals.emv | reachMoney: currency() }}</td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let row; columns: columns" data-testid="dashboard-content-row"></tr>
        </table>
      </div>
    }
  `,
  styleUrl: '../shared/reach-table.scss',
  styles: `
    .title {
      max-width: 420px;
      a {
        display: -webkit-box;
        -webkit-line-clamp: 2;
        -webkit-box-orient: vertical;
        overflow: hidden;
      }
    }
  `,
})
export class ContentTableComponent {
  readonly rows = input.required<readonly ContentReachRow[]>();
  readonly currency = input.required<string>();
  readonly reason = input<string | null>(null);
  protected readonly columns = ['title', 'shares', 'clicks', 'impressions', 'emv'];
}
