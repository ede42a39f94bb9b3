import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { GroupReachRow } from '@chorus/shared/contracts';
import { ReachCountPipe, ReachMoneyPipe, ReachPercentPipe } from '../shared/pipes';

/** Reach per group: participation, shares, clicks, impressions and EMV. */
@Component({
  selector: 'chorus-groups-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatTableModule, ReachCountPipe, ReachMoneyPipe, ReachPercentPipe],
  template: `
    @if (rows().length === 0) {
      <p class="empty">No groups yet.</p>
    } @else {
      <div class="scroll" tabindex="0" role="region" aria-label="Groups table, scrolls sideways">
        <table mat-table [dataSource]="rows()" class="table" data-testid="dashboard-groups-table">
          <ng-container matColumnDef="name">
            <th mat-header-cell *matHeaderCellDef scope="col">Group</th>
            <td mat-cell *matCellDef="let row" class="name">{{ row.name }}</td>
          </ng-container>
          <ng-container matColumnDef="participation">
            <th mat-header-cell *matHeaderCellDef scope="col" class="num">Participation</th>
            <td mat-cell *matCellDef="let row" class="num">
              {{ row.participation.rate | reachPercent: 0 }}
              <span class="sub">{{ row.participation.active }} of {{ row.participation.enrolled }}</span>
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
          <tr mat-row *matRowDef="let row; columns: columns" data-testid="dashboard-group-row"></tr>
        </table>
      </div>
    }
  `,
  styleUrl: '../shared/reach-table.scss',
})
export class GroupsTableComponent {
  readonly rows = input.required<readonly GroupReachRow[]>();
  readonly currency = input.required<string>();
  /** Why impressions are not available (the cell's tooltip). */
  readonly reason = input<string | null>(null);
  protected readonly columns = ['name', 'participation', 'shares', 'clicks', 'impressions', 'emv'];
}
