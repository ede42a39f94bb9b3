import type { MyPath, ProgressMatrix, SkillPath, SkillPathSummary, StepProgress } from '@chorus/shared/contracts';
import {
  createGroup,
  createUser,
  deleteQueueKeys,
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
// The publishing specs' fixture: accounts through the real OAuth round trip, shares through the sandbox.
import { Advocate, PublishingFixture } from '@chorus/server/publishing/testing';
import { ProgressService } from './progress.service';

const LINKEDIN_POST = { network: 'linkedin', method: 'POST', path: '/rest/posts' } as const;

/**
 * Skill paths end to end: leads edit paths, progress moves only from real events (reads, shares the worker
 * published through the sandbox, reactions), unlocks take effect at once, the matrix shows it all, and a
 * path reaches only the groups it is rolled out to. Every spec uses its own group, path and advocates.
 */
describe('skill paths and progress (API + worker + real sandbox)', () => {
  let sandbox: SandboxProcess;
  let api: TestApi;
  let worker: TestWorker;
  let kit: PublishingFixture;
  let lead: TestClient;
  let curator: TestClient;
  let prefix: string;
  const pathIds: string[] = [];

  let defaultTimeout = 0;
  beforeAll(() => {
    defaultTimeout = jasmine.DEFAULT_TIMEOUT_INTERVAL;
    jasmine.DEFAULT_TIMEOUT_INTERVAL = 60_000;
  });
  afterAll(() => {
    jasmine.DEFAULT_TIMEOUT_INTERVAL = defaultTimeout;
  });

  beforeAll(async () => {
    sandbox = await startSandboxProcess();
    prefix = `${(await testEnvironment()).queuePrefix}_paths`;
    const overrides = {
      QUEUE_PREFIX: prefix,
      NETWORK_SANDBOX_PORT: String(sandbox.httpPort),
      NETWORK_TIMEOUT_MS: '3000',
      PUBLISH_RECONCILE_INTERVAL_SECONDS: '1',
      PUBLISH_RESOLVE_DELAY_SECONDS: '0',
      PUBLISH_RETRY_BASE_SECONDS: '0.2',
      PUBLISH_MAX_TRANSIENT_FAILURES: '2',
    };
    api = await startTestApi(overrides);
    worker = await startTestWorker(overrides);
    kit = new PublishingFixture(api, sandbox);
    await kit.setUpNetworkApps();
    lead = await signedIn(['lead']);
    curator = await signedIn(['curator']);
  }, 90_000);

  afterEach(async () => {
    await sandbox.control.clearFaults();
  });

  afterAll(async () => {
    if (api && pathIds.length) await api.dataSource.query(`DELETE FROM skill_paths WHERE id = ANY($1::uuid[])`, [pathIds]);
    await kit?.cleanUp();
    await worker?.close();
    await api?.close();
    await sandbox?.stop();
    if (prefix) await deleteQueueKeys(prefix);
  }, 30_000);

  async function signedIn(roles: Array<'lead' | 'curator' | 'admin' | 'advocate'>): Promise<TestClient> {
    const user = await createUser(api.dataSource, { roles });
    const client = api.client();
    await client.login(user.email, user.password);
    return client;
  }

  /** A default path rolled out to a new group only, so no other spec's advocates see it. */
  async function groupPath(): Promise<{ path: SkillPath; groupId: string }> {
    const group = await createGroup(api.dataSource);
    const created = await lead.post<SkillPath>('/api/enablement/paths', { name: `Path ${randomUUID().slice(0, 6)}`, groupIds: [group.id] });
    expect(created.status).withContext(JSON.stringify(created.body)).toBe(201);
    pathIds.push(created.body.id);
    return { path: created.body, groupId: group.id };
  }

  async function join(advocate: { id: string }, groupId: string): Promise<void> {
    await api.dataSource.query(`INSERT INTO group_members (group_id, user_id) VALUES ($1, $2)`, [groupId, advocate.id]);
  }

  async function myPath(client: TestClient, pathId: string): Promise<MyPath> {
    const response = await client.get<MyPath>(`/api/enablement/my-path?pathId=${pathId}`);
    expect(response.status).withContext(JSON.stringify(response.body)).toBe(200);
    return response.body;
  }

  function problemField(response: { status: number; body: { errors?: Array<{ field: string }> } }): string {
    if (!response.body.errors?.length) throw new Error(`expected a field problem, got ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.errors[0].field;
  }

  function step(path: MyPath, level: string, name: string): StepProgress {
    const found = path.levels.find((l) => l.name === level)?.steps.find((s) => s.name === name);
    if (!found) throw new Error(`no step ${level}/${name}`);
    return found;
  }

  describe('path editing', () => {
    it('creates from the default template, lists, edits keeping ids, validates with field names and deletes', async () => {
      const { path, groupId } = await groupPath();
      expect(path.levels.map((l) => l.name)).toEqual(['Discoverer', 'Explorer']);
      expect(path.levels[0].steps.map((s) => s.name)).toEqual(['Watch', 'Join', 'Collect & Share', 'Critique', 'Create']);
      expect(path.groupIds).toEqual([groupId]);

      const member = await kit.advocate([]);
      await join(member, groupId);
      const list = await lead.get<SkillPathSummary[]>('/api/enablement/paths');
      expect(list.body.find((p) => p.id === path.id)).toEqual(
        jasmine.objectContaining({ levelCount: 2, stepCount: 10, advocateCount: 1, groupIds: [groupId] }),
      );

      // The member reads the tutorial; the edit below keeps the item's id, so that stays done.
      const tutorial = path.levels[0].steps[0].assignments[0];
      expect((await member.client.post(`/api/enablement/assignments/${tutorial.id}/done`)).status).toBe(200);

      const edited = structuredClone(path);
      edited.levels[0].steps[2].assignments[0].target = 3;
      edited.levels[0].steps[1].assignments.splice(1, 1);
      edited.levels[1].steps.push({ id: undefined as unknown as string, name: 'Mentor', description: 'Help a colleague', unlocks: ['ambassador'], assignments: [{ kind: 'practice', title: 'Read 20', goal: 'read_items', target: 20 } as SkillPath['levels'][0]['steps'][0]['assignments'][0]] });
      const saved = await lead.put<SkillPath>(`/api/enablement/paths/${path.id}`, edited);
      expect(saved.status).withContext(JSON.stringify(saved.body)).toBe(200);
      expect(saved.body.levels[0].steps[2].assignments[0]).toEqual(jasmine.objectContaining({ id: path.levels[0].steps[2].assignments[0].id, target: 3 }));
      expect(saved.body.levels[0].steps[1].assignments.map((a) => a.id)).toEqual([
        path.levels[0].steps[1].assignments[0].id,
        path.levels[0].steps[1].assignments[2].id,
      ]);
      expect(saved.body.levels[1].steps[5].name).toBe('Mentor');
      expect(saved.body.levels[1].steps[5].id).toMatch(/^[0-9a-f-]{36}$/);
      const detail = await member.client.get(`/api/enablement/assignments/${tutorial.id}`);
      expect(detail.body).toEqual(jasmine.objectContaining({ id: tutorial.id, done: true, stepName: 'Watch', levelName: 'Discoverer' }));

      const bad = structuredClone(saved.body);
      bad.levels[0].steps[2].assignments[0].target = 0;
      const refused = await lead.put(`/api/enablement/paths/${path.id}`, bad);
      expect(refused.status).toBe(400);
      expect(problemField(refused)).toBe('levels[0].steps[2].assignments[0].target');

      const noText = structuredClone(saved.body);
      noText.levels[0].steps[0].assignments[0] = { ...noText.levels[0].steps[0].assignments[0], bodyMarkdown: '', url: null };
      expect(problemField(await lead.put(`/api/enablement/paths/${path.id}`, noText))).toBe('levels[0].steps[0].assignments[0].bodyMarkdown');

      const connect = structuredClone(saved.body);
      connect.levels[1].steps[1].assignments[0].target = 3;
      expect(problemField(await lead.put(`/api/enablement/paths/${path.id}`, connect))).toBe('levels[1].steps[1].assignments[0].target');
      const profile = structuredClone(saved.body);
      profile.levels[0].steps[1].assignments[1].target = 6;
      expect(problemField(await lead.put(`/api/enablement/paths/${path.id}`, profile))).toBe('levels[0].steps[1].assignments[1].target');

      const group = structuredClone(saved.body);
      group.groupIds = [randomUUID()];
      expect(problemField(await lead.put(`/api/enablement/paths/${path.id}`, group))).toBe('groupIds[0]');

      const foreign = structuredClone(saved.body);
      foreign.levels[0].steps[0].id = randomUUID();
      expect(problemField(await lead.put(`/api/enablement/paths/${path.id}`, foreign))).toBe('levels[0].steps[0].id');

      const unlock = structuredClone(saved.body) as unknown as { levels: Array<{ steps: Array<{ unlocks: string[] }> }> };
      unlock.levels[0].steps[3].unlocks = ['teleport'];
      expect(problemField(await lead.put(`/api/enablement/paths/${path.id}`, unlock))).toBe('levels[0].steps[3].unlocks[0]');

      const audit: Array<{ action: string }> = await api.dataSource.query(
        `SELECT action FROM audit_events WHERE target_id = $1 ORDER BY id`,
        [path.id],
      );
      expect(audit.map((a) => a.action)).toEqual(['enablement.path_created', 'enablement.path_updated']);

      expect((await member.client.get('/api/enablement/paths')).status).toBe(403);
      expect((await lead.delete(`/api/enablement/paths/${path.id}`)).status).toBe(204);
      expect((await lead.get(`/api/enablement/paths/${path.id}`)).status).toBe(404);
    });

    it('starts an empty path with one Discoverer level', async () => {
      const created = await lead.post<SkillPath>('/api/enablement/paths', { name: 'Empty one', template: 'empty', groupIds: [(await createGroup(api.dataSource)).id] });
      expect(created.status).toBe(201);
      pathIds.push(created.body.id);
      expect(created.body.levels).toEqual([jasmine.objectContaining({ name: 'Discoverer', steps: [] })]);
    });
  });

  describe('progress from real events', () => {
    let admin: TestClient;
    let saved: unknown;
    beforeEach(async () => {
      // Three shares within seconds: lift the spacing rule for this spec only.
      admin = await signedIn(['admin']);
      saved = (await admin.get('/api/publishing/settings')).body;
      const settings = saved as { maxPerDay: Record<string, number> };
      const lifted = await admin.put('/api/publishing/settings', { ...settings, minSpacingMinutes: 0, maxPerDay: { linkedin: 50, x: 50 } });
      expect(lifted.status).withContext(JSON.stringify(lifted.body)).toBe(200);
    });
    afterEach(async () => {
      const { blackouts, ...rest } = saved as { blackouts: Array<Record<string, unknown>> };
      await admin.put('/api/publishing/settings', { ...rest, blackouts });
    });

    it('moves Watch with reads and Collect & Share with published shares only', async () => {
      const { path, groupId } = await groupPath();
      const advocate: Advocate = await kit.advocate(['linkedin']);
      await join(advocate, groupId);
      const watch = path.levels[0].steps[0];

      for (let i = 0; i < 3; i++) {
        const item = await kit.item();
        expect((await advocate.client.post('/api/enablement/reads', { contentItemId: item.id })).status).toBe(204);
        // Reading twice counts once.
        expect((await advocate.client.post('/api/enablement/reads', { contentItemId: item.id })).status).toBe(204);
      }
      let mine = await myPath(advocate.client, path.id);
      expect(step(mine, 'Discoverer', 'Watch').assignments[1]).toEqual(jasmine.objectContaining({ progress: 3, done: true }));
      expect(step(mine, 'Discoverer', 'Watch').complete).toBeFalse();
      expect(mine.next).toEqual(jasmine.objectContaining({ stepName: 'Watch', assignmentId: watch.assignments[0].id, route: `/learning/assignments/${watch.assignments[0].id}` }));

      const measured = await advocate.client.post(`/api/enablement/assignments/${watch.assignments[1].id}/done`);
      expect(measured.status).toBe(409);
      expect(measured.body.code).toBe('enablement.measured_goal');
      expect(measured.body.detail).toMatch(/measured from your activity/);

      expect((await advocate.client.post(`/api/enablement/assignments/${watch.assignments[0].id}/done`)).status).toBe(200);
      mine = await myPath(advocate.client, path.id);
      expect(step(mine, 'Discoverer', 'Watch').complete).toBeTrue();
      const notes: Array<{ kind: string; link: string }> = await api.dataSource.query(
        `SELECT kind, link FROM notifications WHERE user_id = $1 AND kind = 'step_completed'`,
        [advocate.id],
      );
      expect(notes).toEqual([{ kind: 'step_completed', link: '/learning' }]);

      // An item not approved is not in anyone's feed.
      const draft = await kit.item({ state: 'draft' });
      expect((await advocate.client.post('/api/enablement/reads', { contentItemId: draft.id })).status).toBe(404);

      const first = await kit.shareOne(advocate, 'linkedin');
      await kit.waitForState(advocate, first.share.id, 'published');
      mine = await myPath(advocate.client, path.id);
      expect(step(mine, 'Discoverer', 'Collect & Share').assignments[0]).toEqual(jasmine.objectContaining({ progress: 1, done: false }));
      // Watch is done, so the card points at Join's first open item.
      expect(mine.next).toEqual(jasmine.objectContaining({ stepName: 'Join', levelName: 'Discoverer' }));

      await sandbox.control.failNext({ ...LINKEDIN_POST, status: 500, count: 5 });
      const failing = await kit.shareOne(advocate, 'linkedin');
      await kit.waitForState(advocate, failing.share.id, 'failed');
      await sandbox.control.clearFaults();
      mine = await myPath(advocate.client, path.id);
      expect(step(mine, 'Discoverer', 'Collect & Share').assignments[0].progress).toBe(1);
      expect(step(mine, 'Discoverer', 'Collect & Share').complete).toBeFalse();

      const second = await kit.shareOne(advocate, 'linkedin');
      await kit.waitForState(advocate, second.share.id, 'published');
      mine = await myPath(advocate.client, path.id);
      expect(step(mine, 'Discoverer', 'Collect & Share').complete).toBeTrue();

      // (d) the lead's matrix shows both completed steps for this advocate.
      const matrix = await lead.get<ProgressMatrix>(`/api/enablement/matrix?pathId=${path.id}&groupId=${groupId}`);
      expect(matrix.status).toBe(200);
      const row = matrix.body.rows.find((r) => r.userId === advocate.id);
      expect(Object.keys(row?.completed ?? {}).sort()).toEqual([watch.id, path.levels[0].steps[2].id].sort());
      expect(row?.currentStepId).toBe(path.levels[0].steps[1].id);
      expect(row?.daysOnCurrentStep).toBe(0);
      expect(matrix.body.steps.length).toBe(10);
      expect(matrix.body.stalls.find((s) => s.stepId === path.levels[0].steps[1].id)).toEqual({ stepId: path.levels[0].steps[1].id, current: 1, stalled: 0 });
      expect(matrix.body.groups.map((g) => g.id)).toContain(groupId);
      expect(matrix.body.paths.map((p) => p.id)).toContain(path.id);
    });
  });

  describe('unlocks', () => {
    it('lets an advocate suggest content right after the reactions that complete Critique', async () => {
      const { path, groupId } = await groupPath();
      const advocate = await kit.advocate([]);
      await join(advocate, groupId);
      const url = `https://blog.chorus.test/posts/${randomUUID()}?utm_source=x`;

      const locked = await advocate.client.post('/api/enablement/content-suggestions', { url, note: 'Worth a read' });
      expect(locked.status).toBe(403);
      expect(locked.body.code).toBe('enablement.locked');
      expect(locked.body.detail).toContain('“Critique”');
      const capabilities = await advocate.client.get('/api/enablement/capabilities');
      expect(capabilities.body.capabilities.find((c: { capability: string }) => c.capability === 'suggest_content').unlocked).toBeFalse();

      const items = [await kit.item(), await kit.item(), await kit.item()];
      expect((await advocate.client.put(`/api/enablement/reactions/${items[0].id}`, {})).status).toBe(400);
      expect((await advocate.client.put(`/api/enablement/reactions/${items[0].id}`, { rating: 6 })).status).toBe(400);
      const rated = await advocate.client.put(`/api/enablement/reactions/${items[0].id}`, { rating: 5 });
      expect(rated.status).toBe(200);
      expect(rated.body).toEqual(jasmine.objectContaining({ contentItemId: items[0].id, rating: 5, comment: null }));
      expect((await advocate.client.put(`/api/enablement/reactions/${items[1].id}`, { comment: 'Great story' })).status).toBe(200);
      const suggestion = await advocate.client.post('/api/enablement/text-suggestions', { contentItemId: items[2].id, network: 'linkedin', text: 'A shorter opening line' });
      expect(suggestion.status).toBe(201);
      expect(suggestion.body).toEqual(jasmine.objectContaining({ contentItemId: items[2].id, network: 'linkedin', text: 'A shorter opening line' }));

      const created = await advocate.client.post('/api/enablement/content-suggestions', { url, note: 'Worth a read' });
      expect(created.status).withContext(JSON.stringify(created.body)).toBe(201);
      expect(created.body.state).toBe('in_review');
      expect(step(await myPath(advocate.client, path.id), 'Discoverer', 'Critique').complete).toBeTrue();

      const again = await advocate.client.post('/api/enablement/content-suggestions', { url: url.replace('?utm_source=x', '') });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('enablement.already_suggested');

      const review = await curator.get(`/api/content?state=in_review&q=${encodeURIComponent(created.body.title)}`);
      expect(review.status).toBe(200);
      expect(review.body.items.map((i: { id: string }) => i.id)).toContain(created.body.contentItemId);
      const [row]: Array<{ origin: string; submitted_by: string; created_by: string; summary: string }> = await api.dataSource.query(
        `SELECT origin, submitted_by, created_by, summary FROM content_items WHERE id = $1`,
        [created.body.contentItemId],
      );
      expect(row).toEqual({ origin: 'advocate', submitted_by: advocate.id, created_by: advocate.id, summary: 'Worth a read' });

      const texts = await curator.get(`/api/enablement/text-suggestions?contentItemId=${items[2].id}`);
      expect(texts.body.map((t: { id: string }) => t.id)).toEqual([suggestion.body.id]);
    });
  });

  describe('rollout', () => {
    it('shows a group A path to group A members only', async () => {
      const { path } = await groupPath();
      const other = await createGroup(api.dataSource);
      const outsider = await kit.advocate([]);
      await join(outsider, other.id);
      expect((await outsider.client.get(`/api/enablement/my-path?pathId=${path.id}`)).status).toBe(404);
      expect((await outsider.client.get(`/api/enablement/assignments/${path.levels[0].steps[0].assignments[0].id}`)).status).toBe(404);
      const mine = await outsider.client.get<MyPath>('/api/enablement/my-path');
      expect(mine.status).toBe(200);
      expect((mine.body.available ?? []).map((p) => p.id)).not.toContain(path.id);
      expect(mine.body.path?.id).not.toBe(path.id);
    });
  });

  describe('profile checklist', () => {
    it('lists every item with a label and counts the checked ones', async () => {
      const { path, groupId } = await groupPath();
      const advocate = await kit.advocate([]);
      await join(advocate, groupId);
      const initial = await advocate.client.get('/api/enablement/profile-checklist');
      expect(initial.body.items[0]).toEqual({ item: 'photo', label: 'A recent, friendly profile photo', checked: false });
      const saved = await advocate.client.put('/api/enablement/profile-checklist', { checked: ['photo', 'about'] });
      expect(saved.body.items.filter((i: { checked: boolean }) => i.checked).map((i: { item: string }) => i.item)).toEqual(['photo', 'about']);
      expect((await advocate.client.put('/api/enablement/profile-checklist', { checked: ['hat'] })).status).toBe(400);
      const join_ = step(await myPath(advocate.client, path.id), 'Discoverer', 'Join');
      expect(join_.assignments.find((a) => a.goal === 'complete_profile')?.progress).toBe(2);
      // The points job's sweep reaches this advocate too.
      expect(await api.app.get(ProgressService).evaluateAll()).toBeGreaterThan(0);
    });
  });
});
