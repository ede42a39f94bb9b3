import type { PostMetrics } from '@chorus/server/networks/port';
import type { TweetV2 } from 'twitter-api-v2';

/** The port's metrics from a post as `GET /2/tweets` returns it (private metrics when we got them). */
export function toPostMetrics(tweet: TweetV2, observedAt: Date): PostMetrics {
  const open = tweet.public_metrics;
  const closed = tweet.non_public_metrics as { impression_count?: number; url_link_clicks?: number } | undefined;
  return {
    remoteId: tweet.id,
    observedAt,
    impressions: closed?.impression_count ?? open?.impression_count ?? null,
    reactions: open?.like_count ?? null,
    comments: open?.reply_count ?? null,
    reposts: open ? open.retweet_count + (open.quote_count ?? 0) : null,
    clicks: closed?.url_link_clicks ?? null,
  };
}

/** Ids whose private metrics X refused (`not-authorized-for-field`): ask again for public ones only. */
export function refusedPrivateFields(errors: Array<Record<string, unknown>> | undefined): string[] {
  return [
    ...new Set(
      (errors ?? [])
        .filter((entry) => String(entry['type'] ?? '').endsWith('/not-authorized-for-field'))
        .map((entry) => String(entry['resource_id'] ?? entry['value'] ?? '')),
    ),
  ].filter(Boolean);
}
