import { createGroup, createUser, startTestApi, TestApi, TestClient } from '@chorus/server/testing';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { FetchError } from './fetch/safe-fetcher';
import { SafeFetcher } from './fetch/safe-fetcher';
import { BILLION_LAUGHS, XXE } from './ingestion/ingestion.spec';
import { IngestionService } from './ingestion/ingestion.service';
import { ContentService } from './items/content.service';
import { SourcesService } from './sources/sources.service';

const RSS = (n: number) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Example Engineering Blog</title><link>https://blog.example.com/</link><description>News</description><language>en-us</language>
${Array.from(
  { length: n },
  (
    _,
    i,
  ) => `<item><title>Cloud post ${i}</title><link>https://blog.example.com/posts/${i}?utm_source=rss&amp;utm_medium=feed</link>
<description><![CDATA[<p>Summary ${i} <script>alert(1)</script><img src="x" onerror="alert(2)"><a href="javascript:alert(3)">x</a></p>]]></description>
<pubDate>Mon, 0${(i % 9) + 1} Jan 2024 10:00:00 GMT</pubDate><guid>post-${i}</guid></item>`,
).join('\n')}
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
<title>Sicherheitsblog</title><id>urn:x</id><updated>2024-02-01T00:00:00Z</updated>
<entry><title>Neue Sicherheitsfunktionen für die Cloud</title><link href="https://sec.example.de/a#top"/><id>urn:a</id><updated>2024-02-01T00:00:00Z</updated>
<summary>Wir stellen neue Sicherheitsfunktionen vor.</summary></entry></feed>`;

/** One good entry, one with an unparseable link, one good again. */
const MIXED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Mixed</title><link>https://mixed.example.com/</link><description>x</description>
<item><title>Good one</title><link>https://mixed.example.com/good-1</link></item>
<item><title>Bad link</title><link>http://[x</link></item>
<item><title>Good two</title><link>https://mixed.example.com/good-2</link><enclosure url="12345" type="image/png" length="1"/></item>
</channel></rss>`;

const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Customer stories',
  items: [
    {
      id: '1',
      url: 'https://stories.example.com/acme',
      title: 'How ACME ships faster',
      content_html: '<p>ACME story</p>',
      date_published: '2024-03-01T00:00:00Z',
    },
  ],
});

