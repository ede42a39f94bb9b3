import { z } from 'zod';
import { nextUtcMidnight, SandboxClock, utcDay } from '../clock';
import type { Resettable } from '../http/sandbox-server';
import { PendingAuthorizations, randomToken, stableToken } from '../shared';
import type { LittleTextRendering } from './little-text';
import { supportedVersions } from './versions';

export const LINKEDIN_STANDARD_SCOPES = ['openid', 'profile', 'email', 'w_member_social'];
/** Community Management API scopes: only seeded apps have them. */
export const LINKEDIN_RESTRICTED_SCOPES = ['r_member_postAnalytics', 'r_member_social'];

export const LINKEDIN_ACCESS_TOKEN_SECONDS = 5_184_000;
export const LINKEDIN_REFRESH_TOKEN_SECONDS = 31_536_000;
export const LINKEDIN_CODE_SECONDS = 30 * 60;

export interface LinkedInApp {
  clientId: string;
  clientSecret: string;
  name: string;
  /** Exact redirect URIs; empty accepts any http(s) URL (see README). */
  redirectUris: string[];
  /** Approved partner apps get refresh tokens; self-serve apps do not. */
  refreshTokens: boolean;
  /** The scopes the app's products grant; asking for others fails on the consent step. */
  scopes: string[];
  quotas: { memberPostsPerDay: number; appPostsPerDay: number };
}

export interface LinkedInMember {
  sub: string;
  name: string;
  givenName: string;
  familyName: string;
  email: string;
  picture: string | null;
}

export interface LinkedInGrant {
  clientId: string;
  sub: string;
  scopes: string[];
}

interface AuthorizationCode extends LinkedInGrant {
  redirectUri: string;
  expiresAtMs: number;
}

export interface LinkedInAccessToken extends LinkedInGrant {
  token: string;
  createdAtMs: number;
  expiresAtMs: number;
  revoked: boolean;
}

interface RefreshToken extends LinkedInGrant {
  token: string;
  expiresAtMs: number;
}

export interface PendingLinkedInAuthorization {
  clientId: string;
  redirectUri: string;
  scopes: string[];
  state: string | undefined;
}

export interface LinkedInArticle {
  source: string;
  title?: string;
  description?: string;
  thumbnail?: string;
}

export interface LinkedInPost {
  urn: string;
  author: string;
  clientId: string;
  commentary: string;
  rendering: LittleTextRendering;
  visibility: string;
  article: LinkedInArticle | null;
  media: { id: string; altText?: string } | null;
  createdAtMs: number;
  deletedAtMs: number | null;
}

export interface LinkedInImage {
  urn: string;
  owner: string;
  uploadId: string;
  status: 'WAITING_UPLOAD' | 'AVAILABLE';
  uploadUrlExpiresAtMs: number;
  bytes: number;
}

export interface LinkedInDefaults {
  clientId: string;
  clientSecret: string;
}

const appSeed = z.object({
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  name: z.string().min(1).optional(),
  redirectUris: z.array(z.string().url()).optional(),
  refreshTokens: z.boolean().optional(),
  scopes: z.array(z.string().min(1)).optional(),
  quotas: z
    .object({
      memberPostsPerDay: z.number().int().min(0).optional(),
      appPostsPerDay: z.number().int().min(0).optional(),
    })
    .optional(),
});

const memberSeed = z.object({
  sub: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .optional(),
  name: z.string().min(1).max(100),
  email: z.string().email().optional(),
  picture: z.string().url().nullable().optional(),
});

export const linkedInSeedSchema = z.object({
  apps: z.array(appSeed).optional(),
  members: z.array(memberSeed).optional(),
  /** Replaces the computed version window, e.g. to retire the version an adapter is configured with. */
  versions: z.array(z.string().regex(/^\d{6}$/)).optional(),
});
export type LinkedInSeed = z.infer<typeof linkedInSeedSchema>;

export const DEFAULT_MEMBER_NAMES = ['Ada Advocate', 'Jonas Becker', 'Mira Okafor', 'Sam Lindqvist'];

/** Everything the LinkedIn emulation remembers; `reset()` goes back to the default app and members. */
export class LinkedInState implements Resettable {
  readonly apps = new Map<string, LinkedInApp>();
  readonly members = new Map<string, LinkedInMember>();
  readonly codes = new Map<string, AuthorizationCode>();
  readonly accessTokens = new Map<string, LinkedInAccessToken>();
  readonly refreshTokens = new Map<string, RefreshToken>();
  readonly posts = new Map<string, LinkedInPost>();
  readonly images = new Map<string, LinkedInImage>();
  readonly pending = new PendingAuthorizations<PendingLinkedInAuthorization>();
  private readonly quotaUse = new Map<string, number>();
  private versionOverride: string[] | null = null;
  private postSequence = 0;

  constructor(
    readonly clock: SandboxClock,
    private readonly defaults: LinkedInDefaults,
  ) {
    this.reset();
  }

  reset(): void {
    for (const map of [
      this.apps,
      this.members,
      this.codes,
      this.accessTokens,
      this.refreshTokens,
      this.posts,
      this.images,
    ]) {
      map.clear();
    }
    this.pending.clear();
    this.quotaUse.clear();
    this.versionOverride = null;
    this.postSequence = 0;
    this.seed({
      apps: [{ clientId: this.defaults.clientId, clientSecret: this.defaults.clientSecret, name: 'Chorus' }],
      members: DEFAULT_MEMBER_NAMES.map((name) => ({ name })),
    });
  }

