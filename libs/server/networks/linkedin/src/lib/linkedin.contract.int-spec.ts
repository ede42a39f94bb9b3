import {
  AuthExpired,
  Duplicate,
  LinkedInAppConfig,
  NetworkAdapter,
  NetworkProfile,
  RateLimited,
  Rejected,
  TokenSet,
  Transient,
  UnknownOutcome,
} from '@chorus/server/networks/port';
import { SandboxProcess, startSandboxProcess } from '@chorus/server/testing';
import { LinkedInAdapter } from './linkedin-adapter';

const NOW = '2026-09-15T09:00:00.000Z';
const CALLBACK = 'http://127.0.0.1:4200/api/connections/linkedin/callback';
const DEFAULT_APP: LinkedInAppConfig = {
  clientId: 'chorus-sandbox-linkedin',
  clientSecret: 'sandbox-linkedin-secret',
  version: '202609',
  metricsScopes: false,
};
const STANDARD_SCOPES = ['openid', 'profile', 'email', 'w_member_social'];
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(64).fill(0)]);

/**
 * The LinkedIn adapter, with the real linkedin-api-client, against the real sandbox process: what the
 * adapter sends is what the emulation (written from LinkedIn's documentation) accepts, and every failure
 * comes back as the port's typed error.
 */
describe('LinkedIn adapter against the sandbox (contract)', () => {
  let sandbox: SandboxProcess;

  beforeAll(async () => {
    sandbox = await startSandboxProcess();
  }, 30_000);

  afterAll(async () => {
    await sandbox?.stop();
  });

  beforeEach(async () => {
    await sandbox.control.reset();
    await sandbox.control.clock({ now: NOW, frozen: true });
  });

  const adapterFor = (app: Partial<LinkedInAppConfig> = {}, timeoutMs = 5000, port = sandbox.httpPort) =>
    new LinkedInAdapter({ ...DEFAULT_APP, ...app }, { sandboxPort: port, timeoutMs }, () => new Date(NOW));

  /** The whole connect flow: authorization URL, consent page, code exchange, profile. */
  async function connect(
    adapter: NetworkAdapter,
    member?: string,
  ): Promise<{ tokens: TokenSet; profile: NetworkProfile }> {
    const request = adapter.authorizationUrl(CALLBACK);
    const callback = await sandbox.consent(request.url, { member });
    expect(callback.searchParams.get('state')).toBe(request.state);
    const tokens = await adapter.exchangeCode({
      code: callback.searchParams.get('code') as string,
      codeVerifier: null,
      redirectUri: CALLBACK,
    });
    return { tokens, profile: await adapter.profile(tokens.accessToken) };
  }

  describe('connecting', () => {
    it('describes what a self-serve app can do', () => {
      expect(adapterFor().capabilities()).toEqual({
        network: 'linkedin',
        maxLength: 3000,
        lengthCounting: 'characters',
        refreshTokens: false,
        accessTokenTtlDays: 60,
        metrics: false,
        readBack: false,
        revocation: false,
        linkCards: true,
        images: true,
      });
      expect(adapterFor({ metricsScopes: true }).capabilities().metrics).toBeTrue();
      expect(adapterFor({ metricsScopes: true }).capabilities().readBack).toBeFalse();
    });

    it('goes from the authorization URL through consent to tokens and the profile', async () => {
      const adapter = adapterFor();
      const request = adapter.authorizationUrl(CALLBACK);
      const url = new URL(request.url);
      expect(url.origin).toBe('https://www.linkedin.com');
      expect(url.searchParams.get('scope')).toBe(STANDARD_SCOPES.join(','));
      expect(request.codeVerifier).toBeNull();

      const { tokens, profile } = await connect(adapter, 'Jonas Becker');
      expect(tokens).toEqual({
        accessToken: jasmine.any(String),
        accessTokenExpiresAt: new Date(Date.parse(NOW) + 60 * 86_400_000),
        refreshToken: null,
        refreshTokenExpiresAt: null,
        scopes: STANDARD_SCOPES,
      });
      expect(profile).toEqual({
        remoteId: jasmine.any(String),
        handle: 'Jonas Becker',
        name: 'Jonas Becker',
        avatarUrl: jasmine.stringMatching(/^https:/),
      });
    });

    it('refuses a code used twice, and refuses redirect URIs the client cannot encode', async () => {
      const adapter = adapterFor();
      const callback = await sandbox.consent(adapter.authorizationUrl(CALLBACK).url);
      const code = callback.searchParams.get('code') as string;
      await adapter.exchangeCode({ code, codeVerifier: null, redirectUri: CALLBACK });
      await expectAsync(adapter.exchangeCode({ code, codeVerifier: null, redirectUri: CALLBACK })).toBeRejectedWith(
        jasmine.any(Rejected),
      );
      expect(() => adapter.authorizationUrl(`${CALLBACK}?next=/home`)).toThrowError(Rejected);
    });

    it('reports a cancelled consent in the callback', async () => {
      const callback = await sandbox.consent(adapterFor().authorizationUrl(CALLBACK).url, { decision: 'cancel' });
      expect(callback.searchParams.get('error')).toBe('user_cancelled_authorize');
    });

    it('has no refresh for self-serve apps, and nothing to revoke', async () => {
      const adapter: NetworkAdapter = adapterFor();
      await expectAsync(adapter.refresh('anything')).toBeRejectedWith(jasmine.any(Rejected));
      const { tokens } = await connect(adapter);
      await expectAsync(adapter.revoke(tokens)).toBeResolved();
    });
  });

  describe('publishing', () => {
    let adapter: LinkedInAdapter;
    let token: string;
    let author: NetworkProfile;

    beforeEach(async () => {
      adapter = adapterFor();
      ({
        tokens: { accessToken: token },
        profile: author,
      } = await connect(adapter));
    });

    it('posts text whose reserved characters and hashtags arrive intact', async () => {
      const text =
        'Q3 results (final) are in! 50% growth <3 [draft] {ok} *wow* _nice_ ~tilde~ a|b C:\\path #Chorus #growth2026 @home';
      const published = await adapter.publish(token, author, { text });
      expect(published.remoteId).toMatch(/^urn:li:share:\d+$/);
      expect(published.url).toBe(`https://www.linkedin.com/feed/update/${published.remoteId}/`);
      expect(published.publishedAt.toISOString()).toBe(NOW);
      const [post] = await sandbox.control.posts('linkedin');
      expect(post.id).toBe(published.remoteId);
      expect(post.truncated).toBeFalse();
      expect(post.renderedText).toBe(text);
      expect(post.hashtags).toEqual(['Chorus', 'growth2026']);
      expect(post.rawText).toContain('\\(final\\)');
    });

    it('keeps a mention as markup', async () => {
      await adapter.publish(token, author, {
        text: `Thanks @[Ada Advocate](urn:li:person:${author.remoteId}) for this!`,
      });
      const [post] = await sandbox.control.posts('linkedin');
      expect(post.renderedText).toBe('Thanks Ada Advocate for this!');
    });

    it('posts a link card with title, description and an uploaded thumbnail', async () => {
      await adapter.publish(token, author, {
        text: 'Our new report',
        link: {
          url: 'https://chorus.test/report',
          title: 'The report',
          description: 'All of it',
          thumbnail: { bytes: PNG, contentType: 'image/png' },
        },
      });
      const [post] = await sandbox.control.posts('linkedin');
      expect(post.link).toEqual({
        url: 'https://chorus.test/report',
        title: 'The report',
        description: 'All of it',
        thumbnail: jasmine.stringMatching(/^urn:li:image:/),
      });
    });

    it('posts an image', async () => {
      await adapter.publish(token, author, {
        text: 'A picture',
        image: { bytes: PNG, contentType: 'image/png', altText: 'Nothing' },
      });
      const [post] = await sandbox.control.posts('linkedin');
      expect(post.mediaIds).toEqual([jasmine.stringMatching(/^urn:li:image:/)]);
    });

    it('deletes, and deleting again still succeeds', async () => {
      const published = await adapter.publish(token, author, { text: 'Short-lived' });
      await adapter.delete(token, published.remoteId);
      await adapter.delete(token, published.remoteId);
      const [post] = await sandbox.control.posts('linkedin');
      expect(post.deletedAt).toBe(NOW);
    });
  });

  describe('reading posts back', () => {
    it('is refused: self-serve apps cannot list a member’s posts', async () => {
      const adapter: NetworkAdapter = adapterFor();
      const { tokens, profile } = await connect(adapter);
      await adapter.publish(tokens.accessToken, profile, { text: 'Cannot be listed' });
      const error = await adapter
        .recentPosts(tokens.accessToken, profile, new Date(Date.parse(NOW) - 60_000))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Rejected);
      expect((error as Rejected).reason).toContain('cannot read posts back');
    });
  });

  describe('metrics', () => {
    it('are refused without the Community Management scopes', async () => {
      const adapter = adapterFor();
      const { tokens, profile } = await connect(adapter);
      const published = await adapter.publish(tokens.accessToken, profile, { text: 'No numbers' });
      await expectAsync(adapter.metrics(tokens.accessToken, [published.remoteId])).toBeRejectedWith(
        jasmine.any(Rejected),
      );
    });

    it('come back, growing with the post age, when the app has the scopes', async () => {
      await sandbox.control.seed({
        linkedin: {
          apps: [
            {
              clientId: 'chorus-cm',
              clientSecret: 'cm-secret',
              scopes: [...STANDARD_SCOPES, 'r_member_postAnalytics'],
            },
          ],
        },
      });
      const adapter = adapterFor({ clientId: 'chorus-cm', clientSecret: 'cm-secret', metricsScopes: true });
      const { tokens, profile } = await connect(adapter);
      expect(tokens.scopes).toContain('r_member_postAnalytics');
      const published = await adapter.publish(tokens.accessToken, profile, { text: 'Numbers please' });
      const [fresh] = await adapter.metrics(tokens.accessToken, [published.remoteId]);
      expect(fresh).toEqual(jasmine.objectContaining({ remoteId: published.remoteId, impressions: 0, clicks: null }));
      await sandbox.control.clock({ advanceSeconds: 86_400 });
      const [dayLater] = await adapter.metrics(tokens.accessToken, [published.remoteId]);
      expect(dayLater.impressions).toBeGreaterThan(300);
      expect(dayLater.reactions).toBeGreaterThan(0);
      expect(dayLater.comments).toBeGreaterThanOrEqual(0);
      expect(dayLater.reposts).toBeGreaterThanOrEqual(0);
    });
  });

  describe('typed errors', () => {
    let adapter: LinkedInAdapter;
    let token: string;
    let author: NetworkProfile;

    beforeEach(async () => {
      adapter = adapterFor({}, 1000);
      ({
        tokens: { accessToken: token },
        profile: author,
      } = await connect(adapter));
    });

    it('429 → RateLimited until midnight UTC', async () => {
      await sandbox.control.seed({ linkedin: { apps: [{ ...DEFAULT_APP, quotas: { memberPostsPerDay: 1 } }] } });
      await adapter.publish(token, author, { text: 'first' });
      const error = await adapter.publish(token, author, { text: 'second' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RateLimited);
      expect((error as RateLimited).resetAt.toISOString()).toBe('2026-09-16T00:00:00.000Z');
    });

    it('401 after expiry → AuthExpired', async () => {
      await sandbox.control.clock({ advanceSeconds: 61 * 86_400 });
      await expectAsync(adapter.profile(token)).toBeRejectedWith(jasmine.any(AuthExpired));
      await expectAsync(adapter.publish(token, author, { text: 'too late' })).toBeRejectedWith(
        jasmine.any(AuthExpired),
      );
    });

    it('422 duplicate → Duplicate with the existing post', async () => {
      const first = await adapter.publish(token, author, { text: 'Same again' });
      const error = await adapter.publish(token, author, { text: 'Same again' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Duplicate);
      expect((error as Duplicate).existingRemoteId).toBe(first.remoteId);
    });

    it('422 over 3000 characters → Rejected naming the field', async () => {
      const error = await adapter.publish(token, author, { text: 'x'.repeat(3001) }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Rejected);
      expect((error as Rejected).status).toBe(422);
      expect((error as Rejected).field).toBe('/commentary');
      expect((error as Rejected).reason).toContain('FIELD_LENGTH_TOO_LONG');
    });

    it('426 retired version → Rejected with LinkedIn’s reason', async () => {
      const retired = adapterFor({ version: '202401' });
      const error = await retired.publish(token, author, { text: 'old API' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Rejected);
      expect((error as Rejected).status).toBe(426);
      expect((error as Rejected).reason).toContain('202401');
    });

    it('5xx → Transient', async () => {
      await sandbox.control.failNext({ network: 'linkedin', method: 'POST', path: '/rest/posts', status: 503 });
      await expectAsync(adapter.publish(token, author, { text: 'down' })).toBeRejectedWith(jasmine.any(Transient));
      expect(await sandbox.control.posts('linkedin')).toEqual([]);
    });

    it('no answer within the timeout on publish → UnknownOutcome', async () => {
      await sandbox.control.failNext({ network: 'linkedin', method: 'POST', path: '/rest/posts', mode: 'hang' });
      const started = Date.now();
      await expectAsync(adapter.publish(token, author, { text: 'hanging' })).toBeRejectedWith(
        jasmine.any(UnknownOutcome),
      );
      expect(Date.now() - started).toBeLessThan(3000);
    });

    it('connection dropped after LinkedIn committed → UnknownOutcome, and the post exists', async () => {
      await sandbox.control.failNext({
        network: 'linkedin',
        method: 'POST',
        path: '/rest/posts',
        mode: 'drop-after-commit',
      });
      await expectAsync(adapter.publish(token, author, { text: 'committed' })).toBeRejectedWith(
        jasmine.any(UnknownOutcome),
      );
      const posts = await sandbox.control.posts('linkedin');
      expect(posts.map((post) => post.renderedText)).toEqual(['committed']);
    });

    it('nothing listening → Transient, also for publish', async () => {
      const nowhere = adapterFor({}, 1000, 1);
      await expectAsync(nowhere.publish(token, author, { text: 'lost' })).toBeRejectedWith(jasmine.any(Transient));
    });

    it('never puts the token into an error', async () => {
      await sandbox.control.clock({ advanceSeconds: 61 * 86_400 });
      const error = (await adapter.publish(token, author, { text: 'x' }).catch((e: unknown) => e)) as Error;
      expect(`${error.message} ${error.stack} ${JSON.stringify(error)}`).not.toContain(token);
    });
  });
});
