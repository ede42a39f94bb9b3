import { CONTENT_ACTIONS, CONTENT_STATES, ContentAction, ContentState } from '@chorus/shared/contracts';
import { DomainError } from '@chorus/server/core';
import { nextState } from './workflow';

type Row = [ContentState, ContentAction, ContentState | string];

/** Every allowed transition; every other (state, action) pair must be refused with a 409. */
const ALLOWED: Row[] = [
  ['new', 'accept', 'draft'],
  ['new', 'dismiss', 'dismissed'],
  ['dismissed', 'restore', 'new'],
  ['draft', 'submit', 'in_review'],
  ['in_review', 'reject', 'draft'],
  ['draft', 'approve', 'approved'],
  ['in_review', 'approve', 'approved'],
  ['approved', 'archive', 'archived'],
  ['expired', 'archive', 'archived'],
  ['archived', 'restore', 'draft'],
];

function attempt(state: ContentState, action: ContentAction, extra: Partial<Parameters<typeof nextState>[0]> = {}) {
  try {
    return nextState({
      state,
      action,
      actorId: 'a',
      submittedById: 'b',
      requireSecondApprover: false,
      comment: 'why',
      ...extra,
    });
  } catch (error) {
    return error as DomainError;
  }
}

describe('content workflow', () => {
  for (const [state, action, to] of ALLOWED) {
    it(`${state} --${action}--> ${to}`, () => {
      expect(attempt(state, action)).toBe(to as ContentState);
    });
  }

  it('refuses every other state × action with 409 content.invalid_transition naming both', () => {
    let refused = 0;
    for (const state of CONTENT_STATES) {
      for (const action of CONTENT_ACTIONS) {
        if (ALLOWED.some(([s, a]) => s === state && a === action)) continue;
        const result = attempt(state, action);
        expect(result).withContext(`${state} ${action}`).toEqual(jasmine.any(DomainError));
        const error = result as DomainError;
        expect(error.status).toBe(409);
        expect(error.code).toBe('content.invalid_transition');
        expect(error.message).toContain(`"${state}"`);
        expect(error.message).toContain(`"${action}"`);
        refused++;
      }
    }
    expect(refused).toBe(CONTENT_STATES.length * CONTENT_ACTIONS.length - ALLOWED.length);
  });

  it('requires a comment to reject', () => {
    const error = attempt('in_review', 'reject', { comment: '  ' }) as DomainError;
    expect(error.status).toBe(400);
    expect(error.errors).toEqual([{ field: 'comment', message: jasmine.any(String) }]);
  });

  describe('with four-eyes on', () => {
    const fourEyes = { requireSecondApprover: true };
    it('lets a second curator approve from in_review', () => {
      expect(attempt('in_review', 'approve', { ...fourEyes, actorId: 'second', submittedById: 'first' })).toBe(
        'approved',
      );
    });
    it('refuses approving straight from draft', () => {
      const error = attempt('draft', 'approve', fourEyes) as DomainError;
      expect(error.code).toBe('content.invalid_transition');
    });
    it('refuses the submitter approving their own item', () => {
      const error = attempt('in_review', 'approve', {
        ...fourEyes,
        actorId: 'same',
        submittedById: 'same',
      }) as DomainError;
      expect(error.status).toBe(409);
      expect(error.code).toBe('content.second_approver_required');
    });
  });
});
