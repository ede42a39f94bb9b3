import type { ContentAction, ContentState } from '@chorus/shared/contracts';
import { DomainError, invalid } from '@chorus/server/core';

/** Every allowed (state, action) → state. The one place the workflow is defined. */
const TRANSITIONS: Record<ContentAction, Partial<Record<ContentState, ContentState>>> = {
  accept: { new: 'draft' },
  dismiss: { new: 'dismissed' },
  submit: { draft: 'in_review' },
  reject: { in_review: 'draft' },
  approve: { draft: 'approved', in_review: 'approved' },
  archive: { approved: 'archived', expired: 'archived' },
  restore: { dismissed: 'new', archived: 'draft' },
};

export interface TransitionInput {
  state: ContentState;
  action: ContentAction;
  actorId: string;
  /** Who submitted the item for review (four-eyes compares against it). */
  submittedById: string | null;
  requireSecondApprover: boolean;
  comment?: string;
}

/** The state an action leads to, or the domain error that refuses it. */
export function nextState(input: TransitionInput): ContentState {
  const to = TRANSITIONS[input.action]?.[input.state];
  if (!to) {
    throw new DomainError(
      409,
      'content.invalid_transition',
      `An item in state "${input.state}" cannot be ${pastTense(input.action)} (action "${input.action}").`,
    );
  }
  if (input.action === 'reject' && !input.comment?.trim()) {
    throw invalid('comment', 'is required when rejecting an item');
  }
  if (input.action === 'approve' && input.requireSecondApprover) {
    if (input.state !== 'in_review') {
      throw new DomainError(
        409,
        'content.invalid_transition',
        `An item in state "${input.state}" cannot be approved (action "approve"): with four-eyes on, submit it for review first.`,
      );
    }
    if (input.submittedById === input.actorId) {
      throw new DomainError(
        409,
        'content.second_approver_required',
        'A second curator must approve what you submitted (four-eyes).',
      );
    }
  }
  return to;
}

function pastTense(action: ContentAction): string {
  return {
    accept: 'accepted',
    dismiss: 'dismissed',
    submit: 'submitted',
    reject: 'rejected',
    approve: 'approved',
    archive: 'archived',
    restore: 'restored',
  }[action];
}
