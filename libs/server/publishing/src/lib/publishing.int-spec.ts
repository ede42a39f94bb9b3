import type { PublishingSettings, ShareView } from '@chorus/shared/contracts';
import { defaultRulePack } from '@chorus/server/guidelines';
import {
  createUser,
  SandboxProcess,
  startSandboxProcess,
  startTestApi,
  startTestWorker,
  TestApi,
  TestClient,
  testEnvironment,
  TestWorker,
} from '@chorus/server/testing';
import { randomUUID } from 'node:crypto';
import { NotificationsService } from './notifications/notifications.service';
import { PublishingFixture } from './testing/publishing-fixture';

const HOUR = 3_600_000;
const DEFAULT_SETTINGS: PublishingSettings = {
  maxPerDay: { linkedin: 3, x: 5 },
  minSpacingMinutes: 30,
  blackouts: [],
  xSimilarityThreshold: 0.6,
  showXCost: false,
};

/** Tomorrow (UTC) at the given hour: a time well ahead, on one calendar day in the advocate's zone (UTC). */
function tomorrowAt(hour: number, minute = 0): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, hour, minute));
}

/**
 * Share and schedule through the API, with the real worker publishing to the real sandbox process.
 * A queue prefix of its own, so this file's worker never sees another spec's jobs.
 */
