import { withLink } from './x-adapter';
import { refusedPrivateFields, toPostMetrics } from './x-metrics';

describe('X metrics', () => {
  const at = new Date('2026-09-15T09:00:00Z');
  const open = {
    retweet_count: 3,
    reply_count: 2,
    like_count: 10,
    quote_count: 1,
    impression_count: 500,
    bookmark_count: 0,
  };

  it('maps public metrics, and prefers private impressions and clicks when present', () => {
    expect(toPostMetrics({ id: '1', text: '', edit_history_tweet_ids: [], public_metrics: open }, at)).toEqual({
      remoteId: '1',
      observedAt: at,
      impressions: 500,
      reactions: 10,
      comments: 2,
      reposts: 4,
      clicks: null,
    });
    const withPrivate = toPostMetrics(
      {
        id: '2',
        text: '',
        edit_history_tweet_ids: [],
        public_metrics: open,
        non_public_metrics: { impression_count: 520, url_link_clicks: 7 } as never,
      },
      at,
    );
    expect(withPrivate.impressions).toBe(520);
    expect(withPrivate.clicks).toBe(7);
  });

  it('finds the posts whose private metrics were refused', () => {
    expect(
      refusedPrivateFields([
        {
          resource_id: '1',
          type: 'https://api.twitter.com/2/problems/not-authorized-for-field',
          parameter: 'non_public_metrics',
        },
        {
          resource_id: '1',
          type: 'https://api.twitter.com/2/problems/not-authorized-for-field',
          parameter: 'organic_metrics',
        },
        { resource_id: '2', type: 'https://api.twitter.com/2/problems/resource-not-found' },
      ]),
    ).toEqual(['1']);
    expect(refusedPrivateFields(undefined)).toEqual([]);
  });
});

describe('withLink', () => {
  it('appends the link unless the text has it already', () => {
    expect(withLink('Read this', 'https://chorus.test/a')).toBe('Read this https://chorus.test/a');
    expect(withLink('Read this\n', 'https://chorus.test/a')).toBe('Read this\nhttps://chorus.test/a');
    expect(withLink('See https://chorus.test/a today', 'https://chorus.test/a')).toBe(
      'See https://chorus.test/a today',
    );
    expect(withLink('', 'https://chorus.test/a')).toBe('https://chorus.test/a');
  });
});
