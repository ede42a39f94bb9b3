import {
  form,
  inProcessSandbox,
  InProcessSandbox,
  LINKEDIN_APP,
  linkedInConsent,
  linkedInToken,
  REDIRECT_URI,
} from '../testing/in-process-sandbox';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32)]);

describe('LinkedIn emulation (HTTP)', () => {
  let sandbox: InProcessSandbox;
  let version: string;

  beforeEach(() => {
    sandbox = inProcessSandbox();
    sandbox.clock.freeze(true);
    sandbox.clock.set(new Date('2026-09-15T09:00:00Z'));
    version = '202609';
  });

  afterEach(async () => {
    await sandbox.close();
  });

  const api = (
    method: 'GET' | 'POST' | 'DELETE',
    url: string,
    token: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) =>
    sandbox.request('api.linkedin.com', {
      method,
      url,
      headers: {
        authorization: `Bearer ${token}`,
        'linkedin-version': version,
        'x-restli-protocol-version': '2.0.0',
        'content-type': 'application/json',
        ...headers,
      },
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
    });

  const firstSub = () => [...sandbox.linkedin.members.keys()][0];
  const postBody = (commentary: string, extra: Record<string, unknown> = {}) => ({
    author: `urn:li:person:${firstSub()}`,
    commentary,
    visibility: 'PUBLIC',
    distribution: { feedDistribution: 'MAIN_FEED', targetEntities: [], thirdPartyDistributionChannels: [] },
    lifecycleState: 'PUBLISHED',
    isReshareDisabledByAuthor: false,
    ...extra,
  });

  describe('authorization', () => {
    it('renders a consent page with the seeded members and Allow / Cancel', async () => {
      const url = `/oauth/v2/authorization?response_type=code&client_id=${LINKEDIN_APP.clientId}&redirect_uri=${REDIRECT_URI}&scope=openid,profile,w_member_social&state=s`;
      const page = await sandbox.request('www.linkedin.com', { method: 'GET', url });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.body).toContain('Sandbox LinkedIn — Allow Chorus to');
      expect(page.body).toContain('>Ada Advocate</option>');
      expect(page.body).toContain('>Jonas Becker</option>');
      expect(page.body).toContain('>Allow</button>');
      expect(page.body).toContain('>Cancel</button>');
    });

    it('redirects back with code and state on Allow, and with user_cancelled_authorize on Cancel', async () => {
      const allowed = await linkedInConsent(sandbox, { state: 'abc' });
      expect(allowed.get('code')).toMatch(/^[\w-]{20,}$/);
      expect(allowed.get('state')).toBe('abc');
      const cancelled = await linkedInConsent(sandbox, { decision: 'cancel', state: 'xyz' });
      expect(cancelled.get('error')).toBe('user_cancelled_authorize');
      expect(cancelled.get('state')).toBe('xyz');
      expect(cancelled.get('code')).toBeNull();
    });

    it('creates a member typed on the consent page', async () => {
      const token = await linkedInToken(sandbox, { member: firstSub() });
      expect(token.access_token).toBeTruthy();
      await linkedInConsent(sandbox, { newMemberName: 'Zoë New' });
      expect([...sandbox.linkedin.members.values()].map((m) => m.name)).toContain('Zoë New');
    });

    it('shows an error page, not a redirect, for an unknown client or redirect URI', async () => {
      const unknown = await sandbox.request('www.linkedin.com', {
        method: 'GET',
        url: `/oauth/v2/authorization?response_type=code&client_id=nope&redirect_uri=${REDIRECT_URI}&scope=openid`,
      });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.headers.location).toBeUndefined();
      sandbox.linkedin.seed({ apps: [{ ...LINKEDIN_APP, redirectUris: ['http://localhost:4200/cb'] }] });
      const mismatch = await sandbox.request('www.linkedin.com', {
        method: 'GET',
        url: `/oauth/v2/authorization?response_type=code&client_id=${LINKEDIN_APP.clientId}&redirect_uri=http://localhost:4200/other&scope=openid`,
      });
      expect(mismatch.statusCode).toBe(400);
      expect(mismatch.body).toContain('redirect_uri');
    });

    it('refuses scopes the app has no product for, and states over 500 characters', async () => {
      const url = (scope: string, state = 's') =>
        `/oauth/v2/authorization?response_type=code&client_id=${LINKEDIN_APP.clientId}&redirect_uri=${REDIRECT_URI}&scope=${scope}&state=${state}`;
      const refused = await sandbox.request('www.linkedin.com', {
        method: 'GET',
        url: url('openid,r_member_postAnalytics'),
      });
      expect(refused.statusCode).toBe(302);
      expect(new URL(String(refused.headers.location)).searchParams.get('error')).toBe('unauthorized_scope_error');
      const long = await sandbox.request('www.linkedin.com', { method: 'GET', url: url('openid', 'x'.repeat(501)) });
      expect(new URL(String(long.headers.location)).searchParams.get('error')).toBe('invalid_request');
    });
  });

  describe('accessToken', () => {
    const exchange = (values: Record<string, string>) =>
      sandbox.request('www.linkedin.com', { method: 'POST', url: '/oauth/v2/accessToken', ...form(values) });
    const codeGrant = (code: string, extra: Record<string, string> = {}) => ({
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
      client_id: LINKEDIN_APP.clientId,
      client_secret: LINKEDIN_APP.clientSecret,
      ...extra,
    });

    it('exchanges a code once, for a 60-day token without refresh token', async () => {
      const code = (await linkedInConsent(sandbox)).get('code') as string;
      const first = await exchange(codeGrant(code));
      expect(first.statusCode).toBe(200);
      expect(first.headers['content-type']).toContain('application/json');
      expect(first.json()).toEqual({
        access_token: jasmine.any(String),
        expires_in: 5_184_000,
        scope: 'openid,profile,email,w_member_social',
        token_type: 'Bearer',
      });
      const again = await exchange(codeGrant(code));
      expect(again.statusCode).toBe(400);
      expect(again.json().error).toBe('invalid_request');
    });

    it('refuses a wrong secret, another redirect URI and an expired code', async () => {
      const code = (await linkedInConsent(sandbox)).get('code') as string;
      expect((await exchange(codeGrant(code, { client_secret: 'wrong' }))).statusCode).toBe(401);
      const other = (await linkedInConsent(sandbox)).get('code') as string;
      expect((await exchange(codeGrant(other, { redirect_uri: 'http://127.0.0.1:1/else' }))).statusCode).toBe(400);
      const late = (await linkedInConsent(sandbox)).get('code') as string;
      sandbox.clock.advance(31 * 60);
      expect((await exchange(codeGrant(late))).statusCode).toBe(400);
    });

    it('refreshes only for refresh-enabled apps, keeping the refresh token and its expiry', async () => {
      const self = await linkedInToken(sandbox);
      const refused = await exchange({
        grant_type: 'refresh_token',
        refresh_token: 'anything',
        client_id: LINKEDIN_APP.clientId,
        client_secret: LINKEDIN_APP.clientSecret,
      });
      expect(refused.statusCode).toBe(400);
      expect(self.refresh_token).toBeUndefined();

      sandbox.linkedin.seed({ apps: [{ clientId: 'partner', clientSecret: 'partner-secret', refreshTokens: true }] });
      const partner = await linkedInToken(sandbox, { clientId: 'partner', clientSecret: 'partner-secret' });
      expect(partner.refresh_token).toBeTruthy();
      sandbox.clock.advance(86_400);
      const refreshed = await exchange({
        grant_type: 'refresh_token',
        refresh_token: partner.refresh_token as string,
        client_id: 'partner',
        client_secret: 'partner-secret',
      });
      expect(refreshed.statusCode).toBe(200);
      expect(refreshed.json().refresh_token).toBe(partner.refresh_token);
      expect(refreshed.json().refresh_token_expires_in).toBe(31_536_000 - 86_400);
      expect(refreshed.json().access_token).not.toBe(partner.access_token);
    });

    it('introspects tokens: active, then expired', async () => {
      const token = await linkedInToken(sandbox);
      const introspect = () =>
        sandbox.request('www.linkedin.com', {
          method: 'POST',
          url: '/oauth/v2/introspectToken',
          ...form({
            client_id: LINKEDIN_APP.clientId,
            client_secret: LINKEDIN_APP.clientSecret,
            token: token.access_token,
          }),
        });
      expect((await introspect()).json()).toEqual(
        jasmine.objectContaining({ active: true, status: 'active', auth_type: '3L' }),
      );
      sandbox.clock.advance(5_184_001);
      expect((await introspect()).json()).toEqual(jasmine.objectContaining({ active: false, status: 'expired' }));
    });
  });

  describe('userinfo', () => {
    it('returns the member of the token', async () => {
      const token = await linkedInToken(sandbox);
      const response = await sandbox.request('api.linkedin.com', {
        method: 'GET',
        url: '/v2/userinfo',
        headers: { authorization: `Bearer ${token.access_token}` },
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual(
        jasmine.objectContaining({
          sub: firstSub(),
          name: 'Ada Advocate',
          given_name: 'Ada',
          family_name: 'Advocate',
          email_verified: true,
        }),
      );
    });

    it('answers 401 with LinkedIn codes for unknown and expired tokens', async () => {
      const unknown = await sandbox.request('api.linkedin.com', {
        method: 'GET',
        url: '/v2/userinfo',
        headers: { authorization: 'Bearer nope' },
      });
      expect(unknown.statusCode).toBe(401);
      expect(unknown.json()).toEqual({
        status: 401,
        serviceErrorCode: 65600,
        code: 'INVALID_ACCESS_TOKEN',
        message: 'Invalid access token',
      });
      const token = await linkedInToken(sandbox);
      sandbox.clock.advance(61 * 86_400);
      const expired = await sandbox.request('api.linkedin.com', {
        method: 'GET',
        url: '/v2/userinfo',
        headers: { authorization: `Bearer ${token.access_token}` },
      });
      expect(expired.statusCode).toBe(401);
      expect(expired.json().code).toBe('EXPIRED_ACCESS_TOKEN');
    });
  });

  describe('posts', () => {
    let token: string;

    beforeEach(async () => {
      token = (await linkedInToken(sandbox)).access_token;
    });

    it('creates a post: 201, empty body, the urn in x-restli-id, raw and rendered text kept', async () => {
      const commentary = 'Hello \\(world\\) #Chorus @[Ada Advocate](urn:li:person:abc) 50\\% \\_done\\_';
      const response = await api('POST', '/rest/posts', token, postBody(commentary));
      expect(response.statusCode).toBe(201);
      expect(response.body).toBe('');
      const urn = String(response.headers['x-restli-id']);
      expect(urn).toMatch(/^urn:li:share:\d+$/);
      const post = sandbox.linkedin.posts.get(urn);
      expect(post?.commentary).toBe(commentary);
      expect(post?.rendering.text).toBe('Hello (world) #Chorus Ada Advocate 50% _done_');
      expect(post?.rendering.truncated).toBeFalse();
    });

    it('keeps unescaped text but renders it cut at the first reserved character', async () => {
      const response = await api('POST', '/rest/posts', token, postBody('Great (really) news'));
      expect(response.statusCode).toBe(201);
      const post = sandbox.linkedin.posts.get(String(response.headers['x-restli-id']));
      expect(post?.rendering).toEqual(jasmine.objectContaining({ text: 'Great ', truncated: true }));
    });

    it('checks the version and protocol headers', async () => {
      expect((await api('POST', '/rest/posts', token, postBody('a'), { 'linkedin-version': '' })).statusCode).toBe(400);
      const retired = await api('POST', '/rest/posts', token, postBody('a'), { 'linkedin-version': '202508' });
      expect(retired.statusCode).toBe(426);
      expect(retired.json()).toEqual(jasmine.objectContaining({ status: 426, code: 'NONEXISTENT_VERSION' }));
      expect(
        (await api('POST', '/rest/posts', token, postBody('a'), { 'linkedin-version': '202510' })).statusCode,
      ).toBe(201);
      expect(
        (await api('POST', '/rest/posts', token, postBody('b'), { 'x-restli-protocol-version': '1.0.0' })).statusCode,
      ).toBe(400);
      sandbox.linkedin.seed({ versions: ['202601'] });
      expect((await api('POST', '/rest/posts', token, postBody('c'))).statusCode).toBe(426);
    });

    it('refuses another author (403), bad enums and over-long commentary (422)', async () => {
      const other = await api('POST', '/rest/posts', token, postBody('x', { author: 'urn:li:person:someoneElse' }));
      expect(other.statusCode).toBe(403);
      const badEnum = await api('POST', '/rest/posts', token, postBody('x', { visibility: 'EVERYONE' }));
      expect(badEnum.statusCode).toBe(422);
      expect(badEnum.json().errorDetails.inputErrors[0]).toEqual(
        jasmine.objectContaining({ code: 'INVALID_ENUM_VALUE', input: { inputPath: { fieldPath: '/visibility' } } }),
      );
      expect((await api('POST', '/rest/posts', token, postBody('x'.repeat(3000)))).statusCode).toBe(201);
      const tooLong = await api('POST', '/rest/posts', token, postBody('y'.repeat(3001)));
      expect(tooLong.statusCode).toBe(422);
      expect(tooLong.json()).toEqual({
        errorDetailType: 'com.linkedin.common.error.BadRequest',
        message: jasmine.any(String),
        errorDetails: {
          inputErrors: [
            {
              code: 'FIELD_LENGTH_TOO_LONG',
              description: 'Field value exceeds maximum length of 3000',
              input: { inputPath: { fieldPath: '/commentary' } },
            },
          ],
        },
        status: 422,
      });
    });

    it('refuses the same commentary by the same author within 10 minutes', async () => {
      const first = await api('POST', '/rest/posts', token, postBody('Same words'));
      const urn = String(first.headers['x-restli-id']);
      const duplicate = await api('POST', '/rest/posts', token, postBody('Same words'));
      expect(duplicate.statusCode).toBe(422);
      expect(duplicate.json().message).toBe(`Content is a duplicate of ${urn}`);
      sandbox.clock.advance(601);
      expect((await api('POST', '/rest/posts', token, postBody('Same words'))).statusCode).toBe(201);
    });

    it('needs w_member_social', async () => {
      const signInOnly = (await linkedInToken(sandbox, { scope: 'openid,profile' })).access_token;
      const response = await api('POST', '/rest/posts', signInOnly, postBody('x'));
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('ACCESS_DENIED');
    });

    it('throttles at the daily member quota with a 429 and no rate-limit headers, until midnight UTC', async () => {
      sandbox.linkedin.seed({ apps: [{ ...LINKEDIN_APP, quotas: { memberPostsPerDay: 1 } }] });
      expect((await api('POST', '/rest/posts', token, postBody('one'))).statusCode).toBe(201);
      const throttled = await api('POST', '/rest/posts', token, postBody('two'));
      expect(throttled.statusCode).toBe(429);
      expect(Object.keys(throttled.headers).filter((name) => name.includes('rate-limit'))).toEqual([]);
      sandbox.clock.set(new Date('2026-09-16T00:00:01Z'));
      expect((await api('POST', '/rest/posts', token, postBody('two'))).statusCode).toBe(201);
    });

    it('deletes idempotently, and only the author', async () => {
      const urn = String((await api('POST', '/rest/posts', token, postBody('bye'))).headers['x-restli-id']);
      const path = `/rest/posts/${encodeURIComponent(urn)}`;
      expect((await api('DELETE', path, token)).statusCode).toBe(204);
      expect((await api('DELETE', path, token)).statusCode).toBe(204);
      expect(sandbox.linkedin.posts.get(urn)?.deletedAtMs).not.toBeNull();
      const urn2 = String((await api('POST', '/rest/posts', token, postBody('mine'))).headers['x-restli-id']);
      const jonas = [...sandbox.linkedin.members.keys()][1];
      const otherToken = (await linkedInToken(sandbox, { member: jonas })).access_token;
      expect((await api('DELETE', `/rest/posts/${encodeURIComponent(urn2)}`, otherToken)).statusCode).toBe(403);
    });

    it('uploads an image and uses it as an article thumbnail', async () => {
      const author = `urn:li:person:${firstSub()}`;
      const init = await api('POST', '/rest/images?action=initializeUpload', token, {
        initializeUploadRequest: { owner: author },
      });
      expect(init.statusCode).toBe(200);
      const { uploadUrl, image } = init.json().value;
      expect(image).toMatch(/^urn:li:image:/);
      const article = (thumbnail: string) => ({
        content: { article: { source: 'https://chorus.test/a', title: 'T', thumbnail } },
      });
      expect((await api('POST', '/rest/posts', token, postBody('too early', article(image)))).statusCode).toBe(422);

      const upload = new URL(uploadUrl);
      expect(upload.host).toBe('www.linkedin.com');
      const notAnImage = await sandbox.request(upload.host, {
        method: 'PUT',
        url: upload.pathname,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
        payload: Buffer.from('text'),
      });
      expect(notAnImage.statusCode).toBe(400);
      const put = await sandbox.request(upload.host, {
        method: 'PUT',
        url: upload.pathname,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
        payload: PNG,
      });
      expect(put.statusCode).toBe(201);
      const status = await api('GET', `/rest/images/${encodeURIComponent(image)}`, token);
      expect(status.json().status).toBe('AVAILABLE');
      const created = await api('POST', '/rest/posts', token, postBody('with card', article(image)));
      expect(created.statusCode).toBe(201);
      expect(sandbox.linkedin.posts.get(String(created.headers['x-restli-id']))?.article?.thumbnail).toBe(image);
      expect(
        (await api('POST', '/rest/posts', token, postBody('made up', article('urn:li:image:nope')))).statusCode,
      ).toBe(422);
    });
  });

  describe('metrics', () => {
    const analytics = (token: string, urn: string, queryType: string) =>
      api(
        'GET',
        `/rest/memberCreatorPostAnalytics?q=entity&entity=(share:${encodeURIComponent(urn)})&queryType=${queryType}&aggregation=TOTAL`,
        token,
      );

    it('refuses tokens without the Community Management scope', async () => {
      const token = (await linkedInToken(sandbox)).access_token;
      const urn = String((await api('POST', '/rest/posts', token, postBody('m'))).headers['x-restli-id']);
      expect((await analytics(token, urn, 'IMPRESSION')).statusCode).toBe(403);
      expect((await api('GET', `/rest/socialMetadata/${encodeURIComponent(urn)}`, token)).statusCode).toBe(403);
    });

    it('counts that grow with the post age on the sandbox clock', async () => {
      sandbox.linkedin.seed({
        apps: [
          { ...LINKEDIN_APP, scopes: ['openid', 'profile', 'email', 'w_member_social', 'r_member_postAnalytics'] },
        ],
      });
      const token = (
        await linkedInToken(sandbox, { scope: 'openid,profile,email,w_member_social,r_member_postAnalytics' })
      ).access_token;
      const urn = String((await api('POST', '/rest/posts', token, postBody('m'))).headers['x-restli-id']);
      const fresh = await analytics(token, urn, 'IMPRESSION');
      expect(fresh.statusCode).toBe(200);
      expect(fresh.json().elements).toEqual([{ count: 0, metricType: 'IMPRESSION', targetEntity: { share: urn } }]);
      sandbox.clock.advance(2 * 86_400);
      const later = (await analytics(token, urn, 'IMPRESSION')).json().elements[0].count;
      expect(later).toBeGreaterThan(300);
      expect((await analytics(token, urn, 'REACTION')).json().elements[0].count).toBeGreaterThan(0);
      expect((await analytics(token, urn, 'BOGUS')).statusCode).toBe(400);
      const social = await api('GET', `/rest/socialMetadata/${encodeURIComponent(urn)}`, token);
      expect(social.json().commentSummary.count).toBeGreaterThanOrEqual(0);
    });
  });

  it('answers unknown paths in LinkedIn error shape', async () => {
    const response = await sandbox.request('api.linkedin.com', { method: 'GET', url: '/rest/nothing' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/json');
    expect(response.json()).toEqual({ status: 404, message: 'No route for GET /rest/nothing' });
  });

  it('applies injected faults in LinkedIn error shape', async () => {
    sandbox.faults.add({ network: 'linkedin', method: 'GET', path: '/v2/userinfo', status: 503 });
    const response = await sandbox.request('api.linkedin.com', { method: 'GET', url: '/v2/userinfo' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ status: 503, message: jasmine.stringContaining('Service Unavailable') });
    expect((await sandbox.request('api.linkedin.com', { method: 'GET', url: '/v2/userinfo' })).statusCode).toBe(401);
  });
});
