import { HttpErrorResponse } from '@angular/common/http';
import { AbstractControl, FormGroup } from '@angular/forms';
import { Problem } from '@chorus/shared/contracts';

/** What a screen needs to know about a failed call. */
export interface ErrorInfo {
  /** HTTP status, 0 when the server could not be reached, -1 for a non-HTTP error. */
  status: number;
  /** The problem's stable machine-readable code, when the server sent one. */
  code?: string;
  /** One human sentence to show. */
  message: string;
  /** Field path → message. A dotted path (`roles.0`) is also reported under its first segment (`roles`). */
  fields: Record<string, string>;
  problem?: Problem;
}

export const UNREACHABLE_MESSAGE = 'Cannot reach the Chorus server. Check your connection and try again.';
export const GENERIC_MESSAGE = 'Something went wrong. Please try again.';

function statusMessage(status: number): string | undefined {
  if (status === 401) return 'Your session has ended. Please sign in again.';
  if (status === 403) return 'You do not have permission to do that.';
  if (status === 404) return 'That could not be found. It may have been removed.';
  if (status === 409) return 'That conflicts with the current state. Reload and try again.';
  if (status === 429) return 'Too many attempts. Please wait a moment and try again.';
  if (status >= 500) return `The server had a problem (${status}). Please try again in a moment.`;
  return undefined;
}

function asProblem(body: unknown): Problem | undefined {
  let value = body;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (!value || typeof value !== 'object') return undefined;
  const candidate = value as Partial<Problem>;
  const looksLikeProblem =
    typeof candidate.title === 'string' ||
    typeof candidate.detail === 'string' ||
    typeof candidate.code === 'string' ||
    Array.isArray(candidate.errors);
  return looksLikeProblem ? (candidate as Problem) : undefined;
}

function fieldMap(problem: Problem | undefined): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const error of problem?.errors ?? []) {
    if (!error || typeof error.field !== 'string' || typeof error.message !== 'string') continue;
    fields[error.field] ??= error.message;
    const head = error.field.split('.')[0];
    fields[head] ??= error.message;
  }
  return fields;
}

/** Turns anything an HTTP call can throw into a message and a field → message map. */
export function describeError(error: unknown, fallback: string = GENERIC_MESSAGE): ErrorInfo {
  if (!(error instanceof HttpErrorResponse)) {
    return { status: -1, message: fallback, fields: {} };
  }
  if (error.status === 0) {
    return { status: 0, message: UNREACHABLE_MESSAGE, fields: {} };
  }
  const problem = asProblem(error.error);
  const fields = fieldMap(problem);
  const firstField = Object.values(fields)[0];
  const message =
    problem?.detail?.trim() ||
    firstField ||
    statusMessage(error.status) ||
    problem?.title?.trim() ||
    fallback;
  return { status: error.status, code: problem?.code, message, fields, problem };
}

/**
 * Puts server field errors on the matching form controls (as the `server` error, shown by `<mat-error>`
 * until the user edits the field) and returns the messages no control could show.
 * `aliases` maps a server field name to a control name when they differ.
 */
export function applyFieldErrors(
  form: FormGroup,
  fields: Record<string, string>,
  aliases: Record<string, string> = {},
): string[] {
  const unmatched: string[] = [];
  const shown = new Set<string>();
  for (const [field, message] of Object.entries(fields)) {
    const name = aliases[field] ?? field;
    const control: AbstractControl | null = form.get(name);
    if (control) {
      if (shown.has(name)) continue;
      shown.add(name);
      control.setErrors({ ...(control.errors ?? {}), server: message });
      control.markAsTouched();
    } else if (!field.includes('.') && !unmatched.includes(message)) {
      unmatched.push(message);
    }
  }
  return unmatched;
}
