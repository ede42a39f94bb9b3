import {
  AuthorizationRequest,
  ExchangeCodeInput,
  ImageInput,
  NetworkAdapter,
  NetworkCapabilities,
  NetworkProfile,
  NetworkTransport,
  PostMetrics,
  PublishedPost,
  PublishInput,
  RecentPost,
  Rejected,
  TokenSet,
  XAppConfig,
} from '@chorus/server/networks/port';
import { ApiResponseError, IClientSettings, ITwitterApiClientPlugin, TweetV2, TwitterApi } from 'twitter-api-v2';
import { LoopbackAgent } from '@chorus/server/networks/port';
import { toXError, XOperation } from './x-errors';
import { refusedPrivateFields, toPostMetrics } from './x-metrics';

const SCOPES = ['tweet.read', 'tweet.write', 'users.read', 'offline.access', 'media.write'];
const LOOKUP_BATCH = 100;
/** The most posts one page of the user timeline returns; `recentPosts` reads only the first page. */
const TIMELINE_PAGE = 100;
const TWITTER_EPOCH_MS = 1_288_834_974_657n;

/** twitter-api-v2 takes a timeout per request only; this plugin gives every request the transport's. */
function requestTimeout(timeoutMs: number): ITwitterApiClientPlugin {
  return {
    onBeforeRequestConfig: ({ params }) => {
      params.timeout ??= timeoutMs;
    },
  };
}

/** X (API v2, OAuth 2.0 with PKCE) through twitter-api-v2. */
export class XAdapter implements NetworkAdapter {
  readonly network = 'x' as const;
  private readonly settings: Partial<IClientSettings>;

  constructor(
    private readonly app: XAppConfig,
    transport: NetworkTransport,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.settings = {
      ...(transport.sandboxPort ? { httpAgent: new LoopbackAgent(transport.sandboxPort) } : {}),
      plugins: [requestTimeout(transport.timeoutMs)],
    };
  }

  capabilities(): NetworkCapabilities {
    return {
      network: 'x',
      maxLength: 280,
      lengthCounting: 'x-weighted',
      refreshTokens: true,
      accessTokenTtlDays: 2 / 24,
      metrics: true,
      readBack: true,
      revocation: true,
      // A card on X is the link in the text: X builds the card itself.
      linkCards: true,
      images: true,
    };
  }

  authorizationUrl(redirectUri: string): AuthorizationRequest {
    const { url, state, codeVerifier } = this.appClient().generateOAuth2AuthLink(redirectUri, { scope: SCOPES });
    return { url, state, codeVerifier };
  }

  async exchangeCode(input: ExchangeCodeInput): Promise<TokenSet> {
    if (!input.codeVerifier)
      throw new Rejected('x', 'X needs the PKCE code verifier of the authorization request', null);
    const result = await this.call('exchange', () =>
      this.appClient().loginWithOAuth2({
        code: input.code,
        codeVerifier: input.codeVerifier as string,
        redirectUri: input.redirectUri,
      }),
    );
    return this.tokenSet(result);
  }

  /** Refresh tokens rotate: the caller must store the returned pair atomically and never refresh twice. */
  async refresh(refreshToken: string): Promise<TokenSet> {
    const result = await this.call('refresh', () => this.appClient().refreshOAuth2Token(refreshToken), [refreshToken]);
    return this.tokenSet(result);
  }

  async revoke(token: TokenSet): Promise<void> {
    const client = this.appClient();
    const failures: unknown[] = [];
    // The refresh token first: once it is gone, nobody can mint new access tokens.
    const revocations: Array<[string, 'refresh_token' | 'access_token']> = [
      ...(token.refreshToken ? [[token.refreshToken, 'refresh_token'] as [string, 'refresh_token']] : []),
      [token.accessToken, 'access_token'],
    ];
    for (const [value, hint] of revocations) {
      try {
        await this.call('revoke', () => client.revokeOAuth2Token(value, hint), [value]);
      } catch (error) {
        failures.push(error);
      }
    }
    if (failures.length > 0) throw failures[0];
  }

