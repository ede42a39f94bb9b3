import { metricsAt } from '../shared';
import type { XTweet, XUser } from './x-state';

const PRIVATE_METRICS_MAX_AGE_MS = 30 * 24 * 3600 * 1000;
export const PRIVATE_METRIC_FIELDS = ['non_public_metrics', 'organic_metrics'];

/** Whether this caller may read the private metrics of this post: the author, for posts under 30 days. */
export function mayReadPrivateMetrics(tweet: XTweet, callerId: string, nowMs: number): boolean {
  return tweet.authorId === callerId && nowMs - tweet.createdAtMs < PRIVATE_METRICS_MAX_AGE_MS;
}

/** A post as `GET /2/tweets` returns it, with the requested fields. */
export function tweetView(tweet: XTweet, fields: string[], nowMs: number): Record<string, unknown> {
  const metrics = metricsAt(tweet.id, (nowMs - tweet.createdAtMs) / 1000);
  const view: Record<string, unknown> = { id: tweet.id, text: tweet.text, edit_history_tweet_ids: [tweet.id] };
  if (fields.includes('created_at')) view['created_at'] = new Date(tweet.createdAtMs).toISOString();
  if (fields.includes('author_id')) view['author_id'] = tweet.authorId;
  if (fields.includes('entities')) {
    const entities = entitiesOf(tweet);
    if (entities) view['entities'] = entities;
  }
  if (fields.includes('attachments') && tweet.mediaIds.length > 0) {
    view['attachments'] = { media_keys: tweet.mediaIds.map((id) => `3_${id}`) };
  }
  if (fields.includes('public_metrics')) {
    view['public_metrics'] = {
      retweet_count: metrics.reposts,
      reply_count: metrics.comments,
      like_count: metrics.reactions,
      quote_count: metrics.quotes,
      bookmark_count: metrics.bookmarks,
      impression_count: metrics.impressions,
    };
  }
  if (fields.includes('non_public_metrics')) {
    view['non_public_metrics'] = {
      impression_count: metrics.impressions,
      url_link_clicks: metrics.linkClicks,
      user_profile_clicks: metrics.profileClicks,
      engagements: metrics.reactions + metrics.comments + metrics.reposts + metrics.linkClicks + metrics.profileClicks,
    };
  }
  if (fields.includes('organic_metrics')) {
    view['organic_metrics'] = {
      impression_count: metrics.impressions,
      like_count: metrics.reactions,
      reply_count: metrics.comments,
      retweet_count: metrics.reposts,
      url_link_clicks: metrics.linkClicks,
      user_profile_clicks: metrics.profileClicks,
    };
  }
  return view;
}

/** A hashtag as X finds one: `#` not inside a word, with at least one letter. */
const HASHTAG = /(?<![\p{L}\p{N}_&])[#＃]([\p{L}\p{M}\p{N}_]*\p{L}[\p{L}\p{M}\p{N}_]*)/gu;

/**
 * `entities` of a post: its URLs (the t.co link in the text, the original address in `expanded_url`) and
 * hashtags, with start/end offsets in code points of the stored text; undefined when it has neither.
 */
function entitiesOf(tweet: XTweet): Record<string, unknown> | undefined {
  const entities: Record<string, unknown> = {};
  if (tweet.urls.length > 0) {
    entities['urls'] = tweet.urls.map((url) => ({
      start: url.start,
      end: url.end,
      url: url.url,
      expanded_url: url.expandedUrl,
      display_url: url.expandedUrl.replace(/^https?:\/\//, '').slice(0, 26),
    }));
  }
  const hashtags = [...tweet.text.matchAll(HASHTAG)].map((match) => {
    const start = [...tweet.text.slice(0, match.index)].length;
    return { start, end: start + [...match[0]].length, tag: match[1] };
  });
  if (hashtags.length > 0) entities['hashtags'] = hashtags;
  return Object.keys(entities).length > 0 ? entities : undefined;
}

export function userView(user: XUser, fields: string[]): Record<string, unknown> {
  return {
    id: user.id,
    name: user.name,
    username: user.username,
    ...(fields.includes('profile_image_url') ? { profile_image_url: user.profileImageUrl } : {}),
    ...(fields.includes('created_at') ? { created_at: new Date(user.createdAtMs).toISOString() } : {}),
  };
}

/** A comma-separated fields parameter as a list. */
export function fieldList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((field) => field.trim())
    .filter(Boolean);
}