  /** Adds or replaces apps (by client id) and members (by sub); returns what was seeded. */
  seed(input: LinkedInSeed): { apps: LinkedInApp[]; members: LinkedInMember[] } {
    const apps = (input.apps ?? []).map((seed) => {
      const app: LinkedInApp = {
        clientId: seed.clientId,
        clientSecret: seed.clientSecret,
        name: seed.name ?? 'Chorus',
        redirectUris: seed.redirectUris ?? [],
        refreshTokens: seed.refreshTokens ?? false,
        scopes: seed.scopes ?? [...LINKEDIN_STANDARD_SCOPES],
        quotas: { memberPostsPerDay: 150, appPostsPerDay: 100_000, ...seed.quotas },
      };
      this.apps.set(app.clientId, app);
      return app;
    });
    const members = (input.members ?? []).map((seed) => this.addMember(seed.name, seed));
    if (input.versions) this.versionOverride = [...input.versions];
    return { apps, members };
  }

  addMember(name: string, extra: { sub?: string; email?: string; picture?: string | null } = {}): LinkedInMember {
    const [givenName, ...rest] = name.trim().split(/\s+/);
    const sub = extra.sub ?? stableToken(`linkedin:${name}`);
    const member: LinkedInMember = {
      sub,
      name: name.trim(),
      givenName,
      familyName: rest.join(' '),
      email:
        extra.email ??
        `${name
          .trim()
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '.')}@example.test`,
      picture: extra.picture === undefined ? `https://media.licdn.com/sandbox/${sub}.png` : extra.picture,
    };
    this.members.set(sub, member);
    return member;
  }

  versions(): string[] {
    return this.versionOverride ?? supportedVersions(this.clock.now());
  }

  issueCode(grant: LinkedInGrant, redirectUri: string): string {
    const code = randomToken(24);
    this.codes.set(code, { ...grant, redirectUri, expiresAtMs: this.clock.nowMs() + LINKEDIN_CODE_SECONDS * 1000 });
    return code;
  }

  /** Single use: a code is gone once presented, whether the exchange succeeds or not. */
  takeCode(code: string): AuthorizationCode | undefined {
    const found = this.codes.get(code);
    this.codes.delete(code);
    return found && found.expiresAtMs > this.clock.nowMs() ? found : undefined;
  }

  issueTokens(
    grant: LinkedInGrant,
    refresh?: RefreshToken,
  ): { access: LinkedInAccessToken; refresh: RefreshToken | null } {
    const now = this.clock.nowMs();
    // Asking for a different set of scopes invalidates the member's earlier tokens for this app.
    const sameScopes = (scopes: string[]) => scopes.slice().sort().join() === grant.scopes.slice().sort().join();
    for (const token of this.accessTokens.values()) {
      if (token.clientId === grant.clientId && token.sub === grant.sub && !sameScopes(token.scopes))
        token.revoked = true;
    }
    const access: LinkedInAccessToken = {
      ...grant,
      token: `AQ${randomToken(48)}`,
      createdAtMs: now,
      expiresAtMs: now + LINKEDIN_ACCESS_TOKEN_SECONDS * 1000,
      revoked: false,
    };
    this.accessTokens.set(access.token, access);
    const app = this.apps.get(grant.clientId);
    if (!app?.refreshTokens) return { access, refresh: null };
    // A refresh keeps the refresh token and its original expiry.
    const refreshToken = refresh ?? {
      ...grant,
      token: `AQ${randomToken(48)}`,
      expiresAtMs: now + LINKEDIN_REFRESH_TOKEN_SECONDS * 1000,
    };
    this.refreshTokens.set(refreshToken.token, refreshToken);
    return { access, refresh: refreshToken };
  }

  /** Counts one post against the member's and the app's daily quota; false when either is used up. */
  useQuota(app: LinkedInApp, sub: string): boolean {
    const day = utcDay(this.clock.now());
    const memberKey = `${day}|member|${app.clientId}|${sub}`;
    const appKey = `${day}|app|${app.clientId}`;
    const memberUse = this.quotaUse.get(memberKey) ?? 0;
    const appUse = this.quotaUse.get(appKey) ?? 0;
    if (memberUse >= app.quotas.memberPostsPerDay || appUse >= app.quotas.appPostsPerDay) return false;
    this.quotaUse.set(memberKey, memberUse + 1);
    this.quotaUse.set(appKey, appUse + 1);
    return true;
  }

  quotaResetsAt(): Date {
    return nextUtcMidnight(this.clock.now());
  }

  nextPostUrn(): string {
    this.postSequence += 1;
    return `urn:li:share:${7_300_000_000_000_000_000n + BigInt(this.clock.nowMs()) * 1000n + BigInt(this.postSequence % 1000)}`;
  }

  summary() {
    const now = this.clock.nowMs();
    return {
      apps: [...this.apps.values()].map((app) => ({
        clientId: app.clientId,
        name: app.name,
        redirectUris: app.redirectUris,
        refreshTokens: app.refreshTokens,
        scopes: app.scopes,
        quotas: app.quotas,
      })),
      members: [...this.members.values()],
      versions: this.versions(),
      activeTokens: [...this.accessTokens.values()].filter((t) => !t.revoked && t.expiresAtMs > now).length,
      posts: [...this.posts.values()].filter((post) => post.deletedAtMs === null).length,
      deletedPosts: [...this.posts.values()].filter((post) => post.deletedAtMs !== null).length,
      images: this.images.size,
    };
  }
}