describe('content curation (loopback feed server, real Postgres and Redis)', () => {
  let server: Server;
  let base: string;
  let api: TestApi;
  let curator: TestClient;
  let curator2: TestClient;
  let admin: TestClient;
  let fetcher: SafeFetcher;
  let ingestion: IngestionService;
  let etagHits = 0;
  let endlessClosedAt = 0;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0];
      const send = (type: string, body: string | Buffer, extra: Record<string, string> = {}) => {
        res.writeHead(200, { 'content-type': type, ...extra });
        res.end(body);
      };
      switch (path) {
        case '/rss':
          return send('application/rss+xml; charset=utf-8', RSS(3));
        case '/rss-gz':
          return send(
            'application/rss+xml',
            gzipSync(RSS(2).replace(/blog\.example\.com\/posts/g, 'gz.example.com/p')),
            { 'content-encoding': 'gzip' },
          );
        case '/atom':
          return send('application/atom+xml', ATOM);
        case '/json':
          return send('application/feed+json', JSON_FEED);
        case '/etag':
          if (req.headers['if-none-match'] === '"v1"') {
            etagHits++;
            res.writeHead(304);
            return res.end();
          }
          return send('application/rss+xml', RSS(1).replace(/blog\.example\.com\/posts/g, 'etag.example.com/p'), {
            etag: '"v1"',
          });
        case '/broken':
          return send('application/xml', '<rss><channel><title>broken');
        case '/bomb':
          return send('application/xml', BILLION_LAUGHS);
        case '/xxe':
          return send('application/xml', XXE);
        case '/huge':
          res.writeHead(200, { 'content-type': 'application/xml' });
          for (let i = 0; i < 700; i++) res.write('x'.repeat(10_000));
          return res.end();
        case '/png':
          return send('image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
        case '/mixed':
          return send('application/rss+xml', MIXED);
        case '/gz-slow': {
          // A gzip body trickling one byte every 50 ms: only the timeout can end it.
          const body = gzipSync(RSS(50));
          res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' });
          let at = 0;
          const timer = setInterval(() => at < body.length && res.write(body.subarray(at, (at += 1))), 50);
          res.on('close', () => clearInterval(timer));
          return;
        }
        case '/gz-reset': {
          // 50 bytes of a gzip body, then the connection drops mid-body.
          res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' });
          res.write(gzipSync(RSS(50)).subarray(0, 50));
          setTimeout(() => req.socket.destroy(), 50);
          return;
        }
        case '/endless-png': {
          endlessClosedAt = 0;
          res.writeHead(200, { 'content-type': 'image/png' });
          const chunk = Buffer.alloc(16 * 1024, 1);
          const timer = setInterval(() => res.write(chunk), 5);
          res.on('close', () => {
            clearInterval(timer);
            endlessClosedAt = Date.now();
          });
          return;
        }
        case '/html':
          return send(
            'text/html; charset=utf-8',
            `<html lang="en"><head><title>Plain</title><meta property="og:title" content="An OG title"><meta property="og:description" content="OG description of the article">
             <meta property="og:image" content="/img.png"><meta property="og:site_name" content="Example"><meta property="og:url" content="${base}/html?utm_source=x"></head><body>Hi</body></html>`,
          );
        case '/to-private':
          res.writeHead(302, { location: 'http://10.0.0.1/feed' });
          return res.end();
        case '/to-metadata':
          res.writeHead(301, { location: 'http://169.254.169.254/latest/meta-data/' });
          return res.end();
        case '/to-localhost':
          res.writeHead(302, { location: `http://localhost:${(server.address() as AddressInfo).port}/rss` });
          return res.end();
        case '/to-mapped':
          res.writeHead(302, { location: 'http://[::ffff:127.0.0.1]/rss' });
          return res.end();
        case '/loop':
          res.writeHead(302, { location: '/loop' });
          return res.end();
        case '/hop':
          res.writeHead(302, { location: '/rss' });
          return res.end();
        default:
          res.writeHead(404);
          return res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    base = `http://127.0.0.1:${port}`;
    api = await startTestApi({ FETCH_ALLOWLIST: `127.0.0.1:${port}`, FETCH_MAX_BYTES: String(5 * 1024 * 1024) });
    fetcher = api.app.get(SafeFetcher);
    ingestion = api.app.get(IngestionService);
    const login = async (roles: Array<'curator' | 'admin'>) => {
      const user = await createUser(api.dataSource, { roles });
      const client = api.client();
      await client.login(user.email, user.password);
      return client;
    };
    curator = await login(['curator']);
    curator2 = await login(['curator']);
    admin = await login(['admin']);
  });

  afterAll(async () => {
    await api?.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const accept = () => true;

  describe('safe fetching', () => {
    it('fetches an allowlisted loopback URL and follows an allowed redirect', async () => {
      const result = await fetcher.fetch(`${base}/hop`, { accept });
      expect(result.status).toBe(200);
      expect(result.url).toBe(`${base}/rss`);
    });

    it('refuses private, loopback, metadata and IPv4-mapped addresses, also behind a redirect from an allowed host', async () => {
      for (const [url, reason] of [
        ['http://127.0.0.1:1/', 'blocked_address'],
        ['http://10.1.2.3/', 'blocked_address'],
        ['http://169.254.169.254/latest/meta-data/', 'blocked_address'],
        ['http://[::1]/', 'blocked_address'],
        ['http://[fe80::1]/', 'blocked_address'],
        ['http://[fc00::1]/', 'blocked_address'],
        ['http://100.64.0.1/', 'blocked_address'],
        ['http://0.0.0.0/', 'blocked_address'],
        ['http://224.0.0.1/', 'blocked_address'],
        ['http://[::ffff:10.0.0.1]/', 'blocked_address'],
        ['http://localhost:9/', 'blocked_address'],
        [`${base}/to-private`, 'blocked_address'],
        [`${base}/to-metadata`, 'blocked_address'],
        [`${base}/to-localhost`, 'blocked_address'],
        [`${base}/to-mapped`, 'blocked_address'],
        [`${base}/loop`, 'too_many_redirects'],
        ['file:///etc/passwd', 'unsupported_scheme'],
        ['gopher://x/', 'unsupported_scheme'],
      ]) {
        await expectAsync(fetcher.fetch(url, { accept }))
          .withContext(url)
          .toBeRejectedWith(jasmine.objectContaining({ reason }));
      }
    });

    it('cuts off huge responses, checks content types and decompresses within the limit', async () => {
      await expectAsync(fetcher.fetch(`${base}/huge`, { accept, maxBytes: 1_000_000 })).toBeRejectedWith(
        jasmine.objectContaining({ reason: 'too_large' }),
      );
      await expectAsync(fetcher.fetch(`${base}/png`, { accept: (t) => t === 'text/html' })).toBeRejectedWith(
        jasmine.objectContaining({ reason: 'content_type' }),
      );
      const gz = await fetcher.fetch(`${base}/rss-gz`, { accept });
      expect(gz.body.toString()).toContain('<rss');
    });

    /** Settles with the fetch's outcome, or with 'hung' when it has not settled within `ms`. */
    const settleWithin = (promise: Promise<unknown>, ms: number) =>
      Promise.race([
        promise.then(
          () => 'resolved',
          (error: unknown) => error,
        ),
        new Promise((resolve) => setTimeout(() => resolve('hung'), ms)),
      ]);

    it('settles with the timeout error when a gzip body trickles past the timeout', async () => {
      const outcome = await settleWithin(fetcher.fetch(`${base}/gz-slow`, { accept, timeoutMs: 300 }), 2000);
      expect(outcome).toEqual(jasmine.any(FetchError));
      expect((outcome as FetchError).reason).toBe('timeout');
    });

    it('settles with an error when the connection drops in the middle of a gzip body', async () => {
      const outcome = await settleWithin(fetcher.fetch(`${base}/gz-reset`, { accept, timeoutMs: 5000 }), 2000);
      expect(outcome).toEqual(jasmine.any(FetchError));
      expect((outcome as FetchError).reason).toBe('unreachable');
    });

    it('closes the connection of a refused response instead of downloading its endless body', async () => {
      await expectAsync(fetcher.fetch(`${base}/endless-png`, { accept: (t) => t === 'text/html' })).toBeRejectedWith(
        jasmine.objectContaining({ reason: 'content_type' }),
      );
      const refusedAt = Date.now();
      for (let i = 0; i < 40 && !endlessClosedAt; i++) await new Promise((r) => setTimeout(r, 10));
      expect(endlessClosedAt).withContext('the server never saw the socket close').toBeGreaterThan(0);
      expect(endlessClosedAt - refusedAt).toBeLessThan(200);
      server.closeAllConnections();
    });
  });

  describe('ingestion', () => {
    const addSource = async (path: string, extra: Record<string, unknown> = {}) => {
      const response = await curator.post('/api/sources', { url: `${base}${path}`, ...extra });
      expect(response.status).withContext(JSON.stringify(response.body)).toBe(201);
      return response.body.id as string;
    };

    it('polls RSS, Atom and JSON feeds into the inbox: sanitized, canonical, deduplicated, language set', async () => {
      const rss = await addSource('/rss');
      expect((await curator.get('/api/sources')).body.find((s: { id: string }) => s.id === rss).name).toBe('127.0.0.1');
      expect(await ingestion.poll(rss, true)).toEqual({ status: 'ok', created: 3, seen: 3, skipped: 0 });
      expect(await ingestion.poll(rss, true)).toEqual({ status: 'ok', created: 0, seen: 3, skipped: 0 });
      const atom = await addSource('/atom');
      expect(await ingestion.poll(atom, true)).toEqual(jasmine.objectContaining({ status: 'ok', created: 1 }));
      // The OPML spec may have brought in the same JSON item already: deduplicated, then.
      const json = await addSource('/json?again=1');
      expect(await ingestion.poll(json, true)).toEqual(jasmine.objectContaining({ status: 'ok', seen: 1 }));

      const sources = (await curator.get('/api/sources')).body as Array<{
        id: string;
        name: string;
        format: string;
        itemCount: number;
        status: string;
      }>;
      expect(sources.find((s) => s.id === rss)).toEqual(
        jasmine.objectContaining({ name: 'Example Engineering Blog', format: 'rss', itemCount: 3, status: 'ok' }),
      );
      expect(sources.find((s) => s.id === atom)?.format).toBe('atom');
      expect(sources.find((s) => s.id === json)?.format).toBe('json');

      const inbox = await curator.get(`/api/content?state=new&sourceId=${rss}`);
      expect(inbox.body.items.length).toBe(3);
      const item = (await curator.get(`/api/content/${inbox.body.items[0].id}`)).body;
      expect(item.origin).toBe('feed');
      expect(item.language).toBe('en');
      expect(item.url).toContain('utm_source');
      expect(item.bodyHtml).not.toMatch(/script|onerror|javascript:/);
      const atomItem = (await curator.get(`/api/content?sourceId=${atom}`)).body.items[0];
      expect(atomItem.language).toBe('de');
    });

    it('skips entries with unusable links or image URLs and keeps the rest of the poll', async () => {
      const id = await addSource('/mixed');
      expect(await ingestion.poll(id, true)).toEqual({ status: 'ok', created: 2, seen: 3, skipped: 1 });
      const source = (await curator.get('/api/sources')).body.find((s: { id: string }) => s.id === id);
      expect(source.status).toBe('ok');
      const titles = ((await curator.get(`/api/content?sourceId=${id}`)).body.items as Array<{ title: string }>).map(
        (i) => i.title,
      );
      expect(titles.sort()).toEqual(['Good one', 'Good two']);
    });

    it('uses ETag: a 304 changes nothing', async () => {
      const id = await addSource('/etag');
      expect((await ingestion.poll(id, true)).status).toBe('ok');
      expect(await ingestion.poll(id, true)).toEqual({ status: 'not_modified' });
      expect(etagHits).toBe(1);
    });

    it('records a clear error on the source for hostile or broken feeds, stores nothing and backs off', async () => {
      for (const [path, message] of [
        ['/broken', /could not be read/],
        ['/bomb', /./],
        ['/xxe', /./],
        ['/huge', /too large/],
        ['/png', /wrong content type/],
        ['/to-private', /private, loopback/],
      ] as const) {
        const id = await addSource(path);
        const outcome = await ingestion.poll(id, true);
        const source = (await curator.get('/api/sources')).body.find((s: { id: string }) => s.id === id);
        if (path === '/bomb' || path === '/xxe') {
          // Parsed without expanding or resolving anything: no item carries expanded or file content.
          const items = (await curator.get(`/api/content?sourceId=${id}`)).body.items as Array<{
            title: string;
            summary: string;
          }>;
          for (const i of items) expect(`${i.title}${i.summary}`).not.toMatch(/lollollol|root:/);
          continue;
        }
        expect(outcome.status).withContext(path).toBe('failed');
        expect(source.status).toBe('failing');
        expect(source.lastError).toMatch(message);
        expect(new Date(source.nextPollAt).getTime()).toBeGreaterThan(Date.now() + 60 * 60_000);
        expect((await curator.get(`/api/content?sourceId=${id}`)).body.items).toEqual([]);
      }
    });

    it('imports OPML in the worker with progress to done, and refuses invalid OPML with 400', async () => {
      // The JSON feed is a source already (whatever ran before), so its entry is skipped.
      await curator.post('/api/sources', { url: `${base}/json` });
      const bad = await curator.post('/api/sources/opml', { opml: '<opml><body>' });
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].field).toBe('opml');
      const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>Feeds</title></head><body>
        <outline text="Group"><outline type="rss" text="JSON again" xmlUrl="${base}/json"/><outline type="rss" text="Gz" xmlUrl="${base}/rss-gz"/></outline>
        <outline type="rss" text="Private" xmlUrl="http://192.168.1.1/feed"/></body></opml>`;
      const started = await curator.post('/api/sources/opml', { opml });
      expect(started.status).toBe(202);
      expect(started.body).toEqual(jasmine.objectContaining({ state: 'queued', total: 3, processed: 0 }));
      await api.app.get(SourcesService).runOpmlImport(started.body.id);
      const done = (await curator.get(`/api/sources/opml/${started.body.id}`)).body;
      expect(done).toEqual(jasmine.objectContaining({ state: 'done', total: 3, processed: 3, skipped: 1, created: 2 }));
      expect(done.errors).toEqual([{ url: 'http://192.168.1.1/feed', message: jasmine.stringMatching(/private/) }]);
      expect((await curator.get('/api/sources/opml/not-a-uuid')).status).toBe(404);
      // The sources the import created are audited as the importing curator's, not as the system's.
      const [importer] = await api.dataSource.query(
        `SELECT actor_id, actor_email FROM audit_events WHERE action = 'source.opml_import' AND target_id = $1`,
        [started.body.id],
      );
      expect(importer.actor_id).toEqual(jasmine.any(String));
      const createdBy = await api.dataSource.query(
        `SELECT ae.actor_id, ae.actor_email FROM audit_events ae JOIN sources s ON s.id::text = ae.target_id WHERE ae.action = 'source.create' AND s.url LIKE '%/rss-gz'`,
      );
      expect(createdBy).toEqual([{ actor_id: importer.actor_id, actor_email: importer.actor_email }]);
    });
  });

  describe('items, workflow and the feed', () => {
    let dach: string;
    let benelux: string;
    let inDach: TestClient;
    let outside: TestClient;
    let topic: string;

    beforeAll(async () => {
      dach = (await createGroup(api.dataSource, `Sales DACH ${Date.now()}`)).id;
      benelux = (await createGroup(api.dataSource, `Marketing Benelux ${Date.now()}`)).id;
      const a = await createUser(api.dataSource, { roles: ['advocate'], groupIds: [dach] });
      const b = await createUser(api.dataSource, { roles: ['advocate'], groupIds: [benelux] });
      inDach = api.client();
      await inDach.login(a.email, a.password);
      outside = api.client();
      await outside.login(b.email, b.password);
      topic = (await curator.post('/api/topics', { name: `Cloud ${Date.now()}` })).body.id;
    });

    const create = async (body: Record<string, unknown>) => {
      const response = await curator.post('/api/content', body);
      expect(response.status).withContext(JSON.stringify(response.body)).toBe(201);
      return response.body.id as string;
    };
    const act = (client: TestClient, id: string, action: string, comment?: string) =>
      client.post(`/api/content/${id}/transition`, { action, comment });
    const feedIds = async (client: TestClient, query = '') =>
      ((await client.get(`/api/feed${query}`)).body.items as Array<{ id: string }>).map((i) => i.id);

    it('topics: create, 409 on duplicates, 400 naming the field, 404 on unknown ids', async () => {
      const name = `Security ${Date.now()}`;
      expect((await curator.post('/api/topics', { name })).status).toBe(201);
      const dup = await curator.post('/api/topics', { name });
      expect(dup.status).toBe(409);
      expect(dup.body.errors).toEqual([{ field: 'name', message: jasmine.any(String) }]);
      expect((await curator.post('/api/topics', {})).body.errors[0].field).toBe('name');
      expect((await curator.delete('/api/topics/nope')).status).toBe(404);
      expect((await inDach.get('/api/topics')).status).toBe(200);
    });

    it('walks inbox → accept (prefilled texts) → submit → four-eyes approve → feed, all audited', async () => {
      const id = await create({
        title: 'Hybrid cloud for retail',
        url: `https://news.example.com/hybrid?utm_campaign=x&id=${Date.now()}`,
        topicIds: [topic],
        audienceIds: [dach],
      });
      const created = (await curator.get(`/api/content/${id}`)).body;
      expect(created).toEqual(jasmine.objectContaining({ origin: 'import', state: 'draft' }));
      const dup = await curator.post('/api/content', {
        title: 'again',
        url: created.url.replace('utm_campaign=x&', ''),
      });
      expect(dup.status).toBe(409);
      expect(dup.body.errors[0].field).toBe('url');

      await api.dataSource.query(`UPDATE content_items SET state = 'new' WHERE id = $1`, [id]);
      const accepted = await act(curator, id, 'accept');
      expect(accepted.body.state).toBe('draft');
      expect(accepted.body.suggestedTexts.map((t: { network: string }) => t.network)).toEqual(['linkedin', 'x']);

      expect((await admin.put('/api/content/settings', { requireSecondApprover: true })).body).toEqual({
        requireSecondApprover: true,
      });
      const fromDraft = await act(curator, id, 'approve');
      expect(fromDraft.status).toBe(409);
      expect(fromDraft.body.code).toBe('content.invalid_transition');
      expect((await act(curator, id, 'submit')).body.state).toBe('in_review');
      expect((await act(curator, id, 'approve')).body.code).toBe('content.second_approver_required');
      const rejected = await act(curator2, id, 'reject');
      expect(rejected.status).toBe(400);
      expect(rejected.body.errors[0].field).toBe('comment');
      const approved = await act(curator2, id, 'approve');
      expect(approved.status).toBe(200);
      expect(approved.body.state).toBe('approved');
      await admin.put('/api/content/settings', { requireSecondApprover: false });

      expect(await feedIds(inDach)).toContain(id);
      expect(await feedIds(outside)).not.toContain(id);
      const audit = await api.dataSource.query(`SELECT action FROM audit_events WHERE target_id = $1 ORDER BY id`, [
        id,
      ]);
      expect(audit.map((a: { action: string }) => a.action)).toEqual(
        jasmine.arrayContaining(['content.accept', 'content.submit', 'content.approve']),
      );
      const bad = await act(curator, id, 'accept');
      expect(bad.status).toBe(409);
      expect(bad.body.detail).toContain('"approved"');
    });

    it('four-eyes: editing an approved or in-review item sends it back to review, and the editor cannot approve it', async () => {
      expect((await admin.put('/api/content/settings', { requireSecondApprover: true })).status).toBe(200);
      try {
        const id = await create({ title: 'Four-eyes edit', audienceIds: [dach] });
        expect((await act(curator, id, 'submit')).body.state).toBe('in_review');
        expect((await act(curator2, id, 'approve')).body.state).toBe('approved');
        expect(await feedIds(inDach)).toContain(id);

        // A curator widens the approved item to everyone: it leaves the feed until someone else approves.
        const edited = await curator.patch(`/api/content/${id}`, { title: 'Widened', audienceIds: [] });
        expect(edited.status).toBe(200);
        expect(edited.body.state).toBe('in_review');
        expect(await feedIds(outside)).not.toContain(id);
        expect(await feedIds(inDach)).not.toContain(id);
        expect((await act(curator, id, 'approve')).body.code).toBe('content.second_approver_required');

        // The approver edits the item under review: now they are its submitter and cannot approve it either.
        expect((await curator2.patch(`/api/content/${id}`, { summary: 'Approver edit' })).body.state).toBe('in_review');
        expect((await act(curator2, id, 'approve')).body.code).toBe('content.second_approver_required');
        expect((await act(curator, id, 'approve')).body.state).toBe('approved');
        expect(await feedIds(outside)).toContain(id);

        const audit = await api.dataSource.query(`SELECT action FROM audit_events WHERE target_id = $1 ORDER BY id`, [
          id,
        ]);
        expect(audit.filter((a: { action: string }) => a.action === 'content.resubmitted').length).toBe(2);
      } finally {
        await admin.put('/api/content/settings', { requireSecondApprover: false });
      }
    });

    it('without four-eyes, editing an approved item keeps it approved and in the feed', async () => {
      const id = await create({ title: 'Single-eyes edit' });
      expect((await act(curator, id, 'approve')).body.state).toBe('approved');
      const edited = await curator.patch(`/api/content/${id}`, { title: 'Single-eyes edited' });
      expect(edited.body.state).toBe('approved');
      expect(await feedIds(outside)).toContain(id);
    });

    it('refuses a tampered feed cursor whose timestamp is not a date with 400 naming cursor', async () => {
      const id = '00000000-0000-4000-8000-000000000000';
      for (const at of ['not-a-date', '2024-02-30T00:00:00.000000Z', '99999-01-01T00:00:00Z']) {
        const tampered = Buffer.from(JSON.stringify([false, at, id])).toString('base64url');
        const response = await inDach.get(`/api/feed?cursor=${tampered}`);
        expect(response.status).withContext(at).toBe(400);
        expect(response.body.errors?.[0]?.field).withContext(at).toBe('cursor');
        const listed = await curator.get(
          `/api/content?cursor=${Buffer.from(JSON.stringify([at, id])).toString('base64url')}`,
        );
        expect(listed.status).withContext(at).toBe(400);
        expect(listed.body.errors?.[0]?.field).withContext(at).toBe('cursor');
      }
    });

    it('shows untargeted items to everyone, hides future and expired ones, featured first, searches German and English', async () => {
      const approve = async (body: Record<string, unknown>) => {
        const id = await create(body);
        expect((await act(curator, id, 'approve')).status).toBe(200);
        return id;
      };
      const everyone = await approve({
        title: 'Kubernetes security checklist',
        summary: 'Securing clusters in production',
        language: 'en',
      });
      const german = await approve({
        title: 'Sicherheitslösungen für Rechenzentren',
        summary: 'Wir schützen die Rechenzentren unserer Kunden',
        language: 'de',
      });
      const featured = await approve({ title: 'Featured announcement', featured: true });
      const future = await approve({ title: 'Embargoed', publishAt: new Date(Date.now() + 3600_000).toISOString() });
      const expiring = await approve({ title: 'Short lived', expiresAt: new Date(Date.now() + 1000).toISOString() });

      const seen = await feedIds(outside);
      expect(seen[0]).toBe(featured);
      expect(seen).toEqual(jasmine.arrayContaining([everyone, german, expiring]));
      expect(seen).not.toContain(future);

      const debug = await inDach.get(`/api/feed?q=${encodeURIComponent('securing cluster')}`);
      expect(debug.body.items?.map((i: { id: string }) => i.id))
        .withContext(JSON.stringify(debug.body))
        .toEqual([everyone]);
      expect(await feedIds(inDach, `?q=${encodeURIComponent('Kunde schützen')}`)).toEqual([german]);
      expect(await feedIds(inDach, `?q=${encodeURIComponent('Sicherheitslösung')}`)).toEqual([german]);
      const inGerman = await feedIds(inDach, '?language=de');
      expect(inGerman).toContain(german);
      expect(inGerman).not.toContain(everyone);
      expect((await inDach.get('/api/feed?language=klingon')).body.errors).toEqual([
        { field: 'language', message: 'must be one of en, de, nl, fr, es' },
      ]);

      await new Promise((r) => setTimeout(r, 1100));
      expect(await feedIds(outside)).not.toContain(expiring);
      expect(await api.app.get(ContentService).expireDue()).toBeGreaterThanOrEqual(1);
      expect((await curator.get(`/api/content/${expiring}`)).body.state).toBe('expired');
    });

    it('pages the feed with an opaque cursor, without duplicates or gaps, and filters by topic', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 7; i++) {
        const id = await create({ title: `Paged ${i}`, topicIds: [topic] });
        await act(curator, id, 'approve');
        ids.push(id);
      }
      const collected: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { items: Array<{ id: string }>; nextCursor: string | null } } = await inDach.get(
          `/api/feed?topicId=${topic}&limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        );
        collected.push(...page.body.items.map((i) => i.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(new Set(collected).size).toBe(collected.length);
      expect(collected).toEqual(jasmine.arrayContaining(ids));
      expect((await inDach.get('/api/feed?cursor=garbage')).status).toBe(400);
      expect((await inDach.get('/api/feed?limit=0')).body.errors[0].field).toBe('limit');
    });

    it('bulk-transitions with a result per item', async () => {
      const a = await create({ title: 'Bulk a' });
      const b = await create({ title: 'Bulk b' });
      await act(curator, b, 'approve');
      const result = await curator.post('/api/content/bulk', { ids: [a, b], action: 'submit' });
      expect(result.body.succeeded).toEqual([a]);
      expect(result.body.failed).toEqual([{ id: b, message: jasmine.stringMatching(/"approved"/) }]);
      expect((await curator.post('/api/content/bulk', { ids: Array(201).fill(a), action: 'submit' })).status).toBe(400);
    });

    it('previews a URL through the safe fetcher, with 422 naming the problem', async () => {
      const preview = await curator.post('/api/content/preview', { url: `${base}/html` });
      expect(preview.status).toBe(200);
      expect(preview.body).toEqual(
        jasmine.objectContaining({
          title: 'An OG title',
          summary: 'OG description of the article',
          imageUrl: `${base}/img.png`,
          siteName: 'Example',
          canonicalUrl: `${base}/html`,
          language: 'en',
        }),
      );
      const png = await curator.post('/api/content/preview', { url: `${base}/png` });
      expect(png.status).toBe(422);
      expect(png.body.detail).toMatch(/content type/);
      const internal = await curator.post('/api/content/preview', { url: 'http://169.254.169.254/' });
      expect(internal.status).toBe(422);
      expect(internal.body.code).toBe('content.fetch_blocked_address');
      expect((await curator.post('/api/content/preview', { url: 'javascript:alert(1)' })).body.errors[0].field).toBe(
        'url',
      );
    });

    it('stores images whose bytes match their type, and serves them with a long cache header', async () => {
      const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 1)]);
      const uploaded = await curator.post('/api/content/images', {
        contentType: 'image/png',
        dataBase64: png.toString('base64'),
      });
      expect(uploaded.status).toBe(201);
      expect(uploaded.body.url).toBe(`/api/content/images/${uploaded.body.id}`);
      const fetched = await inDach.get(uploaded.body.url);
      expect(fetched.status).toBe(200);
      expect(fetched.headers['content-type']).toBe('image/png');
      expect(String(fetched.headers['cache-control'])).toContain('max-age=31536000');
      const lie = await curator.post('/api/content/images', {
        contentType: 'image/jpeg',
        dataBase64: png.toString('base64'),
      });
      expect(lie.status).toBe(400);
      expect(lie.body.errors[0].field).toBe('dataBase64');
      expect((await inDach.get('/api/content/images/nope')).status).toBe(404);
    });

    it('updates a source: validates each field, refuses the URL, disables and re-enables polling', async () => {
      const id = (await curator.post('/api/sources', { url: `${base}/json?patch=1` })).body.id;
      const bad = await curator.patch(`/api/sources/${id}`, { pollIntervalMinutes: 1, language: 'xx', url: 'https://other.example/' });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['language', 'pollIntervalMinutes', 'url']);
      const updated = await curator.patch(`/api/sources/${id}`, { name: 'Renamed', pollIntervalMinutes: 30, enabled: false });
      expect(updated.status).toBe(200);
      expect(updated.body).toEqual(jasmine.objectContaining({ name: 'Renamed', pollIntervalMinutes: 30, enabled: false, status: 'disabled' }));
      expect((await curator.patch(`/api/sources/${id}`, { enabled: true })).body.enabled).toBeTrue();
    });

    it('deletes a source and keeps its items', async () => {
      const id = (await curator.post('/api/sources', { url: `${base}/json?keep=1` })).body.id;
      const item = await create({ title: 'Kept', url: `https://kept.example.com/${Date.now()}` });
      await api.dataSource.query(`UPDATE content_items SET source_id = $1 WHERE id = $2`, [id, item]);
      expect((await curator.delete(`/api/sources/${id}`)).status).toBe(204);
      const [row] = await api.dataSource.query(`SELECT source_id FROM content_items WHERE id = $1`, [item]);
      expect(row.source_id).toBeNull();
      expect((await curator.post(`/api/sources/${id}/poll`)).status).toBe(404);
      expect((await curator.get('/api/content/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    });
  });
});
