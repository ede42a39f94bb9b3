import { DestroyRef, inject, Injectable, signal } from '@angular/core';
import {
  AdvocateReachRow,
  AnalyticsExport,
  ContentReachRow,
  GroupSummary,
  LeadDashboard,
} from '@chorus/shared/contracts';
import { GroupsApi, Remote } from '@chorus/web/core';
import { AnalyticsApi, exportUrl } from '../analytics.api';
import { DashboardFilters, toQuery } from './dashboard-filters';

/** Rows in the top content and top advocates tables. */
export const TOP_LIMIT = 10;

/** The lead dashboard's data: the report for the current filters, the two top lists and the groups. */
@Injectable()
export class DashboardStore {
  private readonly api = inject(AnalyticsApi);
  private readonly groupsApi = inject(GroupsApi);

  readonly filters = signal<DashboardFilters | null>(null);
  readonly dashboard = new Remote<LeadDashboard>('Could not load the reach dashboard.');
  readonly content = new Remote<ContentReachRow[]>('Could not load the top content.');
  readonly advocates = new Remote<AdvocateReachRow[]>('Could not load the top advocates.');
  readonly groups = new Remote<GroupSummary[]>('Could not load the groups.');

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      for (const remote of [this.dashboard, this.content, this.advocates, this.groups]) remote.destroy();
    });
  }

  loadGroups(): void {
    this.groups.load(() => this.groupsApi.list());
  }

  /** Reads everything for `filters` (a repeat of the same filters reads nothing). */
  apply(filters: DashboardFilters): void {
    const current = this.filters();
    if (current && sameFilters(current, filters) && (this.dashboard.loaded() || this.dashboard.loading())) return;
    this.filters.set(filters);
    this.reload();
  }

  reload(): void {
    const filters = this.filters();
    if (!filters) return;
    const query = toQuery(filters);
    this.dashboard.load(() => this.api.dashboard(query));
    this.content.load(() => this.api.content(query, TOP_LIMIT));
    this.advocates.load(() => this.api.advocates(query, TOP_LIMIT));
  }

  csv(kind: AnalyticsExport): string | null {
    const filters = this.filters();
    return filters ? exportUrl(kind, toQuery(filters)) : null;
  }
}

function sameFilters(a: DashboardFilters, b: DashboardFilters): boolean {
  return a.from === b.from && a.to === b.to && a.groupId === b.groupId && a.network === b.network;
}
