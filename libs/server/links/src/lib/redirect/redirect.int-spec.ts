import { Clock } from '@chorus/server/core';
import { createUser, startTestApi, TestApi } from '@chorus/server/testing';
import type { NetworkName } from '@chorus/shared/contracts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LinksService } from '../links.service';
import { ClickWriter } from './click-writer.service';
import { advocateKey } from './utm';

const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36';
const SECRET = 'test-secret-test-secret-test-secret-0123';

interface ClickRecord {
  link_id: string;
  share_id: string | null;
  network: string;
  clicked_at: Date;
  referrer_host: string | null;
  is_bot: boolean;
  visitor_key: string;
}

async function makeLink(api: TestApi, options: { network?: NetworkName; url?: string; title?: string } = {}) {
  const url = options.url ?? 'https://example.com/post?id=7';
  const user = await createUser(api.dataSource);
  const [item] = await api.dataSource.query(
    `INSERT INTO content_items (origin, state, title, url) VALUES ('curator', 'approved', $1, $2) RETURNING id`,
    [options.title ?? 'Cloud Security: 5 Lessons', url],
  );
  const link = await api.app.get(LinksService).ensure({
    userId: user.id,
    contentItemId: item.id,
    network: options.network ?? 'linkedin',
    targetUrl: url,
  });
  return { userId: user.id as string, itemId: item.id as string, ...link };
}

function click(api: TestApi, path: string, headers: Record<string, string> = {}) {
  return api.app.inject({
    method: 'GET',
    url: path,
    headers: { 'user-agent': CHROME, 'x-forwarded-for': '203.0.113.7', ...headers },
  });
}

async function clicksOf(api: TestApi, linkId: string): Promise<ClickRecord[]> {
  return api.dataSource.query(`SELECT * FROM link_clicks WHERE link_id = $1 ORDER BY id`, [linkId]);
}

