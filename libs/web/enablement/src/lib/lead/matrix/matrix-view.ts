import { ProgressMatrix } from '@chorus/shared/contracts';

export type CellState = 'complete' | 'current' | 'todo';

export interface MatrixCell {
  stepId: string;
  /** `Level/Step`, for tests and screen readers. */
  key: string;
  state: CellState;
  completedAt: string | null;
  days: number | null;
}

export interface MatrixView {
  levels: Array<{ name: string; span: number }>;
  steps: Array<{ id: string; name: string; levelName: string; firstOfLevel: boolean }>;
  rows: Array<{ userId: string; name: string; cells: MatrixCell[]; done: number }>;
  stalls: { labels: string[]; current: number[]; stalled: number[] };
}

/** The matrix as the table draws it: level header spans, one cell per person and step. */
export function matrixView(matrix: ProgressMatrix): MatrixView {
  const levels: MatrixView['levels'] = [];
  const steps = matrix.steps.map((step, i) => {
    const firstOfLevel = i === 0 || matrix.steps[i - 1].levelName !== step.levelName;
    if (firstOfLevel) levels.push({ name: step.levelName, span: 1 });
    else levels[levels.length - 1].span++;
    return { ...step, firstOfLevel };
  });
  const rows = matrix.rows.map((row) => {
    const cells = matrix.steps.map((step): MatrixCell => {
      const completedAt = row.completed[step.id] ?? null;
      const state: CellState = completedAt ? 'complete' : row.currentStepId === step.id ? 'current' : 'todo';
      return {
        stepId: step.id,
        key: `${step.levelName}/${step.name}`,
        state,
        completedAt,
        days: state === 'current' ? row.daysOnCurrentStep : null,
      };
    });
    return { userId: row.userId, name: row.name, cells, done: cells.filter((c) => c.state === 'complete').length };
  });
  const stallOf = new Map(matrix.stalls.map((s) => [s.stepId, s]));
  return {
    levels,
    steps,
    rows,
    stalls: {
      labels: matrix.steps.map((s) => `${s.levelName}: ${s.name}`),
      current: matrix.steps.map((s) => stallOf.get(s.id)?.current ?? 0),
      stalled: matrix.steps.map((s) => stallOf.get(s.id)?.stalled ?? 0),
    },
  };
}
