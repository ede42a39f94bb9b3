import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { MetricsAvailability, NetworkName, NetworkReachRow } from '@chorus/shared/contracts';
import { NetworkMarkComponent, networkLabel } from '@chorus/web/ui';
import { ReachCountPipe, ReachMoneyPipe, ReachPercentPipe } from '../shared/pipes';

/** Reach per network; a network that does not report metrics says why in its cells' tooltip. */
@Component({
  selector: 'chorus-networks-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatTableModule, NetworkMarkComponent, ReachCountPipe, ReachMoneyPipe, ReachPercentPipe],
  template: `
    @if (rows().length === 0) {
      <p class="empty">No networks in this period.</p>
    } @else {
      <div class="scroll" tabindex="0" role="region" aria-label="Networks table, scrolls sideways">
        <table mat-table [dataSource]="rows()" class="table" data-testid="dashboard-networks-table">
          <ng-container matColumnDef="network">
            <th mat-header-cell *matHeaderCellDef scope="col">Network</th>
            <td mat-cell *matCellDef="let row" class="name">
              <span class="network"
                ><chorus-network-mark [network]="row.network" [size]="18" /> {{ label(row.network) }}</span
              >
            </td>
          </ng-container>
          <ng-container matColumnDef="shares">
            <th mat-header-cell *matHeaderCellDef scope="col" class="num">Shares</th>
            <td mat-cell *matCellDef="let row" class="num">{{ row.totals.shares | reachCount }}</td>
          </ng-container>
          <ng-container matColumnDef="clicks">
            <th mat-header-cell *matHeaderCellDef scope="col" class="num">Clicks</th>
            <td mat-cell *matCellDef="let row" class="num">
              {{ row.totals.clicks | reachCount }}
              <span class="sub">{{ row.totals.uniqueClicks | reachCount }} unique</span>
            </td>
          </ng-container>
          <ng-container matColumnDef="impressions">
            <th mat-header-cell *matHeaderCellDef scope="col" class="num">Impressions</th>
            <td mat-cell *matCellDef="let row" class="num">
              @if (row.totals.impressions === null) {
                <span class="na" [attr.title]="reasonFor(row.network)">Not available</span>
              } @else {
                {{ row.totals.impressions | reachCount }}
              }
            </td>
          </ng-container>
          <ng-container matColumnDef="engagements">
            <th mat-header-cell *matHeaderCellDef scope="col" class="num">Engagements</th>
            <td mat-cell *matCellDef="let row" class="num">
              @if (row.totals.engagements === null) {
                <span class="na" [attr.title]="reasonFor(row.network)">Not available</span>
              } @else {
                {{ row.totals.engagements | reachCount }}
              }
            </td>
          </ng-container>
          <ng-container matColumnDef="ctr">
            <th mat-header-cell *matHeaderCellDef scope="col" class="num">CTR</th>
            <td mat-cell *matCellDef="let row" class="num">
              @if (row.totals.ctr === null) {
                <span class="na" [attr.title]="reasonFor(row.network)">Not available</span>
              } @else {
                {{ row.totals.ctr | reachPercent: 2 }}
              }
            </td>
          </ng-container>
          <ng-container matColumnDef="emv">
            <th mat-header-cell *matHeaderCellDef scope="col" class="num">EMV</th>
            <td mat-cell *matCellDef="let row" class="num">{{ row.totals.emv | reachMoney: currency() }}</td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr
            mat-row
            *matRowDef="let row; columns: columns"
            data-testid="dashboard-network-row"
            [attr.data-network]="row.network"
          ></tr>
        </table>
      </div>
    }
  `,
  styleUrl: '../shared/reach-table.scss',
  styles: `
    .network {
      display: inline-flex;
      align-items: center;
      gap: 8px;
    }
  `,
})
export class NetworksTableComponent {
  readonly rows = input.required<readonly NetworkReachRow[]>();
  readonly currency = input.required<string>();
  readonly availability = input<readonly MetricsAvailability[]>([]);
  protected readonly columns = ['network', 'shares', 'clicks', 'impressions', 'engagements', 'ctr', 'emv'];
  protected readonly label = networkLabel;

  protected reasonFor(network: NetworkName): string | null {
    return this.availability().find((entry) => entry.network === network)?.reason ?? null;
  }
}
