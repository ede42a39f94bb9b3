import {
  AuthExpired,
  Duplicate,
  NetworkProfile,
  RateLimited,
  Rejected,
  TokenSet,
  Transient,
  UnknownOutcome,
  XAppConfig,
} from '@chorus/server/networks/port';
import { SandboxProcess, startSandboxProcess } from '@chorus/server/testing';
import { XAdapter } from './x-adapter';

const NOW = '2026-09-15T09:00:00.000Z';
const CALLBACK = 'http://127.0.0.1:4200/api/connections/x/callback';
const APP: XAppConfig = { clientId: 'chorus-sandbox-x', clientSecret: 'sandbox-x-secret' };
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(64).fill(7)]);

/**
 * The X adapter, with the real twitter-api-v2 client, against the real sandbox process: what the
 * adapter sends is what the emulation (written from X's documentation) accepts, and every failure comes
 * back as the port's typed error.
 */
describe('X adapter against the sandbox (contract)', () => {
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

  const adapterFor = (timeoutMs = 5000, port = sandbox.httpPort) =>
    new XAdapter(APP, { sandboxPort: port, timeoutMs }, () => new Date(NOW));

  async function connect(adapter: XAdapter, member?: string): Promise<{ tokens: TokenSet; profile: NetworkProfile }> {
    const request = adapter.authorizationUrl(CALLBACK);
    const callback = await sandbox.consent(request.url, { member });
    expect(callback.searchParams.get('state')).toBe(request.state);
    const tokens = await adapter.exchangeCode({
      code: callback.searchParams.get('code') as string,
      codeVerifier: request.codeVerifier,
      redirectUri: CALLBACK,
    });
    return { tokens, profile: await adapter.profile(tokens.accessToken) };
  }

  describe('connecting', () => {
    it('describes what X can do', () => {
      expect(adapterFor().capabilities()).toEqual({
        network: 'x',
        maxLength: 280,
        lengthCounting: 'x-weighted',
        refreshTokens: true,
        accessTokenTtlDays: 2 / 24,
        metrics: true,
        readBack: true,
        revocation: true,
        linkCards: true,
        images: true,
      });
    });

    it('goes from the authorization URL (PKCE) through consent to tokens and the profile', async () => {
      const adapter = adapterFor();
      const request = adapter.authorizationUrl(CALLBACK);
      const url = new URL(request.url);
      expect(url.origin + url.pathname).toBe('https://x.com/i/oauth2/authorize');
      expect(url.searchParams.get('code_challenge_method')).toBe('s256');
      expect(url.searchParams.get('scope')).toBe('tweet.read tweet.write users.read offline.access media.write');
      expect(request.codeVerifier).toBeTruthy();

      const { tokens, profile } = await connect(adapter, 'Mira Okafor');
      expect(tokens).toEqual({
        accessToken: jasmine.any(String),
        accessTokenExpiresAt: new Date(Date.parse(NOW) + 7200_000),
        refreshToken: jasmine.any(String),
        refreshTokenExpiresAt: null,
        scopes: ['tweet.read', 'tweet.write', 'users.read', 'offline.access', 'media.write'],
      });
      expect(profile).toEqual({
        remoteId: jasmine.stringMatching(/^\d+$/),
        handle: '@mira_okafor',
        name: 'Mira Okafor',
        avatarUrl: jasmine.stringMatching(/^https:/),
      });
    });

    it('refuses a wrong code verifier', async () => {
      const adapter = adapterFor();
      const callback = await sandbox.consent(adapter.authorizationUrl(CALLBACK).url);
      const other = adapter.authorizationUrl(CALLBACK);
      await expectAsync(
        adapter.exchangeCode({
          code: callback.searchParams.get('code') as string,
          codeVerifier: other.codeVerifier,
          redirectUri: CALLBACK,
        }),
      ).toBeRejectedWith(jasmine.any(Rejected));
    });

    it('reports a denied consent in the callback', async () => {
      const callback = await sandbox.consent(adapterFor().authorizationUrl(CALLBACK).url, { decision: 'cancel' });
      expect(callback.searchParams.get('error')).toBe('access_denied');
    });

    it('refreshes with rotation, and a reused refresh token → AuthExpired', async () => {
      const adapter = adapterFor();
      const { tokens } = await connect(adapter);
      const rotated = await adapter.refresh(tokens.refreshToken as string);
      expect(rotated.refreshToken).toBeTruthy();
      expect(rotated.refreshToken).not.toBe(tokens.refreshToken);
      expect(rotated.accessToken).not.toBe(tokens.accessToken);
      expect((await adapter.profile(rotated.accessToken)).name).toBe('Ada Advocate');
      await expectAsync(adapter.refresh(tokens.refreshToken as string)).toBeRejectedWith(jasmine.any(AuthExpired));
      await expectAsync(adapter.refresh(rotated.refreshToken as string)).toBeResolved();
    });

    it('revokes the tokens', async () => {
      const adapter = adapterFor();
      const { tokens } = await connect(adapter);
      await adapter.revoke(tokens);
      await expectAsync(adapter.profile(tokens.accessToken)).toBeRejectedWith(jasmine.any(AuthExpired));
      await expectAsync(adapter.refresh(tokens.refreshToken as string)).toBeRejectedWith(jasmine.any(AuthExpired));
    });
  });

  describe('publishing', () => {
    let adapter: XAdapter;
    let token: string;
    let author: NetworkProfile;

    beforeEach(async () => {
      adapter = adapterFor();
      ({
        tokens: { accessToken: token },
        profile: author,
      } = await connect(adapter));
    });

    it('posts text with the link card as a URL in the text, stored as t.co', async () => {
      const published = await adapter.publish(token, author, {
        text: 'Our report is out #Chorus',
        link: { url: 'https://chorus.test/report', title: 'ignored on X' },
      });
      expect(published.remoteId).toMatch(/^\d+$/);
      expect(published.url).toBe(`https://x.com/ada_advocate/status/${published.remoteId}`);
      const [post] = await sandbox.control.posts('x');
      expect(post.rawText).toBe('Our report is out #Chorus https://chorus.test/report');
      expect(post.renderedText).toMatch(/^Our report is out #Chorus https:\/\/t\.co\/\w{10}$/);
      expect(post.link?.url).toBe('https://chorus.test/report');
    });

    it('does not repeat a link the text already has', async () => {
      await adapter.publish(token, author, {
        text: 'Read https://chorus.test/a now',
        link: { url: 'https://chorus.test/a', title: 't' },
      });
      const [post] = await sandbox.control.posts('x');
      expect(post.rawText).toBe('Read https://chorus.test/a now');
    });

    it('posts an image through media upload v2', async () => {
      await adapter.publish(token, author, {
        text: 'A picture',
        image: { bytes: PNG, contentType: 'image/png', altText: 'Seven' },
      });
      const [post] = await sandbox.control.posts('x');
      expect(post.mediaIds.length).toBe(1);
    });

    it('deletes, and deleting again still succeeds', async () => {
      const published = await adapter.publish(token, author, { text: 'Short-lived' });
      await adapter.delete(token, published.remoteId);
      await adapter.delete(token, published.remoteId);
      const [post] = await sandbox.control.posts('x');
      expect(post.deletedAt).toBe(NOW);
    });
  });

  describe('reading posts back', () => {
    let adapter: XAdapter;
    let token: string;
    let author: NetworkProfile;

    beforeEach(async () => {
      adapter = adapterFor();
      ({
        tokens: { accessToken: token },
        profile: author,
      } = await connect(adapter));
    });

    it('finds a published post by its unique link, with the id and URL publish returned', async () => {
      const tracked = 'https://go.chorus.test/l/k7Qz2Xw9';
      const published = await adapter.publish(token, author, {
        text: 'Our report is out',
        link: { url: tracked, title: 'ignored on X' },
      });
      await adapter.publish(token, author, { text: 'Another one https://chorus.test/other' });

      const posts = await adapter.recentPosts(token, author, new Date(NOW));
      const found = posts.filter((post) => post.links.includes(tracked));
      expect(found.length).toBe(1);
      expect(found[0]).toEqual({
        remoteId: published.remoteId,
        url: published.url,
        text: jasmine.stringMatching(/^Our report is out https:\/\/t\.co\/\w{10}$/),
        links: [tracked],
        createdAt: new Date(NOW),
      });
      // Newest first.
      expect(posts.map((post) => post.links)).toEqual([['https://chorus.test/other'], [tracked]]);
    });

    it('lists only posts made at or after `since`, and leaves deleted posts out', async () => {
      await adapter.publish(token, author, { text: 'Before https://chorus.test/l/before' });
      await sandbox.control.clock({ advanceSeconds: 120 });
      const since = new Date(Date.parse(NOW) + 120_000);
      const kept = await adapter.publish(token, author, { text: 'After https://chorus.test/l/after' });
      const gone = await adapter.publish(token, author, { text: 'Deleted https://chorus.test/l/gone' });
      await adapter.delete(token, gone.remoteId);
      await sandbox.control.clock({ advanceSeconds: 60 });
      const later = await adapter.publish(token, author, { text: 'Later, no link' });

      const posts = await adapter.recentPosts(token, author, since);
      expect(posts.map((post) => post.remoteId)).toEqual([later.remoteId, kept.remoteId]);
      expect(posts[0].links).toEqual([]);
      expect(posts[1].links).toEqual(['https://chorus.test/l/after']);
      expect(posts[1].createdAt).toEqual(since);
      expect(await adapter.recentPosts(token, author, new Date(Date.parse(NOW) + 3600_000))).toEqual([]);
    });

    it('lists only the author’s own posts', async () => {
      const jonas = await connect(adapter, 'Jonas Becker');
      await adapter.publish(jonas.tokens.accessToken, jonas.profile, { text: 'Not Ada’s https://chorus.test/l/j' });
      expect(await adapter.recentPosts(token, author, new Date(NOW))).toEqual([]);
    });

    it('429 → RateLimited with the reset, 401 → AuthExpired', async () => {
      await sandbox.control.seed({ x: { rateLimits: { 'GET /2/users/:id/tweets': { perUser: { limit: 1 } } } } });
      await adapter.recentPosts(token, author, new Date(NOW));
      const error = await adapter.recentPosts(token, author, new Date(NOW)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RateLimited);
      expect((error as RateLimited).resetAt.toISOString()).toBe('2026-09-15T09:15:00.000Z');

      await sandbox.control.clock({ advanceSeconds: 7201 });
      await expectAsync(adapter.recentPosts(token, author, new Date(NOW))).toBeRejectedWith(jasmine.any(AuthExpired));
    });

    it('5xx → Transient, also when X does not answer', async () => {
      await sandbox.control.failNext({
        network: 'x',
        method: 'GET',
        path: `/2/users/${author.remoteId}/tweets`,
        status: 503,
      });
      await expectAsync(adapter.recentPosts(token, author, new Date(NOW))).toBeRejectedWith(jasmine.any(Transient));
      await sandbox.control.failNext({ network: 'x', method: 'GET', path: '/2/users/', mode: 'hang' });
      await expectAsync(adapterFor(1000).recentPosts(token, author, new Date(NOW))).toBeRejectedWith(
        jasmine.any(Transient),
      );
    });
  });

  describe('metrics', () => {
    it('reads public and private metrics of own posts, public ones of others, and skips deleted posts', async () => {
      const adapter = adapterFor();
      const ada = await connect(adapter);
      const jonas = await connect(adapter, 'Jonas Becker');
      const own = await adapter.publish(ada.tokens.accessToken, ada.profile, { text: 'Mine' });
      const theirs = await adapter.publish(jonas.tokens.accessToken, jonas.profile, { text: 'Theirs' });
      const gone = await adapter.publish(ada.tokens.accessToken, ada.profile, { text: 'Gone' });
      await adapter.delete(ada.tokens.accessToken, gone.remoteId);
      await sandbox.control.clock({ advanceSeconds: 3600 });

      const metrics = await adapter.metrics(ada.tokens.accessToken, [own.remoteId, theirs.remoteId, gone.remoteId]);
      expect(metrics.map((m) => m.remoteId)).toEqual([own.remoteId, theirs.remoteId]);
      const [mine, other] = metrics;
      expect(mine.impressions).toBeGreaterThan(0);
      expect(mine.clicks).not.toBeNull();
      expect(mine.reactions).not.toBeNull();
      expect(other.impressions).toBeGreaterThan(0);
      expect(other.clicks).toBeNull();
    });
  });

  describe('typed errors', () => {
    let adapter: XAdapter;
    let token: string;
    let author: NetworkProfile;

    beforeEach(async () => {
      adapter = adapterFor(1000);
      ({
        tokens: { accessToken: token },
        profile: author,
      } = await connect(adapter));
    });

    it('429 → RateLimited until the window resets', async () => {
      await sandbox.control.seed({ x: { rateLimits: { 'POST /2/tweets': { perUser: { limit: 1 } } } } });
      await adapter.publish(token, author, { text: 'first' });
      const error = await adapter.publish(token, author, { text: 'second' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RateLimited);
      expect((error as RateLimited).resetAt.toISOString()).toBe('2026-09-15T09:15:00.000Z');
    });

    it('401 after expiry → AuthExpired', async () => {
      await sandbox.control.clock({ advanceSeconds: 7201 });
      await expectAsync(adapter.publish(token, author, { text: 'too late' })).toBeRejectedWith(
        jasmine.any(AuthExpired),
      );
    });

    it('403 duplicate → Duplicate', async () => {
      await adapter.publish(token, author, { text: 'Same again' });
      await expectAsync(adapter.publish(token, author, { text: 'Same again' })).toBeRejectedWith(
        jasmine.any(Duplicate),
      );
    });

    it('over 280 weighted characters → Rejected', async () => {
      await adapter.publish(token, author, { text: '日'.repeat(140) });
      const error = await adapter.publish(token, author, { text: '語'.repeat(141) }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Rejected);
      expect((error as Rejected).reason).toContain('too long');
    });

    it('5xx → Transient', async () => {
      await sandbox.control.failNext({ network: 'x', method: 'POST', path: '/2/tweets', status: 502 });
      await expectAsync(adapter.publish(token, author, { text: 'down' })).toBeRejectedWith(jasmine.any(Transient));
    });

    it('no answer within the timeout on publish → UnknownOutcome', async () => {
      await sandbox.control.failNext({ network: 'x', method: 'POST', path: '/2/tweets', mode: 'hang' });
      const started = Date.now();
      await expectAsync(adapter.publish(token, author, { text: 'hanging' })).toBeRejectedWith(
        jasmine.any(UnknownOutcome),
      );
      expect(Date.now() - started).toBeLessThan(3000);
    });

    it('connection dropped after X committed → UnknownOutcome, and the post exists', async () => {
      await sandbox.control.failNext({ network: 'x', method: 'POST', path: '/2/tweets', mode: 'drop-after-commit' });
      await expectAsync(adapter.publish(token, author, { text: 'committed' })).toBeRejectedWith(
        jasmine.any(UnknownOutcome),
      );
      expect((await sandbox.control.posts('x')).map((post) => post.rawText)).toEqual(['committed']);
    });

    it('nothing listening → Transient, also for publish', async () => {
      await expectAsync(adapterFor(1000, 1).publish(token, author, { text: 'lost' })).toBeRejectedWith(
        jasmine.any(Transient),
      );
    });

    it('never puts the token into an error', async () => {
      await sandbox.control.clock({ advanceSeconds: 7201 });
      const error = (await adapter.publish(token, author, { text: 'x' }).catch((e: unknown) => e)) as Error;
      expect(`${error.message} ${error.stack} ${JSON.stringify(error)}`).not.toContain(token);
    });
  });
});
