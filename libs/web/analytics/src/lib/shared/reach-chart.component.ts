import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { ReachDay } from '@chorus/shared/contracts';
import { ChartConfiguration } from 'chart.js';
import { BaseChartDirective } from 'ng2-charts';
import { CHART_COLORS } from './charts';
import { formatCount, formatMoney, longDay, NOT_AVAILABLE, shortDay } from './format';

export const REACH_METRICS = ['shares', 'clicks', 'impressions', 'emv'] as const;
export type ReachMetric = (typeof REACH_METRICS)[number];

const METRIC_LABELS: Readonly<Record<ReachMetric, string>> = {
  shares: 'Shares',
  clicks: 'Clicks',
  impressions: 'Impressions',
  emv: 'EMV',
};

type Series = { label: string; values: Array<number | null> };

/** Reach per day as a line chart, one figure at a time (shares, clicks, impressions or EMV). */
@Component({
  selector: 'chorus-reach-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BaseChartDirective, MatButtonToggleGroup, MatButtonToggle],
  template: `
    <mat-button-toggle-group
      class="metrics"
      [value]="metric()"
      (change)="metric.set($event.value)"
      aria-label="Figure shown in the chart"
      hideSingleSelectionIndicator
    >
      @for (m of metrics; track m) {
        <mat-button-toggle [value]="m" [attr.data-testid]="'chart-metric-' + m">{{ labels[m] }}</mat-button-toggle>
      }
    </mat-button-toggle-group>
    @if (unavailable()) {
      <p class="unavailable" data-testid="chart-unavailable">
        {{ notAvailable }}
        @if (unavailableReason()) {
          <span>: {{ unavailableReason() }}</span>
        }
      </p>
    } @else {
      <div class="canvas-box">
        <canvas baseChart type="line" [data]="data()" [options]="options()" role="img" [attr.aria-label]="summary()">
          {{ summary() }}
        </canvas>
      </div>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .metrics {
      margin-bottom: 12px;
      max-width: 100%;
      overflow-x: auto;
    }
    .canvas-box {
      position: relative;
      height: 280px;
    }
    .unavailable {
      margin: 0;
      padding: 48px 16px;
      text-align: center;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ReachChartComponent {
  readonly series = input.required<readonly ReachDay[]>();
  readonly currency = input('EUR');
  /** Why impressions are missing, shown instead of an empty chart. */
  readonly unavailableReason = input<string | null>(null);

  protected readonly metrics = REACH_METRICS;
  protected readonly labels = METRIC_LABELS;
  protected readonly notAvailable = NOT_AVAILABLE;
  readonly metric = signal<ReachMetric>('clicks');

  private readonly lines = computed<Series[]>(() => {
    const days = this.series();
    switch (this.metric()) {
      case 'shares':
        return [{ label: 'Shares', values: days.map((d) => d.shares) }];
      case 'clicks':
        return [
          { label: 'Clicks', values: days.map((d) => d.clicks) },
          { label: 'Unique clicks', values: days.map((d) => d.uniqueClicks) },
        ];
      case 'impressions':
        return [{ label: 'Impressions', values: days.map((d) => d.impressions) }];
      case 'emv':
        return [{ label: `EMV (${this.currency()})`, values: days.map((d) => d.emv) }];
    }
  });

  /** Impressions chosen, and no day has any: say so instead of drawing an empty chart. */
  protected readonly unavailable = computed(
    () => this.metric() === 'impressions' && this.series().every((d) => d.impressions === null),
  );

  protected readonly data = computed<ChartConfiguration<'line'>['data']>(() => ({
    labels: this.series().map((d) => shortDay(d.day)),
    datasets: this.lines().map((line, index) => ({
      label: line.label,
      data: line.values,
      borderColor: CHART_COLORS[index],
      backgroundColor: index === 0 ? `${CHART_COLORS[index]}22` : CHART_COLORS[index],
      fill: index === 0,
      tension: 0.25,
      pointRadius: this.series().length > 45 ? 0 : 2,
      spanGaps: false,
    })),
  }));

  protected readonly options = computed<ChartConfiguration<'line'>['options']>(() => {
    const format = (value: number) =>
      this.metric() === 'emv' ? formatMoney(value, this.currency(), 0) : formatCount(value);
    return {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'index', intersect: false },
      plugins: {
        legend: { display: this.lines().length > 1, position: 'bottom' },
        tooltip: {
          callbacks: {
            label: (item) =>
              `${item.dataset.label}: ${item.parsed.y === null ? NOT_AVAILABLE : this.metric() === 'emv' ? formatMoney(item.parsed.y, this.currency()) : formatCount(item.parsed.y)}`,
          },
        },
      },
      scales: {
        x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkipPadding: 12 } },
        y: { beginAtZero: true, ticks: { precision: 0, callback: (value) => format(Number(value)) } },
      },
    };
  });

  /** What the chart shows, in words, for screen readers. */
  protected readonly summary = computed(() => {
    const days = this.series();
    if (days.length === 0) return 'No days in this range.';
    const [first] = this.lines();
    const known = first.values
      .map((v, i) => ({ v, day: days[i].day }))
      .filter((e): e is { v: number; day: string } => e.v !== null);
    const format = (value: number) =>
      this.metric() === 'emv' ? formatMoney(value, this.currency()) : formatCount(value);
    const range = `${longDay(days[0].day)} to ${longDay(days[days.length - 1].day)}`;
    if (known.length === 0) return `${first.label} per day, ${range}: not available.`;
    const total = known.reduce((sum, e) => sum + e.v, 0);
    const peak = known.reduce((best, e) => (e.v > best.v ? e : best), known[0]);
    return `${first.label} per day, ${range}: ${format(total)} in total, most on ${longDay(peak.day)} (${format(peak.v)}).`;
  });
}
