import type { RuleSet } from '@chorus/shared/guidelines';
import { DomainError } from '@chorus/server/core';
import { ContentItem } from '@chorus/server/content';
import { AuditEventRecord } from '@chorus/server/identity';
import { createGroup, createUser, sharedTestApi, TestApi, TestClient } from '@chorus/server/testing';
import { randomUUID } from 'node:crypto';
import { defaultRulePack } from './default-rule-pack';
import { GuidelinesEnforcer } from './guidelines-enforcer';

const IBAN_POST = 'Great quarter! Send the bonus to DE89 3704 0044 0532 0130 00 please.';
const EMAIL_POST = 'Questions about the launch? Write to jane.doe@example.org. #employee';

describe('guidelines (API, real Postgres)', () => {
  let api: TestApi;
  let curator: TestClient;
  let admin: TestClient;
  let advocate: TestClient;
  let advocateUser: { id: string; email: string; roles: Array<'advocate'> };
  let item: ContentItem;

  const login = async (roles: Array<'advocate' | 'curator' | 'admin'>, groupIds: string[] = []) => {
    const user = await createUser(api.dataSource, { roles, groupIds, name: `Guidelines ${roles[0]}` });
    const client = api.client();
    await client.login(user.email, user.password);
    return { user, client };
  };

  const active = async () =>
    (await curator.get('/api/guidelines/rule-set')).body as { version: number; ruleSet: RuleSet };
  const versionCount = async () => ((await curator.get('/api/guidelines/rule-set/versions')).body as unknown[]).length;
  const reset = async () => {
    const response = await curator.put('/api/guidelines/rule-set', {
      ruleSet: defaultRulePack(),
      note: 'Reset for a spec',
    });
    expect(response.status).withContext(JSON.stringify(response.body)).toBe(201);
    return response.body as { version: number };
  };

  beforeAll(async () => {
    api = await sharedTestApi();
    curator = (await login(['curator'])).client;
    admin = (await login(['admin'])).client;
    const group = await createGroup(api.dataSource);
    const adv = await login(['advocate'], [group.id]);
    advocate = adv.client;
    advocateUser = { id: adv.user.id, email: adv.user.email, roles: ['advocate'] };
    const url = `https://news.chorus.test/guidelines/${randomUUID()}`;
    const repository = api.dataSource.getRepository(ContentItem);
    item = await repository.save(
      repository.create({
        origin: 'curator',
        state: 'approved',
        title: 'Chorus opens a new office in Utrecht',
        summary: 'Our new office in Utrecht brings us closer to our customers in the Benelux.',
        bodyHtml: '<p>Our new office in Utrecht brings us closer to our customers in the Benelux.</p>',
        url,
        canonicalUrl: url,
        language: 'en',
        suggestedTexts: [
          {
            id: randomUUID(),
            network: 'x',
            text: 'We just opened our brand new office in the heart of Utrecht and we are hiring engineers there',
          },
        ],
      }),
    );
    await reset();
  });

  it('starts from the default pack as version 1, written by the system', async () => {
    const first = await curator.get('/api/guidelines/rule-set/versions/1');
    expect(first.status).toBe(200);
    expect(first.body.ruleSet.id).toBe('chorus-default');
    expect(first.body.ruleSet.version).toBe(1);
    expect(first.body.createdBy).toBeNull();
    expect(first.body.note).toBe('Default rule pack');
  });

  it('creates a new version on every save, and old versions stay readable', async () => {
    const before = await active();
    const changed = { ...before.ruleSet, name: `Renamed ${randomUUID()}` };
    const saved = await admin.put('/api/guidelines/rule-set', { ruleSet: changed, note: 'Rename' });
    expect(saved.status).toBe(201);
    expect(saved.body.version).toBe(before.version + 1);
    expect(saved.body.ruleSet.version).toBe(before.version + 1);
    expect(saved.body.createdBy).toEqual(jasmine.objectContaining({ name: 'Guidelines admin' }));

    const now = await active();
    expect(now.version).toBe(before.version + 1);
    expect(now.ruleSet.name).toBe(changed.name);
    const old = await curator.get(`/api/guidelines/rule-set/versions/${before.version}`);
    expect(old.body.ruleSet.name).toBe(before.ruleSet.name);

    const list = await curator.get('/api/guidelines/rule-set/versions');
    expect(list.body[0]).toEqual(
      jasmine.objectContaining({
        version: before.version + 1,
        note: 'Rename',
        ruleCount: changed.rules.length,
        createdBy: jasmine.objectContaining({ name: 'Guidelines admin' }),
      }),
    );
    expect(list.body.map((v: { version: number }) => v.version)).toEqual(
      [...list.body.map((v: { version: number }) => v.version)].sort((a, b) => b - a),
    );
    expect((await curator.get('/api/guidelines/rule-set/versions/999999')).status).toBe(404);
  });

  it('rejects an unsafe pattern with a 400 naming the rule and the field, and writes nothing', async () => {
    const before = await active();
    const count = await versionCount();
    const index = before.ruleSet.rules.findIndex((r) => r.kind === 'pattern');
    const rules = before.ruleSet.rules.map((r, i) => (i === index ? { ...r, pattern: '(a+)\\1' } : r));
    const response = await curator.put('/api/guidelines/rule-set', { ruleSet: { ...before.ruleSet, rules } });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.code).toBe('guidelines.invalid_rule_set');
    expect(response.body.errors).toEqual([
      { field: `rules[${index}].pattern`, message: jasmine.stringContaining(`rule "${rules[index].id}"`) },
    ]);
    expect((await active()).version).toBe(before.version);
    expect(await versionCount()).toBe(count);
  });

  it('refuses a malformed import with a 400 and changes nothing', async () => {
    const before = await active();
    const count = await versionCount();
    const bad = [
      { ruleSet: 'not json at all' },
      { ruleSet: { id: 'x', name: 'x', languages: ['en'], rules: 'none' } },
      { ruleSet: { ...before.ruleSet, rules: [{ ...before.ruleSet.rules[0], kind: 'telepathy' }] } },
      { ruleSet: { ...before.ruleSet, rules: [null] } },
      { ruleSet: { ...before.ruleSet, rules: [before.ruleSet.rules[0], before.ruleSet.rules[0]] } },
    ];
    for (const body of bad) {
      const response = await curator.post('/api/guidelines/rule-set/import', body);
      expect(response.status).withContext(JSON.stringify(body).slice(0, 120)).toBe(400);
      expect(response.body.errors?.length).withContext(JSON.stringify(response.body)).toBeGreaterThan(0);
    }
    const unknownKind = await curator.post('/api/guidelines/rule-set/import', bad[2]);
    expect(unknownKind.body.errors[0].field).toBe('rules[0].kind');
    expect((await active()).version).toBe(before.version);
    expect(await versionCount()).toBe(count);
  });

  it('round-trips export → import', async () => {
    const before = await active();
    const exported = await curator.get('/api/guidelines/rule-set/export');
    expect(exported.status).toBe(200);
    expect(exported.headers['content-disposition']).toBe(`attachment; filename="guidelines-v${before.version}.json"`);
    expect(exported.body).toEqual(before.ruleSet);
    const imported = await curator.post('/api/guidelines/rule-set/import', {
      ruleSet: exported.body,
      note: 'Imported',
    });
    expect(imported.status).toBe(201);
    expect(imported.body.version).toBe(before.version + 1);
    expect(imported.body.ruleSet).toEqual({ ...exported.body, version: before.version + 1 });
    expect(imported.body.note).toBe('Imported');
  });

  it('toggles a rule and changes its severity as new versions', async () => {
    const before = await active();
    const enabled = await curator.patch('/api/guidelines/rules/competitors', { enabled: true });
    expect(enabled.status).withContext(JSON.stringify(enabled.body)).toBe(200);
    expect(enabled.body.version).toBe(before.version + 1);
    expect(enabled.body.ruleSet.rules.find((r: { id: string }) => r.id === 'competitors').enabled).toBeTrue();
    const severity = await curator.patch('/api/guidelines/rules/competitors', { enabled: false, severity: 'info' });
    expect(severity.body.version).toBe(before.version + 2);
    expect(severity.body.ruleSet.rules.find((r: { id: string }) => r.id === 'competitors')).toEqual(
      jasmine.objectContaining({ enabled: false, severity: 'info' }),
    );
    expect(severity.body.note).toBe('Rule "competitors": disabled, severity info');
    expect((await curator.patch('/api/guidelines/rules/no-such-rule', { enabled: true })).status).toBe(404);
    expect((await curator.patch('/api/guidelines/rules/competitors', {})).status).toBe(400);
    expect((await curator.patch('/api/guidelines/rules/competitors', { severity: 'fatal' })).status).toBe(400);
    expect((await active()).version).toBe(before.version + 2);
    await reset();
  });

  it('checks a post: an IBAN and a missing disclosure, against the active version', async () => {
    const { version } = await reset();
    const response = await advocate.post('/api/guidelines/check', {
      text: IBAN_POST,
      networks: ['linkedin'],
      contentItemId: item.id,
    });
    expect(response.status).withContext(JSON.stringify(response.body)).toBe(200);
    expect(response.body.version).toBe(version);
    const byRule = new Map(response.body.findings.map((f: { ruleId: string; severity: string }) => [f.ruleId, f]));
    expect(byRule.get('personal-data')).toEqual(jasmine.objectContaining({ severity: 'block', kind: 'personal-data' }));
    expect(byRule.get('disclosure')).toEqual(jasmine.objectContaining({ severity: 'block', kind: 'disclosure' }));
    const iban = byRule.get('personal-data') as { ranges: Array<{ start: number; end: number }> };
    expect(IBAN_POST.slice(iban.ranges[0].start, iban.ranges[0].end).replace(/\s/g, '')).toBe('DE89370400440532013000');
  });

  it('compares with the content item’s suggested text for originality (server-side texts)', async () => {
    await reset();
    const text = `${item.suggestedTexts[0].text} ${item.url} #employee`;
    const withItem = await advocate.post('/api/guidelines/check', { text, networks: ['x'], contentItemId: item.id });
    expect(withItem.status).toBe(200);
    expect(withItem.body.findings.filter((f: { ruleId: string }) => f.ruleId === 'originality')).toEqual([
      jasmine.objectContaining({ severity: 'block', network: 'x' }),
    ]);
    const withoutItem = await advocate.post('/api/guidelines/check', { text, networks: ['x'] });
    expect(withoutItem.body.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('originality');
  });

  it('validates the check request', async () => {
    expect((await advocate.post('/api/guidelines/check', { text: 'hi', networks: ['myspace'] })).status).toBe(400);
    expect((await advocate.post('/api/guidelines/check', { text: 'hi', networks: [] })).status).toBe(400);
    expect((await advocate.post('/api/guidelines/check', { text: 'hi', networks: ['x'], at: 'tomorrow' })).status).toBe(
      400,
    );
    expect(
      (await advocate.post('/api/guidelines/check', { text: 'hi', networks: ['x'], contentItemId: randomUUID() }))
        .status,
    ).toBe(404);
  });

  it('gives every signed-in user the active rule set to run in the browser, enabled rules only', async () => {
    const { version } = await reset();
    const response = await advocate.get('/api/guidelines/client-rule-set');
    expect(response.status).toBe(200);
    expect(Object.keys(response.body).sort()).toEqual(['ruleSet', 'version']);
    expect(response.body.version).toBe(version);
    expect(response.body.ruleSet.rules.length).toBeGreaterThan(0);
    expect(response.body.ruleSet.rules.every((r: { enabled: boolean }) => r.enabled)).toBeTrue();
  });

  it('lets advocates check but not read or change the rules', async () => {
    const { ruleSet } = await active();
    expect((await advocate.get('/api/guidelines/rule-set')).status).toBe(403);
    expect((await advocate.get('/api/guidelines/rule-set/versions')).status).toBe(403);
    expect((await advocate.get('/api/guidelines/rule-set/export')).status).toBe(403);
    expect((await advocate.put('/api/guidelines/rule-set', { ruleSet })).status).toBe(403);
    expect((await advocate.post('/api/guidelines/rule-set/import', { ruleSet })).status).toBe(403);
    expect((await advocate.patch('/api/guidelines/rules/competitors', { enabled: true })).status).toBe(403);
    expect((await api.client().get('/api/guidelines/client-rule-set')).status).toBe(401);
  });

  describe('the enforcer', () => {
    let enforcer: GuidelinesEnforcer;

    beforeAll(() => {
      enforcer = api.app.get(GuidelinesEnforcer);
    });

    const rejection = async (promise: Promise<unknown>): Promise<DomainError> => {
      try {
        await promise;
      } catch (error) {
        return error as DomainError;
      }
      throw new Error('expected a rejection');
    };

    const acknowledgements = () =>
      api.dataSource
        .getRepository(AuditEventRecord)
        .findBy({ action: 'guidelines.acknowledged', actorId: advocateUser.id });

    it('refuses a post with a block finding with 422 and the findings', async () => {
      const { version } = await reset();
      const error = await rejection(
        enforcer.enforce({
          actor: advocateUser,
          input: { text: IBAN_POST, networks: ['linkedin'] },
          acknowledgedRuleIds: ['personal-data'],
        }),
      );
      expect(error).toBeInstanceOf(DomainError);
      expect(error.status).toBe(422);
      expect(error.code).toBe('guidelines.blocked');
      expect(error.message).toContain(`version ${version}`);
      expect(error.errors).toContain(
        jasmine.objectContaining({ field: 'text', ruleId: 'personal-data', severity: 'block' }),
      );
    });

    it('requires an acknowledgement of every warn rule, then allows and audits one event per rule', async () => {
      const { version } = await reset();
      const before = (await acknowledgements()).length;
      const input = { text: EMAIL_POST, networks: ['linkedin' as const] };

      const error = await rejection(enforcer.enforce({ actor: advocateUser, input }));
      expect(error.status).toBe(422);
      expect(error.code).toBe('guidelines.acknowledgement_required');
      expect(error.message).toContain('personal-data');
      expect(error.errors).toEqual([
        jasmine.objectContaining({ field: 'acknowledgedRuleIds', ruleId: 'personal-data', severity: 'warn' }),
      ]);
      expect((await acknowledgements()).length).toBe(before);

      const allowed = await enforcer.enforce({
        actor: advocateUser,
        input,
        acknowledgedRuleIds: ['personal-data', 'not-relevant'],
      });
      expect(allowed.version).toBe(version);
      expect(allowed.acknowledgedRuleIds).toEqual(['personal-data']);
      expect(allowed.findings.map((f) => f.ruleId)).toEqual(['personal-data']);

      const events = await acknowledgements();
      expect(events.length).toBe(before + 1);
      const event = events[events.length - 1];
      expect(event.actorEmail).toBe(advocateUser.email);
      expect(event.targetId).toBe('personal-data');
      expect(event.at).toBeInstanceOf(Date);
      expect(event.details).toEqual(
        jasmine.objectContaining({
          ruleId: 'personal-data',
          version,
          severity: 'warn',
          message: allowed.findings[0].message,
        }),
      );
    });

    it('allows a clean post without audit events', async () => {
      await reset();
      const before = (await acknowledgements()).length;
      const result = await enforcer.enforce({
        actor: advocateUser,
        input: { text: 'A sunny day at the office. #employee', networks: ['x'] },
      });
      expect(result.findings).toEqual([]);
      expect((await acknowledgements()).length).toBe(before);
    });
  });

  it('over HTTP, a check answers the same findings the enforcer sees', async () => {
    await reset();
    const response = await advocate.post('/api/guidelines/check', { text: EMAIL_POST, networks: ['linkedin'] });
    expect(
      response.body.findings.map((f: { ruleId: string; severity: string }) => `${f.ruleId}:${f.severity}`),
    ).toEqual(['personal-data:warn']);
  });
});
