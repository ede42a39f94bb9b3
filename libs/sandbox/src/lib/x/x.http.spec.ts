import {
  basicAuth,
  form,
  inProcessSandbox,
  InProcessSandbox,
  PKCE_VERIFIER,
  REDIRECT_URI,
  X_APP,
  xConsent,
  xTokens,
} from '../testing/in-process-sandbox';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100)]);

describe('X emulation (HTTP)', () => {
  let sandbox: InProcessSandbox;

  beforeEach(() => {
    sandbox = inProcessSandbox();
    sandbox.clock.freeze(true);
    sandbox.clock.set(new Date('2026-09-15T09:00:00Z'));
  });

  afterEach(async () => {
    await sandbox.close();
  });

  const api = (method: 'GET' | 'POST' | 'DELETE', url: string, token: string, body?: unknown) =>
    sandbox.request('api.x.com', {
      method,
      url,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
    });
  const tokenRequest = (body: Record<string, string>, as: 'json' | 'form', authorization?: string) =>
    sandbox.request('api.x.com', {
      method: 'POST',
      url: '/2/oauth2/token',
      ...(as === 'json'
        ? {
            payload: JSON.stringify(body),
            headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
          }
        : { ...form(body), headers: { ...form(body).headers, ...(authorization ? { authorization } : {}) } }),
    });

  describe('authorization', () => {
    it('renders the consent page and redirects with code and state on Allow', async () => {
      const query = new URLSearchParams({
        response_type: 'code',
        client_id: X_APP.clientId,
        redirect_uri: REDIRECT_URI,
        scope: 'tweet.read users.read',
        state: 's',
        code_challenge: 'c'.repeat(43),
        code_challenge_method: 'plain',
      });
      const page = await sandbox.request('x.com', { method: 'GET', url: `/i/oauth2/authorize?${query}` });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('Sandbox X — Allow Chorus to');
      expect(page.body).toContain('Ada Advocate (@ada_advocate)');
      const allowed = await xConsent(sandbox, { state: 'st' });
      expect(allowed.get('code')).toBeTruthy();
      expect(allowed.get('state')).toBe('st');
    });

    it('answers access_denied on Cancel', async () => {
      const denied = await xConsent(sandbox, { decision: 'cancel', state: 'q' });
      expect(denied.get('error')).toBe('access_denied');
      expect(denied.get('state')).toBe('q');
    });

    it('validates PKCE, state and scopes', async () => {
      expect((await xConsent(sandbox, { method: 'md5' })).get('error')).toBe('invalid_request');
      expect((await xConsent(sandbox, { challenge: 'short' })).get('error')).toBe('invalid_request');
      expect((await xConsent(sandbox, { state: 'x'.repeat(501) })).get('error')).toBe('invalid_request');
      expect((await xConsent(sandbox, { state: 'x'.repeat(500) })).get('code')).toBeTruthy();
      expect((await xConsent(sandbox, { scope: 'tweet.read made.up' })).get('error')).toBe('invalid_scope');
      expect((await xConsent(sandbox, { method: 'S256' })).get('code')).toBeTruthy();
    });
  });

  describe('token', () => {
    const codeGrant = (code: string, extra: Record<string, string> = {}) => ({
      code,
      code_verifier: PKCE_VERIFIER,
      redirect_uri: REDIRECT_URI,
      grant_type: 'authorization_code',
      client_id: X_APP.clientId,
      ...extra,
    });
    const basic = basicAuth(X_APP.clientId, X_APP.clientSecret);

    it('accepts JSON with Basic auth and form bodies with credentials in the body, and always says the scope', async () => {
      const json = await tokenRequest(codeGrant((await xConsent(sandbox)).get('code') as string), 'json', basic);
      expect(json.statusCode).toBe(200);
      expect(json.headers['content-type']).toContain('application/json');
      expect(json.json()).toEqual({
        token_type: 'bearer',
        expires_in: 7200,
        access_token: jasmine.any(String),
        scope: 'tweet.read tweet.write users.read offline.access media.write',
        refresh_token: jasmine.any(String),
      });
      const code = (await xConsent(sandbox, { scope: 'tweet.read users.read' })).get('code') as string;
      const viaForm = await tokenRequest(codeGrant(code, { client_secret: X_APP.clientSecret }), 'form');
      expect(viaForm.statusCode).toBe(200);
      expect(viaForm.json().refresh_token).toBeUndefined();
    });

    it('refuses bad client credentials, a wrong verifier, a reused or a 30-second-old code', async () => {
      const code = (await xConsent(sandbox)).get('code') as string;
      expect((await tokenRequest(codeGrant(code), 'json', basicAuth(X_APP.clientId, 'wrong'))).statusCode).toBe(401);
      expect((await tokenRequest(codeGrant(code), 'json')).statusCode).toBe(401);
      const wrongVerifier = (await xConsent(sandbox)).get('code') as string;
      expect(
        (await tokenRequest(codeGrant(wrongVerifier, { code_verifier: 'z'.repeat(43) }), 'json', basic)).statusCode,
      ).toBe(400);
      const once = (await xConsent(sandbox)).get('code') as string;
      expect((await tokenRequest(codeGrant(once), 'json', basic)).statusCode).toBe(200);
      const reused = await tokenRequest(codeGrant(once), 'json', basic);
      expect(reused.statusCode).toBe(400);
      expect(reused.json()).toEqual({ error: 'invalid_request', error_description: jasmine.any(String) });
      const slow = (await xConsent(sandbox)).get('code') as string;
      sandbox.clock.advance(31);
      expect((await tokenRequest(codeGrant(slow), 'json', basic)).statusCode).toBe(400);
    });

    it('rotates refresh tokens and refuses an old one', async () => {
      const first = await xTokens(sandbox);
      const refresh = (token: string) =>
        tokenRequest({ refresh_token: token, grant_type: 'refresh_token', client_id: X_APP.clientId }, 'json', basic);
      const second = await refresh(first.refresh_token as string);
      expect(second.statusCode).toBe(200);
      expect(second.json().refresh_token).not.toBe(first.refresh_token);
      expect(second.json().scope).toBe(first.scope);
      const reused = await refresh(first.refresh_token as string);
      expect(reused.statusCode).toBe(400);
      expect(reused.json().error).toBe('invalid_request');
      expect((await refresh(second.json().refresh_token)).statusCode).toBe(200);
    });

    it('revokes an access token', async () => {
      const tokens = await xTokens(sandbox);
      expect((await api('GET', '/2/users/me', tokens.access_token)).statusCode).toBe(200);
      const revoked = await sandbox.request('api.x.com', {
        method: 'POST',
        url: '/2/oauth2/revoke',
        ...form({ token: tokens.access_token, token_type_hint: 'access_token', client_id: X_APP.clientId }),
        headers: { ...form({}).headers, authorization: basic },
      });
      expect(revoked.statusCode).toBe(200);
      expect(revoked.json()).toEqual({ revoked: true });
      const after = await api('GET', '/2/users/me', tokens.access_token);
      expect(after.statusCode).toBe(401);
      expect(after.headers['content-type']).toContain('application/problem+json');
      expect(after.json()).toEqual({ title: 'Unauthorized', detail: 'Unauthorized', type: 'about:blank', status: 401 });
    });
  });

  describe('API', () => {
    let token: string;

    beforeEach(async () => {
      token = (await xTokens(sandbox)).access_token;
    });

    it('answers /2/users/me with rate-limit headers', async () => {
      const me = await api('GET', '/2/users/me?user.fields=profile_image_url', token);
      expect(me.statusCode).toBe(200);
      expect(me.json().data).toEqual(jasmine.objectContaining({ name: 'Ada Advocate', username: 'ada_advocate' }));
      expect(me.json().data.profile_image_url).toContain('https://');
      expect(me.headers['x-rate-limit-limit']).toBe('75');
      expect(me.headers['x-rate-limit-remaining']).toBe('74');
      expect(Number(me.headers['x-rate-limit-reset'])).toBe(Date.parse('2026-09-15T09:15:00Z') / 1000);
    });

    it('posts with URLs wrapped in t.co links', async () => {
      const created = await api('POST', '/2/tweets', token, { text: 'Read https://chorus.test/a/very/long/path now' });
      expect(created.statusCode).toBe(201);
      const { data } = created.json();
      expect(data.text).toMatch(/^Read https:\/\/t\.co\/[A-Za-z0-9]{10} now$/);
      expect(data.edit_history_tweet_ids).toEqual([data.id]);
      expect(sandbox.x.tweets.get(data.id)?.rawText).toBe('Read https://chorus.test/a/very/long/path now');
      expect(created.headers['x-app-limit-24hour-limit']).toBe('10000');
    });

    it('refuses over 280 weighted characters, counting CJK double and URLs as 23', async () => {
      expect((await api('POST', '/2/tweets', token, { text: '日'.repeat(140) })).statusCode).toBe(201);
      const tooLong = await api('POST', '/2/tweets', token, { text: '語'.repeat(141) });
      expect(tooLong.statusCode).toBe(422);
      expect(tooLong.headers['content-type']).toContain('application/problem+json');
      expect(tooLong.json().detail).toContain('282');
      expect(
        (await api('POST', '/2/tweets', token, { text: `${'a'.repeat(256)} https://chorus.test/${'x'.repeat(200)}` }))
          .statusCode,
      ).toBe(201);
    });

    it('refuses the same text from the same user with 403 duplicate', async () => {
      expect((await api('POST', '/2/tweets', token, { text: 'Same' })).statusCode).toBe(201);
      const duplicate = await api('POST', '/2/tweets', token, { text: 'Same' });
      expect(duplicate.statusCode).toBe(403);
      expect(duplicate.json().detail).toBe('You are not allowed to create a Tweet with duplicate content.');
      const jonas = [...sandbox.x.users.keys()][1];
      const other = (await xTokens(sandbox, { member: jonas })).access_token;
      expect((await api('POST', '/2/tweets', other, { text: 'Same' })).statusCode).toBe(201);
    });

    it('deletes: deleted true, then false; not somebody else’s', async () => {
      const id = (await api('POST', '/2/tweets', token, { text: 'bye' })).json().data.id;
      expect((await api('DELETE', `/2/tweets/${id}`, token)).json()).toEqual({ data: { deleted: true } });
      expect((await api('DELETE', `/2/tweets/${id}`, token)).json()).toEqual({ data: { deleted: false } });
      const mine = (await api('POST', '/2/tweets', token, { text: 'mine' })).json().data.id;
      const other = (await xTokens(sandbox, { member: [...sandbox.x.users.keys()][1] })).access_token;
      expect((await api('DELETE', `/2/tweets/${mine}`, other)).statusCode).toBe(403);
    });

    it('reads public metrics for anyone, private ones for the author of posts under 30 days', async () => {
      const id = (await api('POST', '/2/tweets', token, { text: 'metrics' })).json().data.id;
      sandbox.clock.advance(3600);
      const own = await api('GET', `/2/tweets?ids=${id},123&tweet.fields=public_metrics,non_public_metrics`, token);
      expect(own.statusCode).toBe(200);
      const tweet = own.json().data[0];
      expect(tweet.public_metrics.impression_count).toBeGreaterThan(0);
      expect(tweet.non_public_metrics.url_link_clicks).toBeGreaterThanOrEqual(0);
      expect(own.json().errors).toEqual([jasmine.objectContaining({ resource_id: '123', title: 'Not Found Error' })]);

      const other = (await xTokens(sandbox, { member: [...sandbox.x.users.keys()][1] })).access_token;
      const refused = await api('GET', `/2/tweets?ids=${id}&post.fields=public_metrics,non_public_metrics`, other);
      expect(refused.json().data).toBeUndefined();
      expect(refused.json().errors[0].type).toBe('https://api.twitter.com/2/problems/not-authorized-for-field');
      const publicOnly = await api('GET', `/2/tweets?ids=${id}&tweet.fields=public_metrics`, other);
      expect(publicOnly.json().data[0].public_metrics).toEqual(tweet.public_metrics);

      sandbox.clock.advance(30 * 86_400);
      const fresh = (await xTokens(sandbox)).access_token;
      const old = await api('GET', `/2/tweets?ids=${id}&tweet.fields=public_metrics,organic_metrics`, fresh);
      expect(old.json().errors[0].parameter).toBe('organic_metrics');
    });

    it('uploads media in chunks and posts it', async () => {
      const init = await api('POST', '/2/media/upload/initialize', token, {
        media_type: 'image/png',
        total_bytes: PNG.length,
        media_category: 'tweet_image',
      });
      expect(init.statusCode).toBe(200);
      const mediaId = init.json().data.id;
      const boundary = '----sandbox';
      const append = (index: number, chunk: Buffer) =>
        sandbox.request('api.x.com', {
          method: 'POST',
          url: `/2/media/upload/${mediaId}/append`,
          headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
          payload: Buffer.concat([
            Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="segment_index"\r\n\r\n${index}\r\n`),
            Buffer.from(
              `--${boundary}\r\nContent-Disposition: form-data; name="media"\r\nContent-Type: application/octet-stream\r\n\r\n`,
            ),
            chunk,
            Buffer.from(`\r\n--${boundary}--\r\n`),
          ]),
        });
      expect((await append(0, PNG.subarray(0, 50))).statusCode).toBe(200);
      expect((await api('POST', `/2/media/upload/${mediaId}/finalize`, token)).statusCode).toBe(400);
      expect((await api('POST', '/2/tweets', token, { text: 'pic', media: { media_ids: [mediaId] } })).statusCode).toBe(
        400,
      );
      expect((await append(1, PNG.subarray(50))).statusCode).toBe(200);
      expect((await api('POST', `/2/media/upload/${mediaId}/finalize`, token)).json().data.size).toBe(PNG.length);
      const status = await api('GET', `/2/media/upload?command=STATUS&media_id=${mediaId}`, token);
      expect(status.json().data.processing_info.state).toBe('succeeded');
      const posted = await api('POST', '/2/tweets', token, { text: 'pic', media: { media_ids: [mediaId] } });
      expect(posted.statusCode).toBe(201);
      expect(sandbox.x.tweets.get(posted.json().data.id)?.mediaIds).toEqual([mediaId]);
    });

    it('answers 429 with reset headers once a seeded limit is used up', async () => {
      sandbox.x.seed({ rateLimits: { 'POST /2/tweets': { perUser: { limit: 1 } } } });
      expect((await api('POST', '/2/tweets', token, { text: 'one' })).statusCode).toBe(201);
      const limited = await api('POST', '/2/tweets', token, { text: 'two' });
      expect(limited.statusCode).toBe(429);
      expect(limited.json()).toEqual(jasmine.objectContaining({ title: 'Too Many Requests', status: 429 }));
      expect(limited.headers['x-rate-limit-remaining']).toBe('0');
      expect(Number(limited.headers['x-rate-limit-reset'])).toBe(Date.parse('2026-09-15T09:15:00Z') / 1000);
      sandbox.clock.advance(900);
      expect((await api('POST', '/2/tweets', token, { text: 'two' })).statusCode).toBe(201);
    });

    describe('GET /2/users/:id/tweets', () => {
      let ada: string;
      const timeline = (query = '', as = token, id = ada) =>
        api('GET', `/2/users/${id}/tweets${query ? `?${query}` : ''}`, as);
      const post = async (text: string) => (await api('POST', '/2/tweets', token, { text })).json().data.id as string;

      beforeEach(() => {
        ada = [...sandbox.x.users.keys()][0];
      });

      it('needs a live token with tweet.read and users.read', async () => {
        const anonymous = await sandbox.request('api.x.com', { method: 'GET', url: `/2/users/${ada}/tweets` });
        expect(anonymous.statusCode).toBe(401);
        expect(anonymous.headers['content-type']).toContain('application/problem+json');
        const narrow = (await xTokens(sandbox, { scope: 'tweet.read' })).access_token;
        const refused = await timeline('', narrow);
        expect(refused.statusCode).toBe(403);
        expect(refused.json().detail).toContain('users.read');
        sandbox.clock.advance(7201);
        expect((await timeline()).statusCode).toBe(401);
      });

      it('refuses invalid parameters with 400 naming the parameter', async () => {
        const cases: Array<[string, string, string?]> = [
          ['id', '', 'abc'],
          ['max_results', 'max_results=4'],
          ['max_results', 'max_results=101'],
          ['max_results', 'max_results=ten'],
          ['start_time', 'start_time=yesterday'],
          ['start_time', 'start_time=2026-09-15'],
          ['start_time', 'start_time=2009-01-01T00:00:00Z'],
          ['end_time', 'end_time=2026-13-01T00:00:00Z'],
          ['start_time', 'start_time=2026-09-15T10:00:00Z&end_time=2026-09-15T09:00:00Z'],
          ['since_id', 'since_id=12a'],
          ['exclude', 'exclude=replies,likes'],
          ['pagination_token', 'pagination_token=not-a-token'],
        ];
        for (const [parameter, query, id] of cases) {
          const refused = await timeline(query, token, id ?? ada);
          expect(refused.statusCode)
            .withContext(query || `id ${id}`)
            .toBe(400);
          expect(refused.headers['content-type']).toContain('application/problem+json');
          expect(refused.json()).toEqual(
            jasmine.objectContaining({
              title: 'Invalid Request',
              status: 400,
              errors: [jasmine.objectContaining({ parameters: { [parameter]: [jasmine.any(String)] } })],
            }),
          );
        }
        const accepted = 'max_results=5&exclude=retweets,replies&start_time=2026-09-15T08:00:00.123%2B00:00';
        expect((await timeline(accepted)).statusCode).toBe(200);
      });

      it('answers an empty timeline with result_count 0 and no data, and an unknown user with an error', async () => {
        const empty = await timeline();
        expect(empty.statusCode).toBe(200);
        expect(empty.headers['content-type']).toContain('application/json');
        expect(empty.json()).toEqual({ meta: { result_count: 0 } });
        const unknown = await timeline('', token, '123');
        expect(unknown.statusCode).toBe(200);
        expect(unknown.json().data).toBeUndefined();
        expect(unknown.json().errors).toEqual([
          jasmine.objectContaining({ title: 'Not Found Error', resource_type: 'user', resource_id: '123' }),
        ]);
      });

      it('lists the user’s own non-deleted posts, newest first, from start_time on', async () => {
        await post('Too early https://chorus.test/l/early');
        sandbox.clock.advance(60);
        const first = await post('First https://go.chorus.test/l/Ab3 #Chorus');
        const deleted = await post('Deleted');
        expect((await api('DELETE', `/2/tweets/${deleted}`, token)).json().data.deleted).toBeTrue();
        sandbox.clock.advance(1);
        const second = await post('Second');
        const jonas = (await xTokens(sandbox, { member: [...sandbox.x.users.keys()][1] })).access_token;
        await api('POST', '/2/tweets', jonas, { text: 'Not Ada’s' });

        const listed = await timeline(
          'start_time=2026-09-15T09:01:00Z&tweet.fields=created_at,entities,public_metrics&exclude=retweets,replies',
        );
        expect(listed.statusCode).toBe(200);
        const body = listed.json();
        expect(body.data.map((tweet: { id: string }) => tweet.id)).toEqual([second, first]);
        expect(body.meta).toEqual({ result_count: 2, newest_id: second, oldest_id: first });
        const [, linked] = body.data;
        expect(linked.created_at).toBe('2026-09-15T09:01:00.000Z');
        expect(linked.text).toMatch(/^First https:\/\/t\.co\/\w{10} #Chorus$/);
        expect(linked.edit_history_tweet_ids).toEqual([first]);
        expect(linked.public_metrics).toEqual(jasmine.objectContaining({ like_count: jasmine.any(Number) }));
        const tco = linked.text.split(' ')[1];
        expect(linked.entities.urls).toEqual([
          {
            start: 6,
            end: 29,
            url: tco,
            expanded_url: 'https://go.chorus.test/l/Ab3',
            display_url: 'go.chorus.test/l/Ab3',
          },
        ]);
        expect(linked.entities.hashtags).toEqual([{ start: 30, end: 37, tag: 'Chorus' }]);
        expect(body.data[0].entities).toBeUndefined();

        // post.fields is the newer name; end_time is exclusive and second-granular.
        const before = await timeline('end_time=2026-09-15T09:01:01Z&post.fields=created_at');
        expect(before.json().data.map((tweet: { id: string }) => tweet.id)).toEqual([first, jasmine.any(String)]);
        expect(before.json().data[0].entities).toBeUndefined();
        expect((await timeline('start_time=2026-09-15T09:05:00Z')).json()).toEqual({ meta: { result_count: 0 } });
      });

      it('pages with max_results and next_token / previous_token', async () => {
        const ids: string[] = [];
        for (let n = 0; n < 7; n++) ids.push(await post(`Post ${n}`));
        const newestFirst = [...ids].reverse();
        const first = (await timeline()).json();
        expect(first.meta.result_count).toBe(7);
        expect(first.meta.next_token).toBeUndefined();
        const page1 = (await timeline('max_results=5')).json();
        expect(page1.data.map((tweet: { id: string }) => tweet.id)).toEqual(newestFirst.slice(0, 5));
        expect(page1.meta.next_token).toMatch(/^[0-9a-z]+$/);
        expect(page1.meta.previous_token).toBeUndefined();
        const page2 = (await timeline(`max_results=5&pagination_token=${page1.meta.next_token}`)).json();
        expect(page2.data.map((tweet: { id: string }) => tweet.id)).toEqual(newestFirst.slice(5));
        expect(page2.meta).toEqual({
          result_count: 2,
          newest_id: newestFirst[5],
          oldest_id: newestFirst[6],
          previous_token: jasmine.any(String),
        });
        const back = (await timeline(`max_results=5&pagination_token=${page2.meta.previous_token}`)).json();
        expect(back.data.map((tweet: { id: string }) => tweet.id)).toEqual(newestFirst.slice(0, 5));
      });

      it('reports its own rate limit (900 per user, 1,500 per app) and answers 429 once used up', async () => {
        const first = await timeline();
        expect(first.headers['x-rate-limit-limit']).toBe('900');
        expect(first.headers['x-rate-limit-remaining']).toBe('899');
        expect(Number(first.headers['x-rate-limit-reset'])).toBe(Date.parse('2026-09-15T09:15:00Z') / 1000);
        sandbox.x.seed({ rateLimits: { 'GET /2/users/:id/tweets': { perApp: { limit: 2 } } } });
        const second = await timeline();
        expect(second.headers['x-rate-limit-limit']).toBe('2');
        expect(second.headers['x-rate-limit-remaining']).toBe('0');
        const limited = await timeline();
        expect(limited.statusCode).toBe(429);
        expect(limited.json()).toEqual(jasmine.objectContaining({ title: 'Too Many Requests', status: 429 }));
        // Other endpoints keep their own buckets.
        expect((await api('GET', '/2/users/me', token)).statusCode).toBe(200);
        sandbox.clock.advance(900);
        expect((await timeline()).statusCode).toBe(200);
      });

      it('takes injected faults like every route', async () => {
        sandbox.faults.add({ network: 'x', method: 'GET', path: `/2/users/${ada}/tweets`, status: 503 });
        const failed = await timeline();
        expect(failed.statusCode).toBe(503);
        expect(failed.headers['content-type']).toContain('application/problem+json');
        expect(failed.headers['x-rate-limit-limit']).toBe('900');
        expect((await timeline()).statusCode).toBe(200);
      });
    });

    it('keeps the duplicate check per author while indexing posts by author', async () => {
      const id = (await api('POST', '/2/tweets', token, { text: 'Indexed' })).json().data.id;
      const author = sandbox.x.tweets.get(id)?.authorId as string;
      expect([...sandbox.x.tweets.byAuthorId(author)].map((tweet) => tweet.id)).toEqual([id]);
      expect((await api('POST', '/2/tweets', token, { text: ' Indexed ' })).statusCode).toBe(403);
      await api('DELETE', `/2/tweets/${id}`, token);
      expect((await api('POST', '/2/tweets', token, { text: 'Indexed' })).statusCode).toBe(201);
      expect([...sandbox.x.tweets.byAuthorId(author)].length).toBe(2);
      sandbox.x.reset();
      expect([...sandbox.x.tweets.byAuthorId(author)]).toEqual([]);
    });

    it('answers unknown paths and injected faults as problem+json with rate-limit headers', async () => {
      const missing = await api('GET', '/2/nothing', token);
      expect(missing.statusCode).toBe(404);
      expect(missing.headers['content-type']).toContain('application/problem+json');
      expect(missing.headers['x-rate-limit-limit']).toBeDefined();
      sandbox.faults.add({ network: 'x', method: 'POST', path: '/2/tweets', status: 503 });
      const failed = await api('POST', '/2/tweets', token, { text: 'x' });
      expect(failed.statusCode).toBe(503);
      expect(failed.headers['content-type']).toContain('application/problem+json');
      expect(failed.headers['x-rate-limit-limit']).toBe('100');
    });
  });
});
