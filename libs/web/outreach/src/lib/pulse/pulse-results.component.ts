import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatSelect } from '@angular/material/select';
import { LIKERT_LABELS, PulseResults } from '@chorus/shared/contracts';
import { ChartConfiguration } from 'chart.js';
import { BaseChartDirective } from 'ng2-charts';
import { EmptyStateComponent } from '@chorus/web/ui';
import { shortWeekLabel, weekLabel } from '../labels';
import { formatAverage, latestWeekRows, pulseLines } from './pulse-results';

export const RESULT_WEEKS = [4, 8, 12, 26, 52] as const;
const LINE_COLORS = ['#005cbb', '#7d00fa', '#00696d', '#a15c00', '#ba1a1a', '#4a5c92'];
/** Strongly disagree (red) … strongly agree (green): a diverging scale readable on the light surface. */
const LIKERT_COLORS = ['#ba1a1a', '#e8846f', '#a3a3a3', '#6fb38a', '#1b6e3c'];

const shorten = (text: string, max = 40) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A statement as axis label lines of about `width` characters, at most three (chart.js draws arrays as lines). */
function wrap(text: string, width = 16, maxLines = 3): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length > maxLines
    ? [...lines.slice(0, maxLines - 1), shorten(lines.slice(maxLines - 1).join(' '), width)]
    : lines;
}

/** Pulse results for a group: averages per statement over the weeks, the latest week's answers, a table. */
@Component({
  selector: 'chorus-pulse-results',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BaseChartDirective, MatFormField, MatLabel, MatSelect, MatOption, EmptyStateComponent],
  templateUrl: './pulse-results.component.html',
  styleUrl: './pulse-results.component.scss',
})
export class PulseResultsComponent {
  readonly results = input.required<PulseResults>();
  readonly weeks = input(12);
  readonly groupChange = output<string | null>();
  readonly weeksChange = output<number>();

  protected readonly weekOptions = RESULT_WEEKS;
  protected readonly weekLabel = weekLabel;
  protected readonly formatAverage = formatAverage;
  protected readonly likert = LIKERT_LABELS;
  protected readonly rows = computed(() => this.results().series);
  private readonly trend = computed(() => pulseLines(this.rows()));
  protected readonly latest = computed(() => latestWeekRows(this.rows()));

  protected readonly lineData = computed<ChartConfiguration<'line'>['data']>(() => {
    const { weeks, lines } = this.trend();
    return {
      labels: weeks.map(shortWeekLabel),
      datasets: lines.map((line, i) => ({
        label: shorten(line.question),
        data: line.averages,
        borderColor: LINE_COLORS[i % LINE_COLORS.length],
        backgroundColor: LINE_COLORS[i % LINE_COLORS.length],
        tension: 0.2,
        spanGaps: true,
        pointRadius: 3,
      })),
    };
  });

  protected readonly lineOptions: ChartConfiguration<'line'>['options'] = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    plugins: { legend: { position: 'bottom' } },
    scales: {
      x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkipPadding: 12 } },
      y: { min: 1, max: 5, ticks: { stepSize: 1, callback: (value) => LIKERT_LABELS[Number(value) - 1] ?? '' } },
    },
  };

  protected readonly barData = computed<ChartConfiguration<'bar', number[], string[]>['data']>(() => {
    const rows = this.latest();
    return {
      labels: rows.map((row) => wrap(row.question)),
      datasets: LIKERT_LABELS.map((label, i) => ({
        label,
        data: rows.map((row) => row.distribution[i] ?? 0),
        backgroundColor: LIKERT_COLORS[i],
        maxBarThickness: 32,
      })),
    };
  });

  protected readonly barOptions: ChartConfiguration<'bar'>['options'] = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    plugins: { legend: { position: 'bottom' } },
    scales: {
      x: { stacked: true, grid: { display: false }, ticks: { maxRotation: 0, autoSkip: false } },
      y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
    },
  };

  protected readonly lineSummary = computed(() => {
    const { weeks, lines } = this.trend();
    if (weeks.length === 0) return 'No answers.';
    const parts = lines.map((line) => {
      const last = [...line.averages].reverse().find((value) => value !== null) ?? null;
      return `${line.question}: latest average ${formatAverage(last)} of 5`;
    });
    return `Average answer per statement, ${weekLabel(weeks[0])} to ${weekLabel(weeks[weeks.length - 1])}. ${parts.join('; ')}.`;
  });

  protected readonly barSummary = computed(() => {
    const rows = this.latest();
    if (rows.length === 0) return 'No answers.';
    const parts = rows.map(
      (row) => `${row.question}: ${row.distribution.map((count, i) => `${count} ${LIKERT_LABELS[i]}`).join(', ')}`,
    );
    return `Answers in the week of ${weekLabel(rows[0].weekStart)}. ${parts.join('; ')}.`;
  });

  protected readonly hasAnswers = computed(() => this.rows().some((row) => row.responses > 0));

  protected pickGroup(value: string): void {
    this.groupChange.emit(value || null);
  }
}
