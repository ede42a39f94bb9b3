import { PulseResults } from '@chorus/shared/contracts';

export type PulseRow = PulseResults['series'][number];

export interface PulseLine {
  question: string;
  /** Average per week of `weeks`; null when the statement was not asked or not answered that week. */
  averages: Array<number | null>;
}

/** The weeks with a survey, oldest first. */
export function pulseWeeks(rows: readonly PulseRow[]): string[] {
  return [...new Set(rows.map((row) => row.weekStart))].sort();
}

/** One line per statement: the same statement asked over several weeks forms one line. */
export function pulseLines(rows: readonly PulseRow[]): { weeks: string[]; lines: PulseLine[] } {
  const weeks = pulseWeeks(rows);
  const byQuestion = new Map<string, Array<number | null>>();
  for (const row of rows) {
    const key = row.question.trim();
    let averages = byQuestion.get(key);
    if (!averages) {
      averages = weeks.map(() => null);
      byQuestion.set(key, averages);
    }
    averages[weeks.indexOf(row.weekStart)] = row.average;
  }
  return { weeks, lines: [...byQuestion].map(([question, averages]) => ({ question, averages })) };
}

/** The rows of the latest week with a survey. */
export function latestWeekRows(rows: readonly PulseRow[]): PulseRow[] {
  const weeks = pulseWeeks(rows);
  const latest = weeks[weeks.length - 1];
  return rows.filter((row) => row.weekStart === latest);
}

export function formatAverage(value: number | null): string {
  return value === null ? '–' : value.toFixed(1);
}
