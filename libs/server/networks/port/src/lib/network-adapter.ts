import type {
  AuthorizationRequest,
  ExchangeCodeInput,
  Network,
  NetworkCapabilities,
  NetworkProfile,
  PostMetrics,
  PublishedPost,
  PublishInput,
  RecentPost,
  TokenSet,
} from './network';

/**
 * The one interface the rest of Chorus uses to talk to a social network. Implementations wrap the
 * official client libraries and turn every failure into a NetworkError subclass.
 */
export interface NetworkAdapter {
  readonly network: Network;
  capabilities(): NetworkCapabilities;

  authorizationUrl(redirectUri: string): AuthorizationRequest;
  exchangeCode(input: ExchangeCodeInput): Promise<TokenSet>;
  /** Rejects with `Rejected` on networks/apps without refresh tokens. */
  refresh(refreshToken: string): Promise<TokenSet>;
  /** Best effort where the network supports it; a no-op elsewhere. */
  revoke(token: TokenSet): Promise<void>;

  profile(accessToken: string): Promise<NetworkProfile>;
  publish(accessToken: string, author: NetworkProfile, post: PublishInput): Promise<PublishedPost>;
  /** Idempotent: deleting an already deleted post succeeds. */
  delete(accessToken: string, remoteId: string): Promise<void>;
  /**
   * The member's own posts created at or after `since`, newest first (at most 100). Rejects with
   * `Rejected` when `capabilities().readBack` is false.
   */
  recentPosts(accessToken: string, author: NetworkProfile, since: Date): Promise<RecentPost[]>;
  /** Rejects with `Rejected` when `capabilities().metrics` is false. */
  metrics(accessToken: string, remoteIds: string[]): Promise<PostMetrics[]>;
}

/** Where the adapters send their HTTP: the real hosts in production, the sandbox in demo, tests and e2e. */
export interface NetworkTransport {
  /**
   * When set, every connection the client libraries open goes to this loopback port instead of the real
   * host (URLs and Host headers stay unchanged, so the sandbox routes on Host). Unset in production.
   */
  sandboxPort?: number;
  /** Per-request timeout in milliseconds. */
  timeoutMs: number;
}

export interface LinkedInAppConfig {
  clientId: string;
  clientSecret: string;
  /** `YYYYMM`, sent as LinkedIn-Version on every /rest call. */
  version: string;
  /** True when the app has the Community Management scopes that allow reading post metrics. */
  metricsScopes: boolean;
}

export interface XAppConfig {
  clientId: string;
  clientSecret: string;
}
