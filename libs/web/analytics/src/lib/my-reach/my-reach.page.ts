import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatAnchor } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { LeaderboardPeriod, MyReach } from '@chorus/shared/contracts';
import { EmptyStateComponent, ErrorStateComponent, LoadingStateComponent, PageHeaderComponent } from '@chorus/web/ui';
import { map } from 'rxjs';
import { DEFAULT_PRESET, isPreset, presetRange, RANGE_PRESETS, RangePreset } from '../shared/date-range';
import { EmvInfoComponent } from '../shared/emv-info.component';
import { availabilityNote, coverageNote, formatCount, formatMoney, updatedLabel } from '../shared/format';
import { KpiCardComponent } from '../shared/kpi-card.component';
import { ReachChartComponent } from '../shared/reach-chart.component';
import { ReportCardComponent } from '../shared/report-card.component';
import { LeaderboardCardComponent } from './leaderboard-card.component';
import { MyReachStore } from './my-reach.store';
import { MySharesListComponent } from './my-shares-list.component';

/** /my-reach — what an advocate's shares earned, their group's leaderboard and their name on it. */
@Component({
  selector: 'chorus-my-reach-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [MyReachStore],
  imports: [
    RouterLink,
    MatAnchor,
    MatButtonToggleGroup,
    MatButtonToggle,
    MatProgressBar,
    PageHeaderComponent,
    LoadingStateComponent,
    ErrorStateComponent,
    EmptyStateComponent,
    KpiCardComponent,
    EmvInfoComponent,
    ReachChartComponent,
    ReportCardComponent,
    MySharesListComponent,
    LeaderboardCardComponent,
  ],
  templateUrl: './my-reach.page.html',
  styleUrl: './my-reach.page.scss',
})
export class MyReachPage {
  protected readonly store = inject(MyReachStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly presets = RANGE_PRESETS;
  protected readonly days = toSignal(
    this.route.queryParamMap.pipe(
      map((params) => {
        const days = params.get('days');
        return isPreset(days) ? (Number(days) as RangePreset) : DEFAULT_PRESET;
      }),
    ),
    { initialValue: DEFAULT_PRESET as RangePreset },
  );
  protected readonly reach = this.store.reach.value;
  protected readonly reason = computed(() => availabilityNote(this.reach()?.availability ?? []));
  protected readonly coverage = computed(() => coverageNote(this.reach()?.availability ?? []));
  protected readonly updated = computed(() => {
    const reach = this.reach();
    return reach ? updatedLabel(reach.updatedAt) : null;
  });
  protected readonly empty = computed(() => {
    const reach = this.reach();
    return !!reach && reach.totals.shares === 0 && reach.shares.length === 0;
  });

  constructor() {
    effect(() => {
      const range = presetRange(this.days());
      untracked(() => this.store.loadReach(range));
    });
    // The preference comes with the reach; keep the toggle in step with each fresh read.
    effect(() => {
      const reach = this.reach();
      if (reach) untracked(() => this.store.showName.set(reach.showOnLeaderboards));
    });
    this.store.loadLeaderboard();
  }

  protected setDays(days: RangePreset): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { days }, queryParamsHandling: 'merge' });
  }

  protected setPeriod(period: LeaderboardPeriod): void {
    this.store.setPeriod(period);
  }

  protected setShowName(show: boolean): void {
    this.store.setShowName(show, (error) => {
      if (error) {
        this.snackBar.open(error, 'Dismiss', { duration: 8000 });
      } else {
        this.snackBar.open(
          show ? 'Your name now shows on leaderboards' : 'You now appear as "Anonymous advocate" on leaderboards',
          undefined,
          { duration: 4000 },
        );
      }
    });
  }

  protected count(value: number | null): string | null {
    return value === null ? null : formatCount(value);
  }

  protected money(reach: MyReach, value: number): string {
    return formatMoney(value, reach.emv.currency);
  }
}
