import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ChartConfiguration } from 'chart.js';
import { BaseChartDirective } from 'ng2-charts';
import { CHART_COLORS } from './charts';

/** A single-series bar chart (participation per group, X reads per day) with a spoken summary. */
@Component({
  selector: 'chorus-bar-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BaseChartDirective],
  template: `
    <div class="canvas-box" [style.height.px]="height()">
      <canvas baseChart type="bar" [data]="data()" [options]="options()" role="img" [attr.aria-label]="summary()">
        {{ summary() }}
      </canvas>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .canvas-box {
      position: relative;
    }
  `,
})
export class BarChartComponent {
  readonly labels = input.required<readonly string[]>();
  readonly values = input.required<readonly number[]>();
  readonly seriesLabel = input.required<string>();
  /** How a value reads in tooltips, ticks and the summary. */
  readonly format = input<(value: number) => string>((value) => String(value));
  /** Bars along the vertical axis (long labels such as group names read better). */
  readonly horizontal = input(false);
  /** The value axis' upper end (e.g. 1 for a rate); automatic when null. */
  readonly max = input<number | null>(null);
  readonly color = input<string>(CHART_COLORS[0]);
  readonly height = input(240);

  protected readonly data = computed<ChartConfiguration<'bar'>['data']>(() => ({
    labels: [...this.labels()],
    datasets: [
      {
        label: this.seriesLabel(),
        data: [...this.values()],
        backgroundColor: this.color(),
        borderRadius: 4,
        maxBarThickness: 28,
      },
    ],
  }));

  protected readonly options = computed<ChartConfiguration<'bar'>['options']>(() => {
    const format = this.format();
    const valueAxis = {
      beginAtZero: true,
      max: this.max() ?? undefined,
      ticks: { callback: (value: string | number) => format(Number(value)) },
    };
    const labelAxis = {
      grid: { display: false },
      ticks: { autoSkip: !this.horizontal(), maxRotation: 0, autoSkipPadding: 8 },
    };
    return {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      indexAxis: this.horizontal() ? 'y' : 'x',
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (item) => `${this.seriesLabel()}: ${format(Number(item.raw))}` } },
      },
      scales: this.horizontal() ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis },
    };
  });

  protected readonly summary = computed(() => {
    const format = this.format();
    const parts = this.labels().map((label, i) => `${label}: ${format(this.values()[i] ?? 0)}`);
    return `${this.seriesLabel()}. ${parts.join('; ')}.`;
  });
}
