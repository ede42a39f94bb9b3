import type { GuidelineFinding, ShareView } from '@chorus/shared/contracts';

/** The row shape of SHARE_VIEW_SQL. */
export interface ShareViewRow {
  id: string;
  network: ShareView['network'];
  state: ShareView['state'];
  timing: ShareView['timing'];
  text: string;
  item_id: string | null;
  item_title: string | null;
  item_url: string | null;
  item_image_url: string | null;
  item_image_id: string | null;
  link_code: string | null;
  scheduled_at: Date;
  due_at: Date;
  attempts: number;
  published_at: Date | null;
  post_url: string | null;
  failure_code: string | null;
  failure_message: string | null;
  failure_findings: GuidelineFinding[] | null;
  needs_confirmation: boolean;
  account_id: string | null;
  account_handle: string | null;
  created_at: Date;
  updated_at: Date;
}

export const SHARE_VIEW_SQL = `SELECT s.id, s.network, s.state, s.timing, s.text, ci.id AS item_id, ci.title AS item_title,
       ci.url AS item_url, ci.image_url AS item_image_url, ci.image_id AS item_image_id, l.code AS link_code,
       s.scheduled_at, s.due_at, s.attempts, s.published_at, s.post_url, s.failure_code, s.failure_message,
       s.failure_findings, s.needs_confirmation, a.id AS account_id, a.handle AS account_handle, s.created_at, s.updated_at
  FROM shares s
  LEFT JOIN content_items ci ON ci.id = s.content_item_id
  LEFT JOIN tracked_links l ON l.id = s.link_id
  LEFT JOIN connected_accounts a ON a.id = s.account_id`;

/** Failure codes that are progress notes on a share still on its way, not failures to show as such. */
const NOTES = new Set(['network.auth_refreshed', 'network.not_found_after_unknown']);

export function toShareView(row: ShareViewRow, urlOf: (code: string) => string): ShareView {
  const showFailure = row.failure_code !== null && row.failure_message !== null && !NOTES.has(row.failure_code);
  return {
    id: row.id,
    network: row.network,
    state: row.state,
    timing: row.timing,
    text: row.text,
    contentItem: row.item_id
      ? {
          id: row.item_id,
          title: row.item_title ?? '',
          url: row.item_url,
          imageUrl: row.item_image_id ? `/api/content/images/${row.item_image_id}` : row.item_image_url,
        }
      : null,
    trackedUrl: row.link_code ? urlOf(row.link_code) : null,
    scheduledAt: new Date(row.scheduled_at).toISOString(),
    dueAt: new Date(row.due_at).toISOString(),
    attempts: row.attempts,
    publishedAt: row.published_at ? new Date(row.published_at).toISOString() : null,
    postUrl: row.post_url,
    failure: showFailure
      ? {
          code: row.failure_code as string,
          message: row.failure_message as string,
          ...(row.failure_findings ? { findings: row.failure_findings } : {}),
        }
      : null,
    needsConfirmation: row.needs_confirmation,
    account: row.account_id ? { id: row.account_id, handle: row.account_handle ?? '' } : null,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
