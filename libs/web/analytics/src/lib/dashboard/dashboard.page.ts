import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { ActivatedRoute, Router } from '@angular/router';
import { LeadDashboard } from '@chorus/shared/contracts';
import { EmptyStateComponent, ErrorStateComponent, LoadingStateComponent, PageHeaderComponent } from '@chorus/web/ui';
import { BarChartComponent } from '../shared/bar-chart.component';
import { presetOf, presetRange } from '../shared/date-range';
import { EmvInfoComponent } from '../shared/emv-info.component';
import {
  availabilityNote,
  coverageNote,
  formatCount,
  formatMoney,
  formatPercent,
  updatedLabel,
} from '../shared/format';
import { KpiCardComponent } from '../shared/kpi-card.component';
import { ReachChartComponent } from '../shared/reach-chart.component';
import { ReportCardComponent } from '../shared/report-card.component';
import { AdvocatesTableComponent } from './advocates-table.component';
import { ContentTableComponent } from './content-table.component';
import { DashboardFilters, filtersFromParams, toQueryParams } from './dashboard-filters';
import { DashboardFiltersComponent } from './dashboard-filters.component';
import { DashboardStore } from './dashboard.store';
import { GroupsTableComponent } from './groups-table.component';
import { NetworksTableComponent } from './networks-table.component';

/** /analytics — the lead's reach dashboard: filters in the URL, key figures, charts and tables. */
@Component({
  selector: 'chorus-dashboard-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [DashboardStore],
  imports: [
    MatButton,
    MatProgressBar,
    PageHeaderComponent,
    LoadingStateComponent,
    ErrorStateComponent,
    EmptyStateComponent,
    DashboardFiltersComponent,
    KpiCardComponent,
    EmvInfoComponent,
    ReachChartComponent,
    BarChartComponent,
    ReportCardComponent,
    GroupsTableComponent,
    NetworksTableComponent,
    ContentTableComponent,
    AdvocatesTableComponent,
  ],
  templateUrl: './dashboard.page.html',
  styleUrl: './dashboard.page.scss',
})
export class DashboardPage {
  protected readonly store = inject(DashboardStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly report = this.store.dashboard.value;
  /** Why impressions, engagements and CTR are missing for (some of) the networks in the filter. */
  protected readonly reason = computed(() => availabilityNote(this.report()?.availability ?? []));
  protected readonly coverage = computed(() => coverageNote(this.report()?.availability ?? []));
  protected readonly updated = computed(() => {
    const report = this.report();
    return report ? updatedLabel(report.updatedAt) : null;
  });
  protected readonly empty = computed(() => {
    const report = this.report();
    return !!report && report.totals.shares === 0 && report.series.every((day) => day.shares === 0 && day.clicks === 0);
  });
  protected readonly longestPreset = computed(() => {
    const filters = this.store.filters();
    return !!filters && presetOf(filters) === 90;
  });
  protected readonly groupChart = computed(() => {
    const groups = this.report()?.groups ?? [];
    return {
      labels: groups.map((group) => group.name),
      values: groups.map((group) => group.participation.rate),
      height: Math.max(160, groups.length * 40 + 60),
    };
  });
  protected readonly percent = (value: number) => formatPercent(value, 0);

  constructor() {
    this.store.loadGroups();
    this.route.queryParamMap
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe((params) => this.store.apply(filtersFromParams(params)));
  }

  protected setFilters(filters: DashboardFilters): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: toQueryParams(filters),
      queryParamsHandling: 'merge',
    });
  }

  protected showLongest(): void {
    const filters = this.store.filters();
    if (filters) this.setFilters({ ...filters, ...presetRange(90) });
  }

  protected count(value: number | null): string | null {
    return value === null ? null : formatCount(value);
  }

  protected money(report: LeadDashboard, value: number): string {
    return formatMoney(value, report.emv.currency);
  }

  protected ratio(value: number | null): string | null {
    return value === null ? null : formatPercent(value, 2);
  }

  protected participation(report: LeadDashboard): string {
    return `${formatPercent(report.participation.rate, 0)} of enrolled advocates shared`;
  }
}