async function waitFor(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('tracked-link redirect /l/<code> (real Postgres)', () => {
  let api: TestApi;
  let writer: ClickWriter;

  beforeAll(async () => {
    // Nothing is written by the timer here: each spec flushes when it wants rows.
    api = await startTestApi({ LINK_CLICK_FLUSH_MS: '60000', LINK_CLICK_BATCH_SIZE: '1000' });
    writer = api.app.get(ClickWriter);
  });

  afterAll(async () => {
    await api.close();
  });

  it('redirects (302) to the target with the UTM scheme, and records the click after a flush', async () => {
    const link = await makeLink(api, { network: 'x', url: 'https://example.com/post?id=7#part-2' });
    const response = await click(api, `/l/${link.code}`, { referer: 'https://t.co/xyz' });
    expect(response.statusCode).toBe(302);
    expect(response.headers['cache-control']).toBe('no-store');
    const location = new URL(String(response.headers['location']));
    expect(location.origin + location.pathname + location.hash).toBe('https://example.com/post#part-2');
    expect(Object.fromEntries(location.searchParams)).toEqual({
      id: '7',
      utm_source: 'x',
      utm_medium: 'employee_advocacy',
      utm_campaign: 'cloud-security-5-lessons',
      utm_content: advocateKey(SECRET, link.userId),
    });
    expect(location.searchParams.get('utm_content')).toMatch(/^[0-9a-f]{10}$/);

    expect(await clicksOf(api, link.id))
      .withContext('the redirect did not wait for the write')
      .toEqual([]);
    await writer.flush();
    const [row] = await clicksOf(api, link.id);
    expect(row).toEqual(
      jasmine.objectContaining({
        link_id: link.id,
        share_id: null,
        network: 'x',
        referrer_host: 't.co',
        is_bot: false,
      }),
    );
    expect(row.visitor_key).toMatch(/^[0-9a-f]{64}$/);
    expect(Math.abs(new Date(row.clicked_at).getTime() - Date.now())).toBeLessThan(10_000);
  });

  it("keeps the target's own utm_* and answers a repeated code from memory", async () => {
    const link = await makeLink(api, { url: 'https://example.com/a?utm_source=newsletter&utm_campaign=spring' });
    const first = await click(api, `/l/${link.code}`);
    const second = await click(api, `/l/${link.code}`);
    expect(second.headers['location']).toBe(first.headers['location']);
    const location = new URL(String(first.headers['location']));
    expect(location.searchParams.get('utm_source')).toBe('newsletter');
    expect(location.searchParams.get('utm_campaign')).toBe('spring');
    expect(location.searchParams.get('utm_medium')).toBe('employee_advocacy');
    expect(location.searchParams.getAll('utm_source').length).toBe(1);
  });

  it('answers unknown and malformed codes with a friendly HTML 404 and records nothing', async () => {
    await writer.flush();
    const [{ count: before }] = await api.dataSource.query(`SELECT count(*)::int AS count FROM link_clicks`);
    for (const path of [
      '/l/Zz9Zz9Zz',
      '/l/Zz9Zz9Zz',
      '/l/bad.code',
      '/l/',
      '/l',
      '/l/a/b',
      `/l/${'x'.repeat(300)}`,
      '/l/%00',
    ]) {
      const response = await click(api, path);
      expect(response.statusCode).withContext(path).toBe(404);
      expect(response.headers['content-type']).withContext(path).toContain('text/html');
      expect(response.body).withContext(path).toContain('This link does not exist');
    }
    expect(writer.buffered).toBe(0);
    await writer.flush();
    const [{ count: after }] = await api.dataSource.query(`SELECT count(*)::int AS count FROM link_clicks`);
    expect(after).toBe(before);
  });

  it('flags bots (link previewers, crawlers) as is_bot', async () => {
    const link = await makeLink(api);
    await click(api, `/l/${link.code}`, {
      'user-agent': 'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)',
    });
    await click(api, `/l/${link.code}`);
    await writer.flush();
    expect((await clicksOf(api, link.id)).map((c) => c.is_bot)).toEqual([true, false]);
  });

  it('gives the same visitor key to the same IP + user agent within a day, and another one the next day', async () => {
    const link = await makeLink(api);
    const clock = api.app.get(Clock);
    try {
      await click(api, `/l/${link.code}`);
      await click(api, `/l/${link.code}`);
      await click(api, `/l/${link.code}`, { 'x-forwarded-for': '198.51.100.9' });
      clock.setOffset(86_400_000);
      await click(api, `/l/${link.code}`);
      await writer.flush();
    } finally {
      clock.setOffset(0);
    }
    const keys = (await clicksOf(api, link.id)).map((c) => c.visitor_key);
    expect(keys.length).toBe(4);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
    expect(keys[3]).withContext('the next day has another salt').not.toBe(keys[0]);
    const days = await api.dataSource.query(`SELECT day FROM link_visitor_salts`);
    expect(days.length).toBeGreaterThanOrEqual(2);
  });

  it('stores no raw IP address or user agent anywhere in the table', async () => {
    const columns: Array<{ column_name: string }> = await api.dataSource.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'link_clicks' ORDER BY column_name`,
    );
    expect(columns.map((c) => c.column_name)).toEqual([
      'clicked_at',
      'id',
      'is_bot',
      'link_id',
      'network',
      'referrer_host',
      'share_id',
      'visitor_key',
    ]);
    const link = await makeLink(api);
    await click(api, `/l/${link.code}`, { 'x-forwarded-for': '192.0.2.201' });
    await writer.flush();
    const [row] = await api.dataSource.query(
      `SELECT row_to_json(c)::text AS json FROM link_clicks c WHERE link_id = $1`,
      [link.id],
    );
    expect(row.json).not.toContain('192.0.2.201');
    expect(row.json).not.toContain('Chrome');
  });

  it("attributes a click to the link's latest published share", async () => {
    const link = await makeLink(api);
    const share = async (state: string, publishedAt: string | null) => {
      const [row] = await api.dataSource.query(
        `INSERT INTO shares (user_id, network, content_item_id, link_id, text, timing, state, scheduled_at, due_at, published_at)
         VALUES ($1, 'linkedin', $2, $3, 'Read this', 'now', $4, now(), now(), $5) RETURNING id`,
        [link.userId, link.itemId, link.id, state, publishedAt],
      );
      return row.id as string;
    };
    await share('published', '2026-01-01T10:00:00Z');
    const latest = await share('published', '2026-02-01T10:00:00Z');
    await share('failed', null);
    await click(api, `/l/${link.code}`);
    await writer.flush();
    expect((await clicksOf(api, link.id)).map((c) => c.share_id)).toEqual([latest]);
  });
});

describe('tracked-link click writer: batches and shutdown (real Postgres)', () => {
  let api: TestApi;
  let reader: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ LINK_CLICK_FLUSH_MS: '60000', LINK_CLICK_BATCH_SIZE: '3' });
    reader = await startTestApi();
  });

  afterAll(async () => {
    await reader.close();
  });

  it('writes full batches at once, and the rest on a clean shutdown', async () => {
    const link = await makeLink(api);
    for (let i = 0; i < 7; i++) expect((await click(api, `/l/${link.code}`)).statusCode).toBe(302);
    await waitFor(async () => (await clicksOf(reader, link.id)).length === 6);
    expect(api.app.get(ClickWriter).buffered).toBe(1);
    await api.close();
    expect((await clicksOf(reader, link.id)).length).toBe(7);
  });
});

describe('tracked-link click buffer bound, and the web client beside the redirect (real Postgres)', () => {
  let api: TestApi;

  beforeAll(async () => {
    const web = mkdtempSync(join(tmpdir(), 'chorus-web-'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Chorus app shell</title>');
    api = await startTestApi({
      LINK_CLICK_FLUSH_MS: '60000',
      LINK_CLICK_BATCH_SIZE: '1000',
      LINK_CLICK_BUFFER_MAX: '2',
      WEB_DIST_DIR: web,
    });
  });

  afterAll(async () => {
    await api.close();
  });

  it('drops clicks beyond the bound (the visitor is still redirected) and reports how many', async () => {
    const link = await makeLink(api);
    for (let i = 0; i < 5; i++) expect((await click(api, `/l/${link.code}`)).statusCode).toBe(302);
    const writer = api.app.get(ClickWriter);
    expect(writer.dropped).toBe(3);
    await writer.flush();
    expect((await clicksOf(api, link.id)).length).toBe(2);
    const metrics = await api.app.inject({ method: 'GET', url: '/api/health/metrics' });
    expect(metrics.statusCode).toBe(200);
    expect(metrics.headers['content-type']).toContain('text/plain');
    expect(metrics.body).toContain('\nchorus_link_clicks_dropped_total 3\n');
    expect(metrics.body).toContain('\nchorus_link_clicks_recorded_total 2\n');
    expect(metrics.body).toContain('\nchorus_link_clicks_buffered 0\n');
  });

  it('leaves /l/* to the redirect when the web client is served (its routes still get the shell)', async () => {
    expect((await api.app.inject({ method: 'GET', url: '/login' })).body).toContain('Chorus app shell');
    for (const path of ['/l/Zz9Zz9Zz', '/l/a/b', '/l/', '/l']) {
      const response = await click(api, path);
      expect(response.statusCode).withContext(path).toBe(404);
      expect(response.body).withContext(path).toContain('This link does not exist');
    }
  });
});
