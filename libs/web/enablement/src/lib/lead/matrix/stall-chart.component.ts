import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ChartConfiguration } from 'chart.js';
import { BaseChartDirective } from 'ng2-charts';

/** Where people stall: per step, how many are on it and how many have been there 14 days or more. */
@Component({
  selector: 'chorus-stall-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BaseChartDirective],
  template: `
    <div class="canvas-box" [style.height.px]="height()">
      <canvas baseChart type="bar" [data]="data()" [options]="options" role="img" [attr.aria-label]="summary()">
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
export class StallChartComponent {
  readonly labels = input.required<readonly string[]>();
  readonly current = input.required<readonly number[]>();
  readonly stalled = input.required<readonly number[]>();

  protected readonly data = computed<ChartConfiguration<'bar'>['data']>(() => ({
    labels: [...this.labels()],
    datasets: [
      {
        label: 'On this step',
        data: [...this.current()],
        backgroundColor: '#005cbb',
        borderRadius: 4,
        maxBarThickness: 28,
      },
      {
        label: 'Stalled 14 days or more',
        data: [...this.stalled()],
        backgroundColor: '#a15c00',
        borderRadius: 4,
        maxBarThickness: 28,
      },
    ],
  }));

  protected readonly options: ChartConfiguration<'bar'>['options'] = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    // Bars along the vertical axis: step names ("Discoverer: Collect & Share") read better that way.
    indexAxis: 'y',
    plugins: { legend: { display: true, position: 'bottom' } },
    scales: {
      y: { grid: { display: false }, ticks: { autoSkip: false } },
      x: { beginAtZero: true, ticks: { precision: 0 } },
    },
  };

  protected readonly height = computed(() => 80 + this.labels().length * 34);

  protected readonly summary = computed(() => {
    const parts = this.labels().map(
      (label, i) => `${label}: ${this.current()[i] ?? 0} on it, ${this.stalled()[i] ?? 0} stalled`,
    );
    return `Where people stall. ${parts.join('; ')}.`;
  });
}
