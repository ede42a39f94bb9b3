/** The social networks Chorus publishes to. */
export const NETWORKS = ['linkedin', 'x'] as const;
export type Network = (typeof NETWORKS)[number];

/** What a network (as configured) can do; the UI and the schedulers read these instead of branching on names. */
export interface NetworkCapabilities {
  network: Network;
  /** Maximum post length, and how it is counted. */
  maxLength: number;
  lengthCounting: 'characters' | 'x-weighted';
  /** Whether refresh tokens exist: without them the advocate must reconnect before `accessTokenTtlDays`. */
  refreshTokens: boolean;
  accessTokenTtlDays: number;
  /** Whether post metrics can be read back with the app's scopes. */
  metrics: boolean;
  /**
   * Whether the member's own recent posts can be listed (X yes; LinkedIn self-serve apps no). The publisher
   * uses it to settle a publish whose outcome is unknown without posting twice.
   */
  readBack: boolean;
  /** Whether disconnecting revokes the token at the network. */
  revocation: boolean;
  linkCards: boolean;
  images: boolean;
}

/** Tokens as the network returned them; the caller encrypts them before they touch the database. */
export interface TokenSet {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string | null;
  refreshTokenExpiresAt: Date | null;
  scopes: string[];
}

export interface NetworkProfile {
  /** The network's stable id for the member (LinkedIn `sub`, X user id). */
  remoteId: string;
  /** Display handle: `@username` on X, the name on LinkedIn. */
  handle: string;
  name: string;
  avatarUrl: string | null;
}

/** The start of an OAuth round trip: send the browser to `url`, keep `state` and `codeVerifier` server-side. */
export interface AuthorizationRequest {
  url: string;
  state: string;
  /** PKCE verifier (X); null where the network uses none. */
  codeVerifier: string | null;
}

export interface ExchangeCodeInput {
  code: string;
  codeVerifier: string | null;
  redirectUri: string;
}

export interface LinkCard {
  url: string;
  title: string;
  description?: string;
  /** Thumbnail bytes; the adapter uploads them where the network wants an uploaded image. */
  thumbnail?: ImageInput;
}

export interface ImageInput {
  bytes: Uint8Array;
  contentType: 'image/jpeg' | 'image/png' | 'image/gif';
  altText?: string;
}

export interface PublishInput {
  text: string;
  link?: LinkCard;
  image?: ImageInput;
}

export interface PublishedPost {
  remoteId: string;
  url: string;
  publishedAt: Date;
}

export interface PostMetrics {
  remoteId: string;
  observedAt: Date;
  impressions: number | null;
  reactions: number | null;
  comments: number | null;
  reposts: number | null;
  /** Link clicks where the network reports them (X non-public metrics). */
  clicks: number | null;
}

/** One of the member's own recent posts, as `recentPosts` lists them. */
export interface RecentPost {
  remoteId: string;
  url: string;
  /** The text as the network stores it (X wraps links in t.co). */
  text: string;
  /** The original addresses of the links in the post (X `entities.urls[].expanded_url`). */
  links: string[];
  createdAt: Date;
}
