import { ContentAction, ContentItem, ContentLanguage, ContentState, SourceStatus } from '@chorus/shared/contracts';

export const STATE_LABELS: Readonly<Record<ContentState, string>> = {
  new: 'New',
  dismissed: 'Dismissed',
  draft: 'Draft',
  in_review: 'In review',
  approved: 'Approved',
  expired: 'Expired',
  archived: 'Archived',
};

export const ACTION_LABELS: Readonly<Record<ContentAction, string>> = {
  accept: 'Accept',
  dismiss: 'Dismiss',
  submit: 'Submit for review',
  approve: 'Approve',
  reject: 'Reject',
  archive: 'Archive',
  restore: 'Restore',
};

export const ACTION_ICONS: Readonly<Record<ContentAction, string>> = {
  accept: 'check',
  dismiss: 'close',
  submit: 'send',
  approve: 'check_circle',
  reject: 'block',
  archive: 'archive',
  restore: 'unarchive',
};

/** Past tense for messages: "3 items approved". */
export const ACTION_DONE: Readonly<Record<ContentAction, string>> = {
  accept: 'accepted',
  dismiss: 'dismissed',
  submit: 'submitted for review',
  approve: 'approved',
  reject: 'sent back to drafts',
  archive: 'archived',
  restore: 'restored',
};

/** The workflow actions each state offers, before the four-eyes rule. */
export const STATE_ACTIONS: Readonly<Record<ContentState, readonly ContentAction[]>> = {
  new: ['accept', 'dismiss'],
  dismissed: [],
  draft: ['submit', 'approve'],
  in_review: ['approve', 'reject'],
  approved: ['archive'],
  expired: ['archive'],
  archived: ['restore'],
};

export const LANGUAGE_LABELS: Readonly<Record<ContentLanguage, string>> = {
  en: 'English',
  de: 'German',
  nl: 'Dutch',
  fr: 'French',
  es: 'Spanish',
};

export const SOURCE_STATUS_LABELS: Readonly<Record<SourceStatus, string>> = {
  ok: 'OK',
  failing: 'Failing',
  disabled: 'Disabled',
  pending: 'Pending',
};

export const stateLabel = (state: string) => (STATE_LABELS as Record<string, string>)[state] ?? state;

export interface WorkflowActions {
  actions: ContentAction[];
  /** Why Approve is missing, when the four-eyes rule removed it. */
  approvalNote: string | null;
}

export const FOUR_EYES_OWN_SUBMISSION =
  'Four-eyes approval is on: you submitted this item, so another curator has to approve it.';
export const FOUR_EYES_DRAFT = 'Four-eyes approval is on: submit this draft for review and another curator approves it.';

/**
 * The buttons an item's state offers to this user. With four-eyes on, nobody approves their own
 * submission, and a draft goes through review instead of being approved directly.
 */
export function workflowActions(
  item: Pick<ContentItem, 'state' | 'submittedBy'>,
  fourEyes: boolean,
  userId: string | null,
): WorkflowActions {
  let actions = [...STATE_ACTIONS[item.state]];
  let approvalNote: string | null = null;
  if (fourEyes && actions.includes('approve')) {
    if (item.state === 'draft') {
      actions = actions.filter((action) => action !== 'approve');
      approvalNote = FOUR_EYES_DRAFT;
    } else if (item.state === 'in_review' && !!userId && item.submittedBy?.id === userId) {
      actions = actions.filter((action) => action !== 'approve');
      approvalNote = FOUR_EYES_OWN_SUBMISSION;
    }
  }
  return { actions, approvalNote };
}

/** `2026-11-25T10:00:00Z` → the value a `datetime-local` input shows, in the browser's time zone. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/** A `datetime-local` value (local time) → ISO instant, or null when empty. */
export function fromLocalInput(value: string | null | undefined): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
