import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { MatTooltip } from '@angular/material/tooltip';
import { AdvocateReachRow } from '@chorus/shared/contracts';
import { ReachCountPipe, ReachMoneyPipe } from '../shared/pipes';

/** The advocates who earned the most (leads see names even of those hidden from leaderboards). */
@Component({
  selector: 'chorus-advocates-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatTableModule, MatIcon, MatTooltip, ReachCountPipe, ReachMoneyPipe],
  template: `
    @if (rows().length === 0) {
      <p class="empty">No advocate shared in this period.</p>
    } @else {
      <div class="scroll" tabindex="0" role="region" aria-label="Top advocates table, scrolls sideways">
        <table mat-table [dataSource]="rows()" class="table" data-testid="dashboard-advocates-table">
          <ng-container matColumnDef="name">
            <th mat-header-cell *matHeaderCellDef scope="col">Advocate</th>
            <td mat-cell *matCellDef="let row" class="name">
              <span class="who">
                {{ row.name }}
                @if (row.hiddenFromLeaderboards) {
                  <mat-icon
                    svgIcon="visibility_off"
                    class="hidden-icon"
                    matTooltip="Hidden from leaderboards"
                    aria-hidden="false"
                    aria-label="Hidden from leaderboards"
                    role="img"
                  />
                }
              </span>
              @if (row.groups.length) {
                <span class="sub">{{ row.groups.join(', ') }}</span>
              }
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
          <tr mat-row *matRowDef="let row; columns: columns" data-testid="dashboard-advocate-row"></tr>
        </table>
      </div>
    }
  `,
  styleUrl: '../shared/reach-table.scss',
  styles: `
    .who {
      display: inline-flex;
      align-items: center;
      gap: 6px;
    }
    .hidden-icon {
      width: 18px;
      height: 18px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class AdvocatesTableComponent {
  readonly rows = input.required<readonly AdvocateReachRow[]>();
  readonly currency = input.required<string>();
  readonly reason = input<string | null>(null);
  protected readonly columns = ['name', 'shares', 'clicks', 'impressions', 'emv'];
}
