import { FOUR_EYES_DRAFT, FOUR_EYES_OWN_SUBMISSION, fromLocalInput, toLocalInput, workflowActions } from './content-workflow';
import { simpleLengthCheck } from './text-limits';

describe('content workflow', () => {
  const me = { id: 'u1', name: 'Me' };
  const other = { id: 'u2', name: 'Other' };

  it('offers the actions of each state', () => {
    expect(workflowActions({ state: 'new', submittedBy: null }, false, 'u1').actions).toEqual(['accept', 'dismiss']);
    expect(workflowActions({ state: 'draft', submittedBy: null }, false, 'u1').actions).toEqual(['submit', 'approve']);
    expect(workflowActions({ state: 'in_review', submittedBy: me }, false, 'u1').actions).toEqual(['approve', 'reject']);
    expect(workflowActions({ state: 'approved', submittedBy: null }, false, 'u1').actions).toEqual(['archive']);
    expect(workflowActions({ state: 'archived', submittedBy: null }, false, 'u1').actions).toEqual(['restore']);
  });

  it('with four-eyes on, hides Approve on my own submission and on drafts, and says why', () => {
    expect(workflowActions({ state: 'in_review', submittedBy: me }, true, 'u1')).toEqual({
      actions: ['reject'],
      approvalNote: FOUR_EYES_OWN_SUBMISSION,
    });
    expect(workflowActions({ state: 'in_review', submittedBy: other }, true, 'u1')).toEqual({
      actions: ['approve', 'reject'],
      approvalNote: null,
    });
    expect(workflowActions({ state: 'draft', submittedBy: null }, true, 'u1')).toEqual({
      actions: ['submit'],
      approvalNote: FOUR_EYES_DRAFT,
    });
  });

  it('converts between ISO instants and datetime-local values', () => {
    const local = toLocalInput('2026-11-25T10:30:00Z');
    expect(local).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(fromLocalInput(local)).toBe('2026-11-25T10:30:00.000Z');
    expect(toLocalInput(null)).toBe('');
    expect(fromLocalInput('')).toBeNull();
  });

  it('counts suggested text length against the network limit', () => {
    expect(simpleLengthCheck('x', 'a'.repeat(281))).toEqual({ length: 281, limit: 280, over: true });
    expect(simpleLengthCheck('linkedin', 'hello')).toEqual({ length: 5, limit: 3000, over: false });
  });
});
