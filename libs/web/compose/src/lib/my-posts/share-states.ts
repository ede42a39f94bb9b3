import type { ShareListView, ShareState, ShareView } from '@chorus/shared/contracts';

/** The tabs of My posts: three lists of shares and the advocate's posting schedule. */
export type MyPostsTab = Exclude<ShareListView, 'all'> | 'schedule';
export const MY_POSTS_TABS: readonly MyPostsTab[] = ['upcoming', 'published', 'attention', 'schedule'];

export const TAB_LABELS: Readonly<Record<MyPostsTab, string>> = {
  upcoming: 'Upcoming',
  published: 'Published',
  attention: 'Needs attention',
  schedule: 'Schedule',
};

export const STATE_LABELS: Readonly<Record<ShareState, string>> = {
  scheduled: 'Scheduled',
  publishing: 'Posting…',
  published: 'Published',
  failed: 'Failed',
  cancelled: 'Cancelled',
  needs_reconnect: 'Needs reconnect',
  outcome_unknown: 'Checking',
};

const VIEW_STATES: Readonly<Record<Exclude<ShareListView, 'all'>, readonly ShareState[]>> = {
  upcoming: ['scheduled', 'publishing'],
  published: ['published'],
  attention: ['failed', 'needs_reconnect', 'outcome_unknown'],
};

/** Whether a share (after an action changed it) still belongs in a list. */
export function belongsTo(view: Exclude<ShareListView, 'all'>, share: Pick<ShareView, 'state'>): boolean {
  return VIEW_STATES[view].includes(share.state);
}

export function stateLabel(share: Pick<ShareView, 'state' | 'needsConfirmation'>): string {
  if (share.state === 'outcome_unknown' && share.needsConfirmation) return 'Needs your answer';
  return STATE_LABELS[share.state] ?? share.state;
}

export function isTab(value: string | null): value is MyPostsTab {
  return value !== null && (MY_POSTS_TABS as readonly string[]).includes(value);
}
