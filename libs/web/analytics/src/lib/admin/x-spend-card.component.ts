import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatProgressBar } from '@angular/material/progress-bar';
import { XReadSpend } from '@chorus/shared/contracts';
import { BarChartComponent } from '../shared/bar-chart.component';
import { formatCount, formatMoney, shortDay } from '../shared/format';

/** What reading X metrics cost: today against the daily budget, the month so far, the last 30 days. */
@Component({
  selector: 'chorus-x-spend-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatProgressBar, BarChartComponent],
  template: `
    <div class="figures">
      <div class="figure" data-testid="x-spend-today">
        <p class="label" id="x-spend-today-label">Today</p>
        <p class="value">{{ count(spend().today.reads) }} of {{ count(spend().budgetPerDay) }} reads</p>
        <mat-progress-bar
          mode="determinate"
          [value]="todayPercent()"
          [class.over]="spend().today.reads >= spend().budgetPerDay"
          aria-labelledby="x-spend-today-label"
          [attr.aria-valuetext]="todayPercent() + '% of the daily budget'"
        />
        <p class="sub">{{ money(spend().today.cost) }} · {{ money(spend().pricePerRead, 4) }} per read</p>
      </div>
      <div class="figure" data-testid="x-spend-month">
        <p class="label">This month</p>
        <p class="value">{{ money(spend().monthToDate.cost) }}</p>
        <p class="sub">{{ count(spend().monthToDate.reads) }} reads</p>
      </div>
    </div>
    @if (spend().budgetPerDay === 0) {
      <p class="note">The budget is 0: Chorus reads no X metrics, and X impressions show as not available.</p>
    }
    <chorus-bar-chart
      [labels]="labels()"
      [values]="costs()"
      seriesLabel="X read cost per day (USD)"
      [format]="dollars()"
      [height]="180"
    />
  `,
  styles: `
    :host {
      display: block;
    }
    .figures {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
      gap: 16px;
      margin-bottom: 16px;
    }
    .label,
    .sub,
    .note {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .value {
      margin: 2px 0 6px;
      font: var(--mat-sys-title-large);
    }
    .sub {
      margin-top: 6px;
    }
    .note {
      margin-bottom: 12px;
    }
    mat-progress-bar.over {
      --mat-progress-bar-active-indicator-color: var(--mat-sys-error);
    }
  `,
})
export class XSpendCardComponent {
  readonly spend = input.required<XReadSpend>();

  protected readonly todayPercent = computed(() => {
    const { today, budgetPerDay } = this.spend();
    return budgetPerDay > 0 ? Math.min(100, Math.round((today.reads / budgetPerDay) * 100)) : 100;
  });
  protected readonly labels = computed(() => this.spend().days.map((day) => shortDay(day.day)));
  protected readonly costs = computed(() => this.spend().days.map((day) => day.cost));
  protected readonly count = formatCount;
  /** Daily costs are often a few cents: enough decimals that the axis ticks (0.002, 0.004, …) stay distinct. */
  protected readonly dollars = computed(() => {
    const max = Math.max(0, ...this.spend().days.map((day) => day.cost));
    const digits = max >= 0.05 ? 2 : max >= 0.005 ? 3 : 4;
    return (value: number) => formatMoney(value, 'USD', digits);
  });

  protected money(value: number, digits = 2): string {
    return formatMoney(value, this.spend().currency, digits);
  }
}