  async profile(accessToken: string): Promise<NetworkProfile> {
    const { data } = await this.call(
      'profile',
      () => this.userClient(accessToken).v2.me({ 'user.fields': ['profile_image_url'] }),
      [accessToken],
    );
    return {
      remoteId: data.id,
      handle: `@${data.username}`,
      name: data.name,
      avatarUrl: data.profile_image_url ?? null,
    };
  }

  async publish(accessToken: string, author: NetworkProfile, post: PublishInput): Promise<PublishedPost> {
    const user = this.userClient(accessToken);
    const mediaId = post.image ? await this.uploadImage(user, accessToken, post.image) : null;
    const text = post.link ? withLink(post.text, post.link.url) : post.text;
    const { data } = await this.call(
      'publish',
      () => user.v2.tweet({ text, ...(mediaId ? { media: { media_ids: [mediaId] } } : {}) }),
      [accessToken],
    );
    return { remoteId: data.id, url: postUrl(author, data.id), publishedAt: this.clock() };
  }

  /**
   * The author's own posts (no reposts or replies) created at or after `since`, newest first: the first
   * page of X's user timeline, at most 100. X counts start_time in whole seconds, so `since` is rounded
   * down to its second (a post from earlier in that second may be listed too).
   */
  async recentPosts(accessToken: string, author: NetworkProfile, since: Date): Promise<RecentPost[]> {
    const startTime = new Date(Math.floor(since.getTime() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
    const timeline = await this.call(
      'recentPosts',
      () =>
        this.userClient(accessToken).v2.userTimeline(author.remoteId, {
          start_time: startTime,
          max_results: TIMELINE_PAGE,
          exclude: ['retweets', 'replies'],
          'tweet.fields': ['created_at', 'entities'],
        }),
      [accessToken],
    );
    return timeline.tweets
      .map((tweet) => toRecentPost(tweet, author))
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || compareIds(b.remoteId, a.remoteId))
      .slice(0, TIMELINE_PAGE);
  }

  async delete(accessToken: string, remoteId: string): Promise<void> {
    try {
      await this.userClient(accessToken).v2.deleteTweet(remoteId);
    } catch (error) {
      // Already gone is what we wanted.
      if (error instanceof ApiResponseError && error.code === 404) return;
      throw toXError(error, 'delete', this.clock(), [accessToken]);
    }
  }

  async metrics(accessToken: string, remoteIds: string[]): Promise<PostMetrics[]> {
    const user = this.userClient(accessToken);
    const results: PostMetrics[] = [];
    for (let start = 0; start < remoteIds.length; start += LOOKUP_BATCH) {
      results.push(...(await this.metricsBatch(user, accessToken, remoteIds.slice(start, start + LOOKUP_BATCH))));
    }
    return results;
  }

  /**
   * Public and private metrics in one call; for the posts whose private metrics X refuses (not the
   * caller's, or older than 30 days) a second call asks for the public ones only. Posts X cannot find
   * (deleted) are left out.
   */
  private async metricsBatch(user: TwitterApi, accessToken: string, ids: string[]): Promise<PostMetrics[]> {
    const lookup = (batch: string[], fields: Array<'public_metrics' | 'non_public_metrics'>) =>
      this.call('metrics', () => user.v2.tweets(batch, { 'tweet.fields': fields }), [accessToken]);
    const observedAt = this.clock();
    let full: Awaited<ReturnType<typeof lookup>> | null = null;
    try {
      full = await lookup(ids, ['public_metrics', 'non_public_metrics']);
    } catch (error) {
      // Some refusals of private metrics come as a 403 for the whole request instead of per post.
      if (!(error instanceof Rejected && error.status === 403)) throw error;
    }
    const metrics = (full?.data ?? []).map((tweet) => toPostMetrics(tweet, observedAt));
    const refused = full ? refusedPrivateFields(full.errors as Array<Record<string, unknown>> | undefined) : ids;
    if (refused.length > 0) {
      const open = await lookup(refused, ['public_metrics']);
      metrics.push(...(open.data ?? []).map((tweet) => toPostMetrics(tweet, observedAt)));
    }
    const order = new Map(ids.map((id, index) => [id, index]));
    return metrics.sort((a, b) => (order.get(a.remoteId) ?? 0) - (order.get(b.remoteId) ?? 0));
  }

  private async uploadImage(user: TwitterApi, accessToken: string, image: ImageInput): Promise<string> {
    const mediaId = await this.call(
      'upload',
      () => user.v2.uploadMedia(Buffer.from(image.bytes), { media_type: image.contentType }),
      [accessToken],
    );
    if (image.altText) {
      await this.call(
        'upload',
        () => user.v2.createMediaMetadata(mediaId, { alt_text: { text: image.altText as string } }),
        [accessToken],
      );
    }
    return mediaId;
  }

  private tokenSet(result: {
    accessToken: string;
    refreshToken?: string;
    expiresIn: number;
    scope: string[];
  }): TokenSet {
    return {
      accessToken: result.accessToken,
      accessTokenExpiresAt: new Date(this.clock().getTime() + result.expiresIn * 1000),
      refreshToken: result.refreshToken ?? null,
      // X does not say when refresh tokens expire.
      refreshTokenExpiresAt: null,
      scopes: result.scope,
    };
  }

  private appClient(): TwitterApi {
    return new TwitterApi({ clientId: this.app.clientId, clientSecret: this.app.clientSecret }, this.settings);
  }

  private userClient(accessToken: string): TwitterApi {
    return new TwitterApi(accessToken, this.settings);
  }

  /** Runs one client call and turns any failure into a port error. */
  private async call<T>(operation: XOperation, request: () => Promise<T>, secrets: string[] = []): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw toXError(error, operation, this.clock(), [...secrets, this.app.clientSecret]);
    }
  }
}

