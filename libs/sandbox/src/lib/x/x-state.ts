import { z } from 'zod';
import type { SandboxClock } from '../clock';
import type { Resettable } from '../http/sandbox-server';
import { PendingAuthorizations, randomToken, SnowflakeIds, stableNumericId } from '../shared';
import { ChallengeMethod } from './pkce';
import { XRateLimiter } from './rate-limits';

export const X_ACCESS_TOKEN_SECONDS = 7200;
export const X_CODE_SECONDS = 30;
const X_REFRESH_TOKEN_SECONDS = 180 * 24 * 3600;
const TWITTER_EPOCH_MS = 1_288_834_974_657;

export const X_SCOPES = [
  'tweet.read',
  'tweet.write',
  'tweet.moderate.write',
  'users.read',
  'users.email',
  'follows.read',
  'follows.write',
  'offline.access',
  'space.read',
  'mute.read',
  'mute.write',
  'like.read',
  'like.write',
  'list.read',
  'list.write',
  'block.read',
  'block.write',
  'bookmark.read',
  'bookmark.write',
  'media.write',
];

export interface XApp {
  clientId: string;
  /** Null for a public client (PKCE only, no Basic auth). */
  clientSecret: string | null;
  name: string;
  redirectUris: string[];
}

export interface XUser {
  id: string;
  name: string;
  username: string;
  profileImageUrl: string;
  createdAtMs: number;
}

export interface XGrant {
  clientId: string;
  userId: string;
  scopes: string[];
}

interface XCode extends XGrant {
  redirectUri: string;
  challenge: string;
  method: ChallengeMethod;
  expiresAtMs: number;
}

export interface XAccessToken extends XGrant {
  token: string;
  expiresAtMs: number;
  revoked: boolean;
}

interface XRefreshToken extends XGrant {
  token: string;
  expiresAtMs: number;
  /** Refresh tokens rotate: once used (or revoked) they are dead. */
  spent: boolean;
}

export interface PendingXAuthorization {
  clientId: string;
  redirectUri: string;
  scopes: string[];
  state: string;
  challenge: string;
  method: ChallengeMethod;
}

export interface XTweet {
  id: string;
  authorId: string;
  clientId: string;
  /** What the client sent. */
  rawText: string;
  /** What X stores and returns: URLs wrapped in t.co links. */
  text: string;
  urls: Array<{ url: string; expandedUrl: string; start: number; end: number }>;
  mediaIds: string[];
  paidPartnership: boolean;
  createdAtMs: number;
  deletedAtMs: number | null;
}

/**
 * The posts by id, with an index per author kept in step on every `set`, `delete` and `clear`, so that
 * per-author questions (the duplicate check, the user timeline) do not scan every post in the sandbox.
 */
export class XTweetStore extends Map<string, XTweet> {
  private readonly byAuthor = new Map<string, Map<string, XTweet>>();

  constructor() {
    // No initial entries: Map's constructor would call set() before `byAuthor` exists.
    super();
  }

  override set(id: string, tweet: XTweet): this {
    const previous = this.get(id);
    if (previous) this.byAuthor.get(previous.authorId)?.delete(id);
    super.set(id, tweet);
    let own = this.byAuthor.get(tweet.authorId);
    if (!own) this.byAuthor.set(tweet.authorId, (own = new Map()));
    own.set(id, tweet);
    return this;
  }

  override delete(id: string): boolean {
    const previous = this.get(id);
    if (previous) {
      const own = this.byAuthor.get(previous.authorId);
      own?.delete(id);
      if (own?.size === 0) this.byAuthor.delete(previous.authorId);
    }
    return super.delete(id);
  }

  override clear(): void {
    this.byAuthor.clear();
    super.clear();
  }

  /** Every post of this author (deleted ones too), in the order they were stored. */
  byAuthorId(authorId: string): Iterable<XTweet> {
    return this.byAuthor.get(authorId)?.values() ?? [];
  }
}

export interface XMedia {
  id: string;
  mediaKey: string;
  ownerId: string;
  mediaType: string;
  category: string;
  totalBytes: number;
  receivedBytes: Map<number, number>;
  finalized: boolean;
  expiresAtMs: number;
  altText: string | null;
}

const appSeed = z.object({
  clientId: z.string().min(1),
  clientSecret: z.string().min(1).nullable().optional(),
  name: z.string().min(1).optional(),
  redirectUris: z.array(z.string().url()).optional(),
});

const memberSeed = z.object({
  id: z
    .string()
    .regex(/^\d{1,19}$/)
    .optional(),
  name: z.string().min(1).max(50),
  username: z
    .string()
    .regex(/^\w{1,15}$/)
    .optional(),
});

const bucketSeed = z.object({
  limit: z.number().int().min(0).optional(),
  windowSeconds: z.number().int().min(1).optional(),
});

export const xSeedSchema = z.object({
  apps: z.array(appSeed).optional(),
  members: z.array(memberSeed).optional(),
  /** E.g. `{"POST /2/tweets": {"perUser": {"limit": 2}}}`. */
  rateLimits: z
    .record(
      z.object({ perUser: bucketSeed.optional(), perApp: bucketSeed.optional(), perApp24h: bucketSeed.optional() }),
    )
    .optional(),
});
export type XSeed = z.infer<typeof xSeedSchema>;

