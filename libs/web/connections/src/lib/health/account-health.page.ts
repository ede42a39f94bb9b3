import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { AccountHealthReport, AccountHealthRow, NetworkName } from '@chorus/shared/contracts';
import { describeError } from '@chorus/web/core';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingStateComponent,
  NetworkMarkComponent,
  networkLabel,
  PageHeaderComponent,
} from '@chorus/web/ui';
import { ConnectionsApi } from '../connections.api';

export type HealthKey = 'connected' | 'expiring' | 'needsReconnect' | 'notConnected';

export const HEALTH_SEGMENTS: readonly { key: HealthKey; label: string }[] = [
  { key: 'connected', label: 'Connected' },
  { key: 'expiring', label: 'Expiring' },
  { key: 'needsReconnect', label: 'Needs reconnect' },
  { key: 'notConnected', label: 'Not connected' },
];

export interface HealthSegment {
  key: HealthKey;
  label: string;
  count: number;
  percent: number;
}

export interface HealthBar {
  network: NetworkName;
  label: string;
  total: number;
  canPost: number;
  segments: HealthSegment[];
  /** The whole bar in one sentence, for screen readers. */
  summary: string;
}

function percent(count: number, total: number): number {
  return total > 0 ? Math.round((count / total) * 100) : 0;
}

/** One network's row as bar segments; the total is the row's own sum (it equals the advocates). */
export function healthBar(row: AccountHealthRow): HealthBar {
  const total = row.connected + row.expiring + row.needsReconnect + row.notConnected;
  const label = networkLabel(row.network);
  const segments = HEALTH_SEGMENTS.map(({ key, label: segmentLabel }) => ({
    key,
    label: segmentLabel,
    count: row[key],
    percent: percent(row[key], total),
  }));
  return {
    network: row.network,
    label,
    total,
    canPost: row.connected + row.expiring,
    segments,
    summary: `${label}: ${segments.map((segment) => `${segment.count} ${segment.label.toLowerCase()}`).join(', ')}`,
  };
}

@Component({
  selector: 'chorus-account-health-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PageHeaderComponent, LoadingStateComponent, ErrorStateComponent, EmptyStateComponent, NetworkMarkComponent],
  templateUrl: './account-health.page.html',
  styleUrl: './account-health.page.scss',
})
export class AccountHealthPage implements OnInit {
  private readonly api = inject(ConnectionsApi);

  protected readonly report = signal<AccountHealthReport | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly segments = HEALTH_SEGMENTS;

  protected readonly bars = computed(() => (this.report()?.networks ?? []).map(healthBar));
  protected readonly totals = computed(() => {
    const rows = this.report()?.networks ?? [];
    const sum = (key: HealthKey) => rows.reduce((total, row) => total + row[key], 0);
    return {
      connected: sum('connected'),
      expiring: sum('expiring'),
      needsReconnect: sum('needsReconnect'),
      notConnected: sum('notConnected'),
    };
  });

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.api.health().subscribe({
      next: (report) => {
        this.report.set(report);
        this.loading.set(false);
      },
      error: (err: unknown) => {
        this.loading.set(false);
        this.error.set(describeError(err).message);
      },
    });
  }
}
