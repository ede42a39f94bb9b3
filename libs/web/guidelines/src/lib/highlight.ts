import type { Finding, Severity, TextEdit } from '@chorus/shared/guidelines';

/** A run of the checked text: plain, or marked with the worst severity of the findings covering it. */
export interface TextSegment {
  text: string;
  start: number;
  severity: Severity | null;
}

const RANK: Record<Severity, number> = { block: 3, warn: 2, info: 1 };

/** Splits `text` at every range boundary; each piece carries the worst severity covering it. */
export function highlightSegments(text: string, findings: readonly Pick<Finding, 'ranges' | 'severity'>[]): TextSegment[] {
  const cuts = new Set<number>([0, text.length]);
  const spans: { start: number; end: number; severity: Severity }[] = [];
  for (const finding of findings) {
    for (const range of finding.ranges) {
      const start = Math.max(0, Math.min(text.length, range.start));
      const end = Math.max(start, Math.min(text.length, range.end));
      if (end === start) continue;
      spans.push({ start, end, severity: finding.severity });
      cuts.add(start);
      cuts.add(end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: TextSegment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    let severity: Severity | null = null;
    for (const span of spans) {
      if (span.start <= start && span.end >= end && (!severity || RANK[span.severity] > RANK[severity])) severity = span.severity;
    }
    const previous = out[out.length - 1];
    if (previous && previous.severity === severity) previous.text += text.slice(start, end);
    else out.push({ text: text.slice(start, end), start, severity });
  }
  return out;
}

/** Applies a fix's edits (offsets into `text`), last first so earlier offsets stay valid. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.replacement + out.slice(edit.end);
  }
  return out;
}

export const SEVERITY_LABELS: Record<Severity, string> = { block: 'Blocks sharing', warn: 'Warning', info: 'Note' };
export const SEVERITY_SHORT: Record<Severity, string> = { block: 'Block', warn: 'Warn', info: 'Info' };
export const SEVERITY_ICONS: Record<Severity, string> = { block: 'block', warn: 'warning', info: 'info' };
