import { randomBytes } from 'node:crypto';
import {
  AuthorizationRequest,
  ExchangeCodeInput,
  ImageInput,
  LinkedInAppConfig,
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
  Transient,
  UnknownOutcome,
} from '@chorus/server/networks/port';
import { AuthClient, RestliClient } from 'linkedin-api-client';
import { withAuthTransport } from './auth-client-transport';
import { LinkedInOperation, toLinkedInError } from './linkedin-errors';
import { escapeLittleText } from './little-text';
import { LoopbackAgent } from '@chorus/server/networks/port';

const SIGN_IN_AND_SHARE_SCOPES = ['openid', 'profile', 'email', 'w_member_social'];
const METRICS_SCOPE = 'r_member_postAnalytics';
const ACCESS_TOKEN_TTL_DAYS = 60;
const METRIC_QUERIES = {
  impressions: 'IMPRESSION',
  reactions: 'REACTION',
  comments: 'COMMENT',
  reposts: 'RESHARE',
} as const;
/** Upload URLs LinkedIn hands out; the member's token is sent nowhere else. */
const UPLOAD_HOST = /(^|\.)(linkedin\.com|licdn\.com)$/i;

/**
 * LinkedIn through the official client (Sign In with LinkedIn + Share on LinkedIn, and the Community
 * Management API's metrics when the app has them). Self-serve apps get no refresh tokens.
 */
export class LinkedInAdapter implements NetworkAdapter {
  readonly network = 'linkedin' as const;
  private readonly agent: LoopbackAgent | undefined;
  private readonly restli: RestliClient;

  constructor(
    private readonly app: LinkedInAppConfig,
    private readonly transport: NetworkTransport,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.agent = transport.sandboxPort ? new LoopbackAgent(transport.sandboxPort) : undefined;
    this.restli = new RestliClient({
      timeout: transport.timeoutMs,
      maxRedirects: 0,
      ...(this.agent ? { httpsAgent: this.agent, proxy: false } : {}),
    });
  }

  capabilities(): NetworkCapabilities {
    return {
      network: 'linkedin',
      maxLength: 3000,
      lengthCounting: 'characters',
      refreshTokens: false,
      accessTokenTtlDays: ACCESS_TOKEN_TTL_DAYS,
      metrics: this.app.metricsScopes,
      // Reading posts back needs r_member_social, which LinkedIn grants only to approved partners.
      readBack: false,
      revocation: false,
      linkCards: true,
      images: true,
    };
  }