const DEFAULT_MEMBER_NAMES = ['Ada Advocate', 'Jonas Becker', 'Mira Okafor', 'Sam Lindqvist'];

export interface XDefaults {
  clientId: string;
  clientSecret: string;
}

/** Everything the X emulation remembers; `reset()` goes back to the default app and members. */
export class XState implements Resettable {
  readonly apps = new Map<string, XApp>();
  readonly users = new Map<string, XUser>();
  readonly codes = new Map<string, XCode>();
  readonly accessTokens = new Map<string, XAccessToken>();
  readonly refreshTokens = new Map<string, XRefreshToken>();
  readonly tweets = new XTweetStore();
  readonly media = new Map<string, XMedia>();
  readonly pending = new PendingAuthorizations<PendingXAuthorization>();
  readonly rateLimits = new XRateLimiter();
  private readonly tweetIds = new SnowflakeIds(TWITTER_EPOCH_MS);
  private readonly mediaIds = new SnowflakeIds(TWITTER_EPOCH_MS);

  constructor(
    readonly clock: SandboxClock,
    private readonly defaults: XDefaults,
  ) {
    this.reset();
  }

  reset(): void {
    for (const map of [
      this.apps,
      this.users,
      this.codes,
      this.accessTokens,
      this.refreshTokens,
      this.tweets,
      this.media,
    ]) {
      map.clear();
    }
    this.pending.clear();
    this.rateLimits.reset();
    this.seed({
      apps: [{ clientId: this.defaults.clientId, clientSecret: this.defaults.clientSecret, name: 'Chorus' }],
      members: DEFAULT_MEMBER_NAMES.map((name) => ({ name })),
    });
  }

  seed(input: XSeed): { apps: Array<Omit<XApp, 'clientSecret'>>; members: XUser[] } {
    const apps = (input.apps ?? []).map((seed) => {
      const app: XApp = {
        clientId: seed.clientId,
        clientSecret: seed.clientSecret ?? null,
        name: seed.name ?? 'Chorus',
        redirectUris: seed.redirectUris ?? [],
      };
      this.apps.set(app.clientId, app);
      return { clientId: app.clientId, name: app.name, redirectUris: app.redirectUris };
    });
    const members = (input.members ?? []).map((seed) => this.addUser(seed.name, seed));
    if (input.rateLimits) this.rateLimits.configure(input.rateLimits);
    return { apps, members };
  }

  addUser(name: string, extra: { id?: string; username?: string } = {}): XUser {
    const trimmed = name.trim().slice(0, 50);
    const id = extra.id ?? stableNumericId(`x:${trimmed}`);
    const username =
      extra.username ??
      (trimmed.toLowerCase().replace(/\W+/g, '_').replace(/^_|_$/g, '').slice(0, 15) || `user${id.slice(-6)}`);
    const user: XUser = {
      id,
      name: trimmed,
      username,
      profileImageUrl: `https://pbs.twimg.com/profile_images/sandbox/${id}_normal.png`,
      createdAtMs: this.clock.nowMs(),
    };
    this.users.set(id, user);
    return user;
  }

  issueCode(grant: XGrant, details: { redirectUri: string; challenge: string; method: ChallengeMethod }): string {
    const code = randomToken(32);
    this.codes.set(code, { ...grant, ...details, expiresAtMs: this.clock.nowMs() + X_CODE_SECONDS * 1000 });
    return code;
  }

  /** Single use: a code is gone once presented, whether the exchange succeeds or not. */
  takeCode(code: string): XCode | undefined {
    const found = this.codes.get(code);
    this.codes.delete(code);
    return found && found.expiresAtMs > this.clock.nowMs() ? found : undefined;
  }

  issueTokens(grant: XGrant): { access: XAccessToken; refresh: XRefreshToken | null } {
    const now = this.clock.nowMs();
    const access: XAccessToken = {
      ...grant,
      token: randomToken(48),
      expiresAtMs: now + X_ACCESS_TOKEN_SECONDS * 1000,
      revoked: false,
    };
    this.accessTokens.set(access.token, access);
    if (!grant.scopes.includes('offline.access')) return { access, refresh: null };
    const refresh: XRefreshToken = {
      ...grant,
      token: randomToken(48),
      expiresAtMs: now + X_REFRESH_TOKEN_SECONDS * 1000,
      spent: false,
    };
    this.refreshTokens.set(refresh.token, refresh);
    return { access, refresh };
  }

  nextTweetId(): string {
    return this.tweetIds.next(this.clock.nowMs());
  }

  nextMediaId(): string {
    return this.mediaIds.next(this.clock.nowMs());
  }

  summary() {
    const now = this.clock.nowMs();
    return {
      apps: [...this.apps.values()].map(({ clientSecret, ...app }) => ({
        ...app,
        confidential: clientSecret !== null,
      })),
      members: [...this.users.values()].map(({ id, name, username }) => ({ id, name, username })),
      activeTokens: [...this.accessTokens.values()].filter((t) => !t.revoked && t.expiresAtMs > now).length,
      posts: [...this.tweets.values()].filter((tweet) => tweet.deletedAtMs === null).length,
      deletedPosts: [...this.tweets.values()].filter((tweet) => tweet.deletedAtMs !== null).length,
      media: this.media.size,
    };
  }
}