describe('share and schedule (API + worker + real sandbox)', () => {
  let sandbox: SandboxProcess;
  let api: TestApi;
  let worker: TestWorker;
  let kit: PublishingFixture;
  let admin: TestClient;

  // Specs wait for a worker and the network: more than Jasmine's default 5 s, never minutes.
  let defaultTimeout = 0;
  beforeAll(() => {
    defaultTimeout = jasmine.DEFAULT_TIMEOUT_INTERVAL;
    jasmine.DEFAULT_TIMEOUT_INTERVAL = 40_000;
  });
  afterAll(() => {
    jasmine.DEFAULT_TIMEOUT_INTERVAL = defaultTimeout;
  });

  beforeAll(async () => {
    sandbox = await startSandboxProcess();
    const overrides = {
      QUEUE_PREFIX: `${(await testEnvironment()).queuePrefix}_pub`,
      NETWORK_SANDBOX_PORT: String(sandbox.httpPort),
      NETWORK_TIMEOUT_MS: '3000',
      PUBLISH_RECONCILE_INTERVAL_SECONDS: '1',
      PUBLISH_RESOLVE_DELAY_SECONDS: '0',
      PUBLISH_RETRY_BASE_SECONDS: '0.2',
    };
    api = await startTestApi(overrides);
    worker = await startTestWorker(overrides);
    kit = new PublishingFixture(api, sandbox);
    await kit.setUpNetworkApps();
    const adminUser = await createUser(api.dataSource, { roles: ['admin'] });
    admin = api.client();
    await admin.login(adminUser.email, adminUser.password);
    expect((await admin.put('/api/publishing/settings', DEFAULT_SETTINGS)).status).toBe(200);
  }, 90_000);

  afterAll(async () => {
    await admin?.put('/api/publishing/settings', DEFAULT_SETTINGS);
    await kit?.cleanUp();
    await worker?.close();
    await api?.close();
    await sandbox?.stop();
  }, 30_000);

  const settings = async (change: Partial<PublishingSettings>) => {
    const response = await admin.put('/api/publishing/settings', { ...DEFAULT_SETTINGS, ...change });
    expect(response.status).withContext(JSON.stringify(response.body)).toBe(200);
  };

  describe('the composer', () => {
    it('drafts per network with the tracked link in the suggested text, alternatives, default times, no X cost', async () => {
      const advocate = await kit.advocate();
      const item = await kit.item();
      const draft = await kit.draft(advocate, item.id);

      expect(draft.contentItem).toEqual(jasmine.objectContaining({ id: item.id, title: item.title, url: item.url }));
      expect(draft.targets.map((t) => t.network)).toEqual(['linkedin', 'x']);
      for (const target of draft.targets) {
        expect(target.trackedUrl).toMatch(/^http:\/\/chorus\.test\/l\/\w+$/);
        expect(target.text).toContain(target.trackedUrl as string);
        expect(target.text).withContext('the item address is swapped for the tracked link').not.toContain(item.url as string);
        expect(target.account).toEqual(jasmine.objectContaining({ state: 'connected' }));
      }
      const [linkedin, x] = draft.targets;
      expect(linkedin.trackedUrl).not.toBe(x.trackedUrl);
      expect([linkedin.maxLength, linkedin.lengthCounting]).toEqual([3000, 'characters']);
      expect([x.maxLength, x.lengthCounting]).toEqual([280, 'x-weighted']);
      expect(draft.alternativeTexts).toEqual(item.suggestedTexts.map((t) => ({ id: t.id, network: t.network, text: t.text })));
      expect(draft.xCost).toBeNull();
      expect(draft.xOriginality).toEqual({ threshold: 0.6 });
      expect(draft.suggestedTimes.basis).toBe('defaults');
      expect(draft.suggestedTimes.times.length).toBeGreaterThan(0);
      expect(draft.nextQueueSlot).toBeNull();
      expect(draft.limits).toEqual({ maxPerDay: { linkedin: 3, x: 5 }, minSpacingMinutes: 30, blackouts: [] });

      // The same links on the next visit; unknown items are 404s naming the field.
      expect((await kit.draft(advocate, item.id)).targets.map((t) => t.trackedUrl)).toEqual([linkedin.trackedUrl, x.trackedUrl]);
      const missing = await advocate.client.get(`/api/compose/${randomUUID()}`);
      expect(missing.status).toBe(404);
      expect(missing.body.errors).toEqual([{ field: 'contentItemId', message: jasmine.any(String) }]);
      expect((await advocate.client.get('/api/compose/not-a-uuid')).status).toBe(404);

      await settings({ showXCost: true });
      try {
        expect((await kit.draft(advocate, item.id)).xCost).toEqual({ currency: 'USD', perPost: 0.015, perPostWithLink: 0.2 });
      } finally {
        await settings({});
      }
    });

    it('drafts for an advocate without accounts, with no account per target', async () => {
      const advocate = await kit.advocate([]);
      const draft = await kit.draft(advocate, (await kit.item()).id);
      expect(draft.targets.map((t) => t.account)).toEqual([null, null]);
    });

    it('measures X originality: the suggested text is refused, the advocate’s own words pass', async () => {
      const advocate = await kit.advocate(['x']);
      const item = await kit.item();
      const draft = await kit.draft(advocate, item.id);
      const x = draft.targets[1];

      const copied = await advocate.client.post('/api/compose/originality', { contentItemId: item.id, text: x.text });
      expect(copied.status).toBe(200);
      expect(copied.body).toEqual(jasmine.objectContaining({ threshold: 0.6, allowed: false }));
      expect(copied.body.toSuggested).toBeGreaterThan(0.6);

      const refused = await kit.share(advocate, { contentItemId: item.id, targets: [{ network: 'x', text: x.text }], timing: 'now' });
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('publishing.too_similar');
      expect(refused.body.errors).toEqual([{ field: 'targets[0].text', message: jasmine.stringMatching(/similar to the suggested text/) }]);

      const own = kit.ownWords(draft, 'x');
      const measured = await advocate.client.post('/api/compose/originality', { contentItemId: item.id, text: own });
      expect(measured.body.allowed).withContext(JSON.stringify(measured.body)).toBeTrue();
      const accepted = await kit.share(advocate, {
        contentItemId: item.id,
        targets: [{ network: 'x', text: own }],
        timing: 'scheduled',
        scheduledAt: new Date(Date.now() + 2 * HOUR).toISOString(),
      });
      expect(accepted.status).withContext(JSON.stringify(accepted.body)).toBe(201);
    });
  });

  describe('sharing', () => {
    it('shares now on both networks: the worker publishes each exactly once, with the tracked link', async () => {
      const advocate = await kit.advocate();
      const item = await kit.item();
      const draft = await kit.draft(advocate, item.id);
      const linkedinText = draft.targets[0].text;
      const xText = kit.ownWords(draft, 'x');

      const created = await kit.share(advocate, {
        contentItemId: item.id,
        targets: [
          { network: 'linkedin', text: linkedinText },
          { network: 'x', text: xText },
        ],
        timing: 'now',
      });
      expect(created.status).withContext(JSON.stringify(created.body)).toBe(201);
      expect(created.body.shares.map((s: ShareView) => [s.network, s.timing])).toEqual([
        ['linkedin', 'now'],
        ['x', 'now'],
      ]);

      for (const share of created.body.shares as ShareView[]) {
        const done = await kit.waitForState(advocate, share.id, 'published');
        const tracked = draft.targets.find((t) => t.network === share.network)?.trackedUrl as string;
        expect(done.trackedUrl).toBe(tracked);
        expect(done.attempts).toBe(1);
        expect(done.failure).toBeNull();
        expect(done.publishedAt).not.toBeNull();
        const posts = await kit.postsWithLink(share.network, tracked);
        expect(posts.length).withContext(share.network).toBe(1);
        expect(done.postUrl).toEqual(
          share.network === 'x'
            ? jasmine.stringMatching(new RegExp(`^https://x\\.com/\\w+/status/${posts[0].id}$`))
            : `https://www.linkedin.com/feed/update/${posts[0].id}/`,
        );
      }
      const x = (await kit.postsWithLink('x', draft.targets[1].trackedUrl as string))[0];
      expect(x.rawText).toBe(xText);

      const published = await advocate.client.get('/api/shares?view=published');
      expect(published.body.items.map((s: ShareView) => s.id).sort()).toEqual(created.body.shares.map((s: ShareView) => s.id).sort());
      const publishedNotes = () =>
        advocate.client.get('/api/notifications').then((r) => r.body.items.filter((n: { kind: string }) => n.kind === 'share_published'));
      expect((await kit.until(publishedNotes, (n) => n.length >= 2)).length).toBe(2);
      expect(worker.mail.sent.filter((m) => m.to === advocate.email)).withContext('successes are not mailed').toEqual([]);
    });

    it('schedules at a time: stays scheduled, can be rescheduled and edited, then cancelled once', async () => {
      const advocate = await kit.advocate(['x']);
      const at = new Date(Date.now() + 2 * HOUR);
      const { share, trackedUrl } = await kit.shareOne(advocate, 'x', { timing: 'scheduled', scheduledAt: at.toISOString() });
      expect(share).toEqual(jasmine.objectContaining({ state: 'scheduled', timing: 'scheduled', scheduledAt: at.toISOString(), dueAt: at.toISOString() }));
      await new Promise((r) => setTimeout(r, 2500)); // a couple of reconcile passes
      expect((await kit.view(advocate, share.id)).state).toBe('scheduled');
      expect(await kit.postsWithLink('x', trackedUrl)).toEqual([]);
      expect((await advocate.client.get('/api/shares?view=upcoming')).body.items.map((s: ShareView) => s.id)).toEqual([share.id]);

      const later = new Date(at.getTime() + HOUR).toISOString();
      const moved = await advocate.client.patch(`/api/shares/${share.id}`, { scheduledAt: later });
      expect(moved.status).withContext(JSON.stringify(moved.body)).toBe(200);
      expect([moved.body.scheduledAt, moved.body.dueAt, moved.body.state]).toEqual([later, later, 'scheduled']);

      const text = `Edited: still a fine read for the weekend ${trackedUrl} #employee`;
      const edited = await advocate.client.patch(`/api/shares/${share.id}`, { text });
      expect(edited.status).withContext(JSON.stringify(edited.body)).toBe(200);
      expect([edited.body.text, edited.body.scheduledAt, edited.body.dueAt]).toEqual([text, later, later]);

      const past = await advocate.client.patch(`/api/shares/${share.id}`, { scheduledAt: new Date(Date.now() - HOUR).toISOString() });
      expect(past.status).toBe(400);
      expect(past.body.errors).toEqual([{ field: 'scheduledAt', message: 'must not be in the past' }]);
      const tooLong = await advocate.client.patch(`/api/shares/${share.id}`, { text: `${'a'.repeat(300)} #employee` });
      expect(tooLong.status).toBe(400);
      expect(tooLong.body.errors).toEqual([{ field: 'text', message: jasmine.stringMatching(/X allows 280/) }]);

      const cancelled = await advocate.client.post(`/api/shares/${share.id}/cancel`);
      expect(cancelled.status).toBe(200);
      expect(cancelled.body.state).toBe('cancelled');
      const again = await advocate.client.post(`/api/shares/${share.id}/cancel`);
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('publishing.not_cancellable');
      const notEditable = await advocate.client.patch(`/api/shares/${share.id}`, { text });
      expect(notEditable.status).toBe(409);
      expect(notEditable.body.code).toBe('publishing.not_editable');
    });

    it('editing only the words keeps a share’s later due time (it may be waiting for a rate-limit reset)', async () => {
      const advocate = await kit.advocate(['x']);
      const at = new Date(Date.now() + 2 * HOUR);
      const { share, trackedUrl } = await kit.shareOne(advocate, 'x', { timing: 'scheduled', scheduledAt: at.toISOString() });
      const waitUntil = new Date(at.getTime() + HOUR);
      // As the publisher leaves a share that X asked to wait.
      await api.dataSource.query(`UPDATE shares SET due_at = $2, failure_code = 'network.rate_limited', failure_message = 'X asked us to wait.' WHERE id = $1`, [share.id, waitUntil]);
      const edited = await advocate.client.patch(`/api/shares/${share.id}`, { text: `New words for the same story ${trackedUrl} #employee` });
      expect(edited.status).withContext(JSON.stringify(edited.body)).toBe(200);
      expect(edited.body.scheduledAt).toBe(at.toISOString());
      expect(edited.body.dueAt).toBe(waitUntil.toISOString());
    });

    it('queues into the next free weekly slot, and refuses the queue without slots', async () => {
      const advocate = await kit.advocate(['x']);
      const item = await kit.item();
      const draft = await kit.draft(advocate, item.id);
      const text = kit.ownWords(draft, 'x');

      const noSlot = await kit.share(advocate, { contentItemId: item.id, targets: [{ network: 'x', text }], timing: 'queue' });
      expect(noSlot.status).toBe(422);
      expect(noSlot.body.code).toBe('publishing.no_queue_slot');
      expect(noSlot.body.errors).toEqual([{ field: 'timing', message: jasmine.stringMatching(/no weekly posting slots/) }]);

      const slots = [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, time: '09:30' }));
      const saved = await advocate.client.put('/api/me/posting-schedule', { timeZone: 'Europe/Berlin', slots, blackouts: [] });
      expect(saved.status).withContext(JSON.stringify(saved.body)).toBe(200);
      const slot = (await kit.draft(advocate, item.id)).nextQueueSlot as string;
      expect(slot).not.toBeNull();
      expect(new Date(slot).getTime()).toBeGreaterThan(Date.now());
      expect(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit' }).format(new Date(slot))).toBe('09:30');

      const queued = await kit.share(advocate, { contentItemId: item.id, targets: [{ network: 'x', text }], timing: 'queue' });
      expect(queued.status).withContext(JSON.stringify(queued.body)).toBe(201);
      expect(queued.body.shares[0]).toEqual(jasmine.objectContaining({ state: 'scheduled', timing: 'queue', scheduledAt: slot }));
      // The slot is taken now: the next draft offers the following one.
      expect(new Date((await kit.draft(advocate, item.id)).nextQueueSlot as string).getTime()).toBeGreaterThan(new Date(slot).getTime());
    });

    it('lists shares by view, soonest first for upcoming, in pages with an opaque cursor', async () => {
      const advocate = await kit.advocate(['x']);
      const ids: string[] = [];
      for (const hours of [4, 2, 3]) {
        const { share } = await kit.shareOne(advocate, 'x', { timing: 'scheduled', scheduledAt: new Date(Date.now() + hours * HOUR).toISOString() });
        ids.push(share.id);
      }
      const [four, two, three] = ids;
      const first = await advocate.client.get('/api/shares?view=upcoming&limit=2');
      expect(first.body.items.map((s: ShareView) => s.id)).toEqual([two, three]);
      const second = await advocate.client.get(`/api/shares?view=upcoming&limit=2&cursor=${first.body.nextCursor}`);
      expect(second.body.items.map((s: ShareView) => s.id)).toEqual([four]);
      expect(second.body.nextCursor).toBeNull();
      // Newest first everywhere else.
      expect((await advocate.client.get('/api/shares?view=all')).body.items.map((s: ShareView) => s.id)).toEqual([three, two, four]);
      expect((await advocate.client.get('/api/shares?view=attention')).body.items).toEqual([]);
      expect((await advocate.client.get('/api/shares?view=everything')).body.errors[0].field).toBe('view');
      expect((await advocate.client.get('/api/shares?limit=0')).body.errors[0].field).toBe('limit');
      expect((await advocate.client.get('/api/shares?cursor=bogus')).body.errors[0].field).toBe('cursor');
    });

    it('refuses malformed requests with 400s that name the field', async () => {
      const advocate = await kit.advocate(['linkedin', 'x']);
      const item = await kit.item();
      const draft = await kit.draft(advocate, item.id);
      const text = kit.ownWords(draft, 'x');
      const post = (body: Record<string, unknown>) => advocate.client.post('/api/shares', { contentItemId: item.id, timing: 'now', ...body });
      const fields = async (body: Record<string, unknown>) => {
        const response = await post(body);
        expect(response.status).withContext(JSON.stringify(response.body)).toBe(400);
        return (response.body.errors as Array<{ field: string }>).map((e) => e.field);
      };

      expect(await fields({ targets: [] })).toEqual(['targets']);
      expect(await fields({ targets: [{ network: 'x', text }, { network: 'x', text }] })).toEqual(['targets']);
      expect(await fields({ targets: [{ network: 'myspace', text }] })).toEqual(['targets.0.network']);
      expect(await fields({ targets: [{ network: 'x', text }], timing: 'soon' })).toEqual(['timing']);
      expect(await fields({ targets: [{ network: 'x', text }], timing: 'scheduled' })).toEqual(['scheduledAt']);
      expect(await fields({ targets: [{ network: 'x', text }], timing: 'scheduled', scheduledAt: 'tomorrow' })).toEqual(['scheduledAt']);
      const past = await post({ targets: [{ network: 'x', text }], timing: 'scheduled', scheduledAt: new Date(Date.now() - HOUR).toISOString() });
      expect(past.body.errors).toEqual([{ field: 'scheduledAt', message: 'must not be in the past' }]);
      const long = await post({ targets: [{ network: 'linkedin', text }, { network: 'x', text: `${'word '.repeat(60)}#employee` }] });
      expect(long.status).toBe(400);
      expect(long.body.errors).toEqual([{ field: 'targets[1].text', message: jasmine.stringMatching(/^is \d+ weighted characters; X allows 280$/) }]);
      expect(await fields({ targets: [{ network: 'x', text: '   ' }] })).toEqual(['targets[0].text']);
      expect(await fields({ contentItemId: 'nope', targets: [{ network: 'x', text }] })).toEqual(['contentItemId']);
      const unknownItem = await post({ contentItemId: randomUUID(), targets: [{ network: 'x', text }] });
      expect(unknownItem.status).toBe(404);
      expect(await api.dataSource.query(`SELECT id FROM shares WHERE user_id = $1`, [advocate.id])).toEqual([]);
    });

    it('refuses a network the advocate has not connected (422 naming the target)', async () => {
      const advocate = await kit.advocate(['linkedin']);
      const item = await kit.item();
      const draft = await kit.draft(advocate, item.id);
      const response = await kit.share(advocate, {
        contentItemId: item.id,
        targets: [
          { network: 'linkedin', text: draft.targets[0].text },
          { network: 'x', text: kit.ownWords(draft, 'x') },
        ],
        timing: 'now',
      });
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('publishing.not_connected');
      expect(response.body.errors).toEqual([{ field: 'targets[1].network', message: jasmine.stringMatching(/connect X first/) }]);
      expect(await api.dataSource.query(`SELECT id FROM shares WHERE user_id = $1`, [advocate.id])).withContext('all or nothing').toEqual([]);
    });

    it('blocks what the guidelines block, naming the target’s text', async () => {
      const advocate = await kit.advocate(['linkedin']);
      const item = await kit.item();
      const draft = await kit.draft(advocate, item.id);
      const response = await kit.share(advocate, {
        contentItemId: item.id,
        targets: [{ network: 'linkedin', text: `Great quarter! Send the bonus to DE89 3704 0044 0532 0130 00 please. ${draft.targets[0].trackedUrl} #employee` }],
        timing: 'now',
      });
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('guidelines.blocked');
      expect(response.body.errors).toContain(jasmine.objectContaining({ field: 'targets[0].text', ruleId: 'personal-data', severity: 'block' }));
    });
  });

  describe('limits', () => {
    afterEach(async () => settings({}));

    it('refuses a post over the daily cap, too close to another, or in a company blackout, with readable reasons', async () => {
      const advocate = await kit.advocate(['x']);
      const first = tomorrowAt(10);
      await settings({ maxPerDay: { linkedin: 3, x: 1 }, minSpacingMinutes: 0 });
      await kit.shareOne(advocate, 'x', { timing: 'scheduled', scheduledAt: first.toISOString() });

      const item = await kit.item();
      const text = kit.ownWords(await kit.draft(advocate, item.id), 'x');
      const attempt = (at: Date) =>
        kit.share(advocate, { contentItemId: item.id, targets: [{ network: 'x', text }], timing: 'scheduled', scheduledAt: at.toISOString() });

      const capped = await attempt(tomorrowAt(14));
      expect(capped.status).toBe(422);
      expect(capped.body.code).toBe('publishing.limit');
      expect(capped.body.errors).toEqual([{ field: 'scheduledAt', message: jasmine.stringMatching(/^You already have 1 X post on \w{3} \d+ \w{3} \(the limit is 1 a day\)\.$/) }]);

      await settings({ maxPerDay: { linkedin: 3, x: 0 }, minSpacingMinutes: 60 });
      const close = await attempt(tomorrowAt(10, 30));
      expect(close.status).toBe(422);
      expect(close.body.errors).toEqual([{ field: 'scheduledAt', message: 'Posts on X must be at least 60 minutes apart; you have one at 10:00.' }]);
      const check = await advocate.client.post('/api/shares/check-time', { network: 'x', at: tomorrowAt(10, 30).toISOString() });
      expect(check.status).toBe(200);
      expect(check.body).toEqual({ allowed: false, reasons: ['Posts on X must be at least 60 minutes apart; you have one at 10:00.'] });
      expect((await advocate.client.post('/api/shares/check-time', { network: 'x', at: tomorrowAt(12).toISOString() })).body).toEqual({ allowed: true, reasons: [] });
      expect((await advocate.client.post('/api/shares/check-time', { network: 'linkedin', at: tomorrowAt(10, 30).toISOString() })).body.allowed)
        .withContext('spacing is per network')
        .toBeTrue();

      await settings({
        maxPerDay: { linkedin: 3, x: 0 },
        minSpacingMinutes: 0,
        blackouts: [{ label: 'Q4 results quiet period', startsAt: tomorrowAt(15).toISOString(), endsAt: tomorrowAt(18).toISOString() }],
      });
      const dark = await attempt(tomorrowAt(16));
      expect(dark.status).toBe(422);
      const reason = `Company blackout "Q4 results quiet period" runs until ${tomorrowAt(18).getUTCDate()} ${new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' }).format(tomorrowAt(18))} ${tomorrowAt(18).getUTCFullYear()}, 18:00 (UTC).`;
      expect(dark.body.errors).toEqual([{ field: 'scheduledAt', message: reason }]);
      expect((await advocate.client.post('/api/shares/check-time', { network: 'linkedin', at: tomorrowAt(16).toISOString() })).body).toEqual({ allowed: false, reasons: [reason] });
      expect((await advocate.client.post('/api/shares/check-time', { network: 'x', at: new Date(Date.now() - HOUR).toISOString() })).body).toEqual({
        allowed: false,
        reasons: ['This time is in the past.'],
      });
      // Allowed after the blackout ends (the end is exclusive).
      expect((await attempt(tomorrowAt(18))).status).toBe(201);
      expect((await advocate.client.post('/api/shares/check-time', { network: 'x', at: 'soon' })).body.errors[0].field).toBe('at');
    });

    it('holds the limits when the same advocate submits twice at once (a double click)', async () => {
      const advocate = await kit.advocate(['x']);
      const item = await kit.item();
      const draft = await kit.draft(advocate, item.id);
      const at = tomorrowAt(11).toISOString();
      const body = (words: string) => ({ contentItemId: item.id, targets: [{ network: 'x' as const, text: kit.ownWords(draft, 'x', words) }], timing: 'scheduled' as const, scheduledAt: at });
      const results = await Promise.all([
        kit.share(advocate, body('One way to say it, with a twist of our own.')),
        kit.share(advocate, body('Another way to say it, entirely in my words.')),
      ]);
      expect(results.map((r) => r.status).sort()).withContext(JSON.stringify(results.map((r) => r.body))).toEqual([201, 422]);
      expect(results.find((r) => r.status === 422)?.body.code).toBe('publishing.limit');

      // The queue hands out one slot per share, not the same slot twice.
      await advocate.client.put('/api/me/posting-schedule', { timeZone: 'UTC', slots: [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, time: '07:00' })), blackouts: [] });
      const queued = await Promise.all([
        kit.share(advocate, { ...body('Queued first, my own take on it.'), timing: 'queue', scheduledAt: undefined }),
        kit.share(advocate, { ...body('Queued second, a different angle.'), timing: 'queue', scheduledAt: undefined }),
      ]);
      expect(queued.map((r) => r.status)).withContext(JSON.stringify(queued.map((r) => r.body))).toEqual([201, 201]);
      const slots = queued.map((r) => r.body.shares[0].scheduledAt);
      expect(slots[0]).not.toBe(slots[1]);
    });

    it('refuses "now" inside the spacing of a post just published, naming timing', async () => {
      const advocate = await kit.advocate(['x']);
      const { share } = await kit.shareOne(advocate, 'x');
      await kit.waitForState(advocate, share.id, 'published');
      const item = await kit.item();
      const again = await kit.share(advocate, { contentItemId: item.id, targets: [{ network: 'x', text: kit.ownWords(await kit.draft(advocate, item.id), 'x') }], timing: 'now' });
      expect(again.status).toBe(422);
      expect(again.body.code).toBe('publishing.limit');
      expect(again.body.errors).toEqual([{ field: 'timing', message: jasmine.stringMatching(/at least 30 minutes apart/) }]);
    });
  });

  describe('failure, retry and confirmation', () => {
    it('fails a post X rejects with X’s reason (in the app and by mail), and publishes it once on retry', async () => {
      const advocate = await kit.advocate(['x']);
      await sandbox.control.failNext({ network: 'x', method: 'POST', path: '/2/tweets', status: 400, body: { title: 'Invalid Request', detail: 'One or more parameters to your request was invalid.', type: 'https://api.twitter.com/2/problems/invalid-request' } });
      const { share, trackedUrl } = await kit.shareOne(advocate, 'x');
      const failed = await kit.waitForState(advocate, share.id, 'failed');
      expect(failed.failure).toEqual({ code: 'network.rejected', message: 'X refused the post: One or more parameters to your request was invalid.' });
      expect(await kit.postsWithLink('x', trackedUrl)).toEqual([]);
      const [notification] = await kit.until(() => advocate.client.get('/api/notifications').then((r) => r.body.items), (items) => items.length > 0);
      expect(notification).toEqual(jasmine.objectContaining({ kind: 'share_failed', title: 'Your X post was not published', link: '/my-posts?view=attention', readAt: null }));
      const mails = () => worker.mail.sent.filter((m) => m.to === advocate.email).map((m) => m.subject);
      expect(await kit.until(mails, (m) => m.length > 0)).toEqual(['Chorus: Your X post was not published']);
      expect((await advocate.client.get('/api/shares?view=attention')).body.items.map((s: ShareView) => s.id)).toEqual([share.id]);

      const retried = await advocate.client.post(`/api/shares/${share.id}/retry`);
      expect(retried.status).toBe(200);
      expect(retried.body.state).toBe('scheduled');
      const done = await kit.waitForState(advocate, share.id, 'published');
      expect(done.attempts).toBe(2);
      expect((await kit.postsWithLink('x', trackedUrl)).length).toBe(1);
      const twice = await advocate.client.post(`/api/shares/${share.id}/retry`);
      expect(twice.status).toBe(409);
      expect(twice.body.code).toBe('publishing.not_retryable');
    });

    it('re-checks the guidelines at publish time: a rule added after scheduling fails the share with the finding', async () => {
      const curatorUser = await createUser(api.dataSource, { roles: ['curator'] });
      const curator = api.client();
      await curator.login(curatorUser.email, curatorUser.password);
      const advocate = await kit.advocate(['linkedin']);
      const item = await kit.item();
      const draft = await kit.draft(advocate, item.id);
      const created = await kit.share(advocate, {
        contentItemId: item.id,
        targets: [{ network: 'linkedin', text: `The zebracorn team moved in today. ${draft.targets[0].trackedUrl} #employee` }],
        timing: 'scheduled',
        scheduledAt: new Date(Date.now() + HOUR).toISOString(),
      });
      expect(created.status).withContext(JSON.stringify(created.body)).toBe(201);
      const id = created.body.shares[0].id;

      const { ruleSet } = (await curator.get('/api/guidelines/rule-set')).body;
      const rules = ruleSet.rules.map((r: { id: string; terms?: unknown[] }) =>
        r.id === 'confidential-information' ? { ...r, terms: [...(r.terms ?? []), { term: 'zebracorn' }] } : r,
      );
      expect((await curator.put('/api/guidelines/rule-set', { ruleSet: { ...ruleSet, rules }, note: 'Publishing spec' })).status).toBe(201);
      try {
        // Due now: the reconciler promotes its delayed job.
        await api.dataSource.query(`UPDATE shares SET due_at = now() - interval '5 seconds' WHERE id = $1`, [id]);
        const failed = await kit.waitForState(advocate, id, 'failed');
        expect(failed.failure?.code).toBe('guidelines.blocked');
        expect(failed.failure?.findings).toContain(jasmine.objectContaining({ ruleId: 'confidential-information', severity: 'block' }));
        expect(failed.attempts).withContext('claimed once, stopped before the network').toBe(1);
        expect(await kit.postsWithLink('linkedin', draft.targets[0].trackedUrl as string)).toEqual([]);
        const mailed = () => worker.mail.sent.some((m) => m.to === advocate.email && m.subject === 'Chorus: Your LinkedIn post was not published');
        expect(await kit.until(mailed, Boolean)).toBeTrue();
      } finally {
        await curator.put('/api/guidelines/rule-set', { ruleSet: defaultRulePack(), note: 'Reset after the publishing spec' });
      }
    });

    it('asks the advocate when the outcome is unknown: yes records the post, no publishes it again', async () => {
      const advocate = await kit.advocate(['linkedin']);
      const unknown = async () => {
        const { share, trackedUrl } = await kit.shareOne(advocate, 'linkedin', { timing: 'scheduled', scheduledAt: tomorrowAt(8 + Math.floor(Math.random() * 10)).toISOString() });
        await api.dataSource.query(
          `UPDATE shares SET state = 'outcome_unknown', needs_confirmation = true, unknown_since = now(), publishing_started_at = now(),
                  failure_code = 'network.unknown_outcome', failure_message = 'LinkedIn did not answer.' WHERE id = $1`,
          [share.id],
        );
        return { id: share.id, trackedUrl };
      };
      const first = await unknown();
      expect((await kit.view(advocate, first.id)).needsConfirmation).toBeTrue();
      const badUrl = await advocate.client.post(`/api/shares/${first.id}/confirm`, { appeared: true, postUrl: 'https://x.com/someone/status/1' });
      expect(badUrl.status).toBe(400);
      expect(badUrl.body.errors).toEqual([{ field: 'postUrl', message: 'must be an https address on linkedin.com' }]);
      expect((await advocate.client.post(`/api/shares/${first.id}/confirm`, {})).body.errors[0].field).toBe('appeared');
      const postUrl = 'https://www.linkedin.com/feed/update/urn:li:share:7000000000000000001/';
      const yes = await advocate.client.post(`/api/shares/${first.id}/confirm`, { appeared: true, postUrl });
      expect(yes.status).toBe(200);
      expect(yes.body).toEqual(jasmine.objectContaining({ state: 'published', postUrl, needsConfirmation: false, failure: null }));
      const again = await advocate.client.post(`/api/shares/${first.id}/confirm`, { appeared: true });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('publishing.nothing_to_confirm');

      const second = await unknown();
      const no = await advocate.client.post(`/api/shares/${second.id}/confirm`, { appeared: false });
      expect(no.status).toBe(200);
      expect(no.body.state).toBe('scheduled');
      const done = await kit.waitForState(advocate, second.id, 'published');
      expect(done.postUrl).toMatch(/^https:\/\/www\.linkedin\.com\/feed\/update\/urn:li:share:/);
      expect((await kit.postsWithLink('linkedin', second.trackedUrl)).length).toBe(1);
    });
  });

  describe('settings, schedules and notifications', () => {
    it('validates the posting schedule: zone, times, blackout order; stores it sorted without duplicates', async () => {
      const advocate = await kit.advocate([]);
      const put = (body: Record<string, unknown>) => advocate.client.put('/api/me/posting-schedule', { timeZone: 'Europe/Berlin', slots: [], blackouts: [], ...body });
      expect((await advocate.client.get('/api/me/posting-schedule')).body).toEqual({ timeZone: 'UTC', slots: [], blackouts: [] });

      const zone = await put({ timeZone: 'Mars/Olympus' });
      expect(zone.status).toBe(400);
      expect(zone.body.errors).toEqual([{ field: 'timeZone', message: 'must be an IANA time zone, e.g. Europe/Berlin' }]);
      const time = await put({ slots: [{ day: 1, time: '25:00' }] });
      expect(time.status).toBe(400);
      expect(time.body.errors).toEqual([{ field: 'slots.0.time', message: 'must be a 24-hour time HH:MM' }]);
      const day = await put({ slots: [{ day: 8, time: '09:00' }] });
      expect(day.body.errors).toEqual([{ field: 'slots.0.day', message: 'must be from 1 (Monday) to 7 (Sunday)' }]);
      const backwards = await put({ blackouts: [{ label: 'Holiday', startsAt: '2026-12-24T00:00:00Z', endsAt: '2026-12-20T00:00:00Z' }] });
      expect(backwards.status).toBe(400);
      expect(backwards.body.errors).toEqual([{ field: 'blackouts[0].endsAt', message: 'must be after startsAt' }]);

      const saved = await put({
        slots: [
          { day: 3, time: '17:00' },
          { day: 1, time: '09:00' },
          { day: 3, time: '17:00' },
        ],
        blackouts: [{ label: 'Holiday', startsAt: '2026-12-24T00:00:00+01:00', endsAt: '2026-12-27T00:00:00+01:00' }],
      });
      expect(saved.status).toBe(200);
      expect(saved.body).toEqual({
        timeZone: 'Europe/Berlin',
        slots: [
          { day: 1, time: '09:00' },
          { day: 3, time: '17:00' },
        ],
        blackouts: [{ id: jasmine.any(String), label: 'Holiday', startsAt: '2026-12-23T23:00:00.000Z', endsAt: '2026-12-26T23:00:00.000Z' }],
      });
      expect((await advocate.client.get('/api/me/posting-schedule')).body).toEqual(saved.body);
    });

    it('lets only admins read and change the organisation’s settings, validating them', async () => {
      const advocate = await kit.advocate([]);
      expect((await advocate.client.get('/api/publishing/settings')).status).toBe(403);
      expect((await advocate.client.put('/api/publishing/settings', { minSpacingMinutes: 5 })).status).toBe(403);
      expect((await admin.get('/api/publishing/settings')).body).toEqual(DEFAULT_SETTINGS);
      const bad = await admin.put('/api/publishing/settings', { xSimilarityThreshold: 2, minSpacingMinutes: -1 });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['minSpacingMinutes', 'xSimilarityThreshold']);
      const backwards = await admin.put('/api/publishing/settings', { blackouts: [{ label: 'x', startsAt: '2026-12-02T00:00:00Z', endsAt: '2026-12-01T00:00:00Z' }] });
      expect(backwards.body.errors).toEqual([{ field: 'blackouts[0].endsAt', message: 'must be after startsAt' }]);
      try {
        const changed = await admin.put('/api/publishing/settings', { minSpacingMinutes: 45, maxPerDay: { linkedin: 2, x: 4 } });
        expect(changed.status).toBe(200);
        expect(changed.body).toEqual({ ...DEFAULT_SETTINGS, minSpacingMinutes: 45, maxPerDay: { linkedin: 2, x: 4 } });
      } finally {
        await settings({});
      }
    });

    it('lists notifications newest first, marks one or all read, and 404s someone else’s', async () => {
      const me = await kit.advocate([]);
      const other = await kit.advocate([]);
      const notifications = api.app.get(NotificationsService);
      const note = (userId: string, title: string) =>
        notifications.notify({ userId, kind: 'share_failed', title, body: 'Body.', link: '/my-posts?view=attention', email: false });
      await note(me.id, 'First');
      await new Promise((r) => setTimeout(r, 5));
      await note(me.id, 'Second');
      await note(other.id, 'Not yours');

      const list = await me.client.get('/api/notifications');
      expect(list.status).toBe(200);
      expect(list.body.unread).toBe(2);
      expect(list.body.items.map((n: { title: string }) => n.title)).toEqual(['Second', 'First']);
      const [second, first] = list.body.items;
      expect((await me.client.post(`/api/notifications/${first.id}/read`)).status).toBe(204);
      const after = (await me.client.get('/api/notifications')).body;
      expect(after.unread).toBe(1);
      expect(after.items[1].readAt).not.toBeNull();
      expect(after.items[0].id).toBe(second.id);

      const theirs = (await other.client.get('/api/notifications')).body.items[0];
      expect((await me.client.post(`/api/notifications/${theirs.id}/read`)).status).toBe(404);
      expect((await me.client.post(`/api/notifications/${randomUUID()}/read`)).status).toBe(404);
      expect((await me.client.post('/api/notifications/nope/read')).status).toBe(404);

      expect((await me.client.post('/api/notifications/read-all')).status).toBe(204);
      expect((await me.client.get('/api/notifications')).body.unread).toBe(0);
      expect((await other.client.get('/api/notifications')).body.unread).withContext('only mine').toBe(1);
      expect((await api.client().get('/api/notifications')).status).toBe(401);
    });

    it('keeps shares private: another advocate can neither see nor act on mine', async () => {
      const me = await kit.advocate(['x']);
      const other = await kit.advocate(['x']);
      const { share } = await kit.shareOne(me, 'x', { timing: 'scheduled', scheduledAt: new Date(Date.now() + 3 * HOUR).toISOString() });
      const client = other.client;
      expect((await client.get(`/api/shares/${share.id}`)).status).toBe(404);
      expect((await client.patch(`/api/shares/${share.id}`, { text: 'Mine now #employee' })).status).toBe(404);
      expect((await client.post(`/api/shares/${share.id}/cancel`)).status).toBe(404);
      expect((await client.post(`/api/shares/${share.id}/retry`)).status).toBe(404);
      expect((await client.post(`/api/shares/${share.id}/confirm`, { appeared: true })).status).toBe(404);
      expect((await client.get('/api/shares')).body.items).toEqual([]);
      expect((await kit.view(me, share.id)).state).toBe('scheduled');
      expect((await me.client.get('/api/shares/not-a-uuid')).status).toBe(404);
      expect((await api.client().get('/api/shares')).status).toBe(401);
    });
  });
});