  authorizationUrl(redirectUri: string): AuthorizationRequest {
    // The client puts redirect_uri into the URL without encoding it.
    if (/[?#&\s]/.test(redirectUri)) {
      throw new Rejected(
        'linkedin',
        'LinkedIn redirect URIs must not contain a query, fragment or spaces',
        null,
        'redirectUri',
      );
    }
    const state = randomBytes(24).toString('base64url');
    const url = this.authClient(redirectUri).generateMemberAuthorizationUrl(this.scopes(), state);
    return { url, state, codeVerifier: null };
  }

  async exchangeCode(input: ExchangeCodeInput): Promise<TokenSet> {
    const response = await this.call('token', () =>
      withAuthTransport(this.authTransport(), () =>
        this.authClient(input.redirectUri).exchangeAuthCodeForAccessToken(input.code),
      ),
    );
    const now = this.clock();
    return {
      accessToken: response.access_token,
      accessTokenExpiresAt: new Date(now.getTime() + response.expires_in * 1000),
      refreshToken: response.refresh_token ?? null,
      refreshTokenExpiresAt: response.refresh_token_expires_in
        ? new Date(now.getTime() + response.refresh_token_expires_in * 1000)
        : null,
      scopes: (response.scope ?? '').split(/[\s,]+/).filter(Boolean),
    };
  }

  async refresh(): Promise<TokenSet> {
    throw new Rejected(
      'linkedin',
      'LinkedIn gives self-serve apps no refresh tokens: the member must reconnect before the token expires',
      null,
    );
  }

  /** LinkedIn has no revocation endpoint for member tokens; disconnecting just forgets the token. */
  async revoke(): Promise<void> {
    return undefined;
  }

  async profile(accessToken: string): Promise<NetworkProfile> {
    const response = await this.call('profile', () => this.restli.get({ resourcePath: '/userinfo', accessToken }), [
      accessToken,
    ]);
    const info = response.data as {
      sub: string;
      name?: string;
      given_name?: string;
      family_name?: string;
      picture?: string;
    };
    const name = info.name ?? [info.given_name, info.family_name].filter(Boolean).join(' ');
    return { remoteId: info.sub, handle: name, name, avatarUrl: info.picture ?? null };
  }

  async publish(accessToken: string, author: NetworkProfile, post: PublishInput): Promise<PublishedPost> {
    if (post.link && post.image) {
      throw new Rejected('linkedin', 'A LinkedIn post carries either a link card or an image, not both', null, 'image');
    }
    const authorUrn = `urn:li:person:${author.remoteId}`;
    const thumbnail = post.link?.thumbnail ? await this.uploadImage(accessToken, authorUrn, post.link.thumbnail) : null;
    const image = post.image ? await this.uploadImage(accessToken, authorUrn, post.image) : null;
    const entity = {
      author: authorUrn,
      commentary: escapeLittleText(post.text),
      visibility: 'PUBLIC',
      distribution: { feedDistribution: 'MAIN_FEED', targetEntities: [], thirdPartyDistributionChannels: [] },
      lifecycleState: 'PUBLISHED',
      isReshareDisabledByAuthor: false,
      ...(post.link
        ? {
            content: {
              article: {
                source: post.link.url,
                title: post.link.title,
                ...(post.link.description ? { description: post.link.description } : {}),
                ...(thumbnail ? { thumbnail } : {}),
              },
            },
          }
        : {}),
      ...(image && post.image
        ? { content: { media: { id: image, ...(post.image.altText ? { altText: post.image.altText } : {}) } } }
        : {}),
    };
    const response = await this.call(
      'publish',
      () => this.restli.create({ resourcePath: '/posts', entity, versionString: this.app.version, accessToken }),
      [accessToken],
    );
    const urn = String(response.createdEntityId ?? '');
    if (!urn.startsWith('urn:li:')) {
      // LinkedIn said it created the post but not which one: retrying would post it twice.
      throw new UnknownOutcome('linkedin', 'LinkedIn created the post but did not return its id', response.status);
    }
    return { remoteId: urn, url: `https://www.linkedin.com/feed/update/${urn}/`, publishedAt: this.clock() };
  }

  async delete(accessToken: string, remoteId: string): Promise<void> {
    try {
      await this.restli.delete({
        resourcePath: '/posts/{id}',
        pathKeys: { id: remoteId },
        versionString: this.app.version,
        accessToken,
      });
    } catch (error) {
      const mapped = toLinkedInError(error, 'delete', this.clock(), [accessToken]);
      // Already gone is what we wanted.
      if (mapped.status === 404) return;
      throw mapped;
    }
  }

  async recentPosts(): Promise<RecentPost[]> {
    throw new Rejected(
      'linkedin',
      'Self-serve LinkedIn apps cannot read posts back: listing posts needs the restricted r_member_social scope',
      null,
    );
  }

  async metrics(accessToken: string, remoteIds: string[]): Promise<PostMetrics[]> {
    if (!this.app.metricsScopes) {
      throw new Rejected(
        'linkedin',
        'Reading LinkedIn metrics needs the Community Management API (r_member_postAnalytics)',
        null,
      );
    }
    return Promise.all(remoteIds.map((remoteId) => this.postMetrics(accessToken, remoteId)));
  }

  private async postMetrics(accessToken: string, remoteId: string): Promise<PostMetrics> {
    const entity = remoteId.startsWith('urn:li:ugcPost:') ? { ugc: remoteId } : { share: remoteId };
    const counts = await Promise.all(
      Object.values(METRIC_QUERIES).map(async (queryType) => {
        const response = await this.call(
          'metrics',
          () =>
            this.restli.finder({
              resourcePath: '/memberCreatorPostAnalytics',
              finderName: 'entity',
              queryParams: { entity, queryType, aggregation: 'TOTAL' },
              versionString: this.app.version,
              accessToken,
            }),
          [accessToken],
        );
        const count = (response.data.elements as Array<{ count?: unknown }> | undefined)?.[0]?.count;
        return typeof count === 'number' ? count : null;
      }),
    );
    const [impressions, reactions, comments, reposts] = counts;
    return { remoteId, observedAt: this.clock(), impressions, reactions, comments, reposts, clicks: null };
  }

  /** initializeUpload, then PUT the bytes with the member's token; returns the image urn. */
  private async uploadImage(accessToken: string, owner: string, image: ImageInput): Promise<string> {
    const initialized = await this.call(
      'upload',
      () =>
        this.restli.action({
          resourcePath: '/images',
          actionName: 'initializeUpload',
          data: { initializeUploadRequest: { owner } },
          versionString: this.app.version,
          accessToken,
        }),
      [accessToken],
    );
    const value = initialized.data.value as { uploadUrl?: unknown; image?: unknown };
    const uploadUrl = typeof value?.uploadUrl === 'string' ? new URL(value.uploadUrl) : null;
    if (
      !uploadUrl ||
      uploadUrl.protocol !== 'https:' ||
      !UPLOAD_HOST.test(uploadUrl.hostname) ||
      typeof value.image !== 'string'
    ) {
      throw new Transient('linkedin', 'LinkedIn returned an unexpected image upload target');
    }
    const imageUrn = value.image;
    await this.call(
      'upload',
      () =>
        this.restli.axiosInstance.put(uploadUrl.toString(), Buffer.from(image.bytes), {
          headers: { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/octet-stream' },
        }),
      [accessToken],
    );
    return imageUrn;
  }

  private scopes(): string[] {
    return this.app.metricsScopes ? [...SIGN_IN_AND_SHARE_SCOPES, METRICS_SCOPE] : SIGN_IN_AND_SHARE_SCOPES;
  }

  private authClient(redirectUri?: string): AuthClient {
    return new AuthClient({
      clientId: this.app.clientId,
      clientSecret: this.app.clientSecret,
      redirectUrl: redirectUri,
    });
  }

  private authTransport() {
    return { timeoutMs: this.transport.timeoutMs, ...(this.agent ? { httpsAgent: this.agent } : {}) };
  }

  /** Runs one client call and turns any failure into a port error. */
  private async call<T>(operation: LinkedInOperation, request: () => Promise<T>, secrets: string[] = []): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw toLinkedInError(error, operation, this.clock(), [...secrets, this.app.clientSecret]);
    }
  }
}