/** The post's address, as `publish` and `recentPosts` both give it. */
function postUrl(author: NetworkProfile, id: string): string {
  const username = author.handle.replace(/^@/, '');
  return username ? `https://x.com/${username}/status/${id}` : `https://x.com/i/web/status/${id}`;
}

function toRecentPost(tweet: TweetV2, author: NetworkProfile): RecentPost {
  const createdAt = tweet.created_at ? new Date(tweet.created_at) : null;
  return {
    remoteId: tweet.id,
    url: postUrl(author, tweet.id),
    text: tweet.text,
    // The original addresses; attached media also appear here (with a media_key) and are no links.
    links: (tweet.entities?.urls ?? [])
      .filter((url) => !url.media_key)
      .map((url) => url.expanded_url ?? url.url)
      .filter((url): url is string => typeof url === 'string' && url !== ''),
    createdAt: createdAt && !Number.isNaN(createdAt.getTime()) ? createdAt : snowflakeTime(tweet.id),
  };
}

/** When a post was made, read from its id (X ids are snowflakes: milliseconds since X's epoch, shifted by 22). */
function snowflakeTime(id: string): Date {
  return /^\d{1,19}$/.test(id) ? new Date(Number((BigInt(id) >> 22n) + TWITTER_EPOCH_MS)) : new Date(0);
}

/** Numeric ids as strings: longer is larger, else compare the digits. */
function compareIds(a: string, b: string): number {
  return a.length !== b.length ? a.length - b.length : a < b ? -1 : a > b ? 1 : 0;
}

/** A link card on X is the URL in the text; add it unless the author already wrote it. */
export function withLink(text: string, url: string): string {
  if (text.includes(url)) return text;
  if (text === '') return url;
  return /\s$/.test(text) ? `${text}${url}` : `${text} ${url}`;
}
