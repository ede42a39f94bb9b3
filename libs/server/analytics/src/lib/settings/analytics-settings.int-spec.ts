import type { AnalyticsSettings } from '@chorus/shared/contracts';
import { createUser, sharedTestApi, TestApi, TestClient } from '@chorus/server/testing';
import { DEFAULT_EMV_RATES } from '../entities';
import { AnalyticsSettingsService, EMV_FORMULA } from './analytics-settings.service';

const DEFAULTS: AnalyticsSettings = { currency: 'USD', emvRates: DEFAULT_EMV_RATES, xReadBudgetPerDay: 500 };

describe('analytics settings (API)', () => {
  let api: TestApi;
  let admin: TestClient;
  let adminId: string;
  let lead: TestClient;
  let advocate: TestClient;

  const signIn = async (roles: Array<'admin' | 'lead' | 'advocate'>) => {
    const user = await createUser(api.dataSource, { roles });
    const client = api.client();
    await client.login(user.email, user.password);
    return { client, id: user.id };
  };

  beforeAll(async () => {
    api = await sharedTestApi();
    ({ client: admin, id: adminId } = await signIn(['admin']));
    ({ client: lead } = await signIn(['lead']));
    ({ client: advocate } = await signIn(['advocate']));
    expect((await admin.put('/api/analytics/settings', DEFAULTS)).status).toBe(200);
  }, 30_000);

  afterAll(async () => {
    await admin?.put('/api/analytics/settings', DEFAULTS);
  });

  it('changes what is given, keeps the rest (rates per network), and audits who changed what', async () => {
    const before = await admin.get<AnalyticsSettings>('/api/analytics/settings');
    expect(before.status).toBe(200);
    expect(before.body).toEqual(DEFAULTS);

    const change = { currency: 'EUR', emvRates: { x: { cpm: 12.5, cpc: 1, cpe: 0 } }, xReadBudgetPerDay: 42 };
    const updated = await admin.put<AnalyticsSettings>('/api/analytics/settings', change);
    expect(updated.status).withContext(JSON.stringify(updated.body)).toBe(200);
    const expected = {
      currency: 'EUR',
      emvRates: { linkedin: DEFAULT_EMV_RATES.linkedin, x: change.emvRates.x },
      xReadBudgetPerDay: 42,
    };
    expect(updated.body).toEqual(expected);
    expect((await admin.get('/api/analytics/settings')).body).toEqual(expected);
    expect(await api.app.get(AnalyticsSettingsService).emv()).toEqual({
      currency: 'EUR',
      rates: expected.emvRates,
      formula: EMV_FORMULA,
    });

    const [audit] = await api.dataSource.query(
      `SELECT actor_id, target_type, target_id, details FROM audit_events
        WHERE action = 'analytics.settings_updated' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit).toEqual({ actor_id: adminId, target_type: 'analytics_settings', target_id: '1', details: change });

    // Only the budget: currency and rates stay.
    const budgetOnly = await admin.put<AnalyticsSettings>('/api/analytics/settings', { xReadBudgetPerDay: 0 });
    expect(budgetOnly.body).toEqual({ ...expected, xReadBudgetPerDay: 0 });
  });

  it('refuses malformed values with 400s naming the field, and changes nothing', async () => {
    const cases: Array<[unknown, string]> = [
      [{ currency: 'eur' }, 'currency'],
      [{ currency: 'EURO' }, 'currency'],
      [{ currency: 978 }, 'currency'],
      [{ emvRates: { x: { cpm: -1, cpc: 1, cpe: 1 } } }, 'emvRates.x.cpm'],
      [{ emvRates: { linkedin: { cpm: 1, cpc: '2', cpe: 1 } } }, 'emvRates.linkedin.cpc'],
      [{ emvRates: { x: { cpm: 1, cpc: 1 } } }, 'emvRates.x.cpe'],
      [{ emvRates: { x: { cpm: 1_000_001, cpc: 1, cpe: 1 } } }, 'emvRates.x.cpm'],
      [{ emvRates: { facebook: { cpm: 1, cpc: 1, cpe: 1 } } }, 'emvRates.facebook'],
      [{ xReadBudgetPerDay: 1.5 }, 'xReadBudgetPerDay'],
      [{ xReadBudgetPerDay: -1 }, 'xReadBudgetPerDay'],
      [{ xReadBudgetPerDay: 1_000_001 }, 'xReadBudgetPerDay'],
      [{ color: 'red' }, 'color'],
    ];
    const before = (await admin.get('/api/analytics/settings')).body;
    for (const [body, field] of cases) {
      const response = await admin.put('/api/analytics/settings', { xReadBudgetPerDay: 7, ...(body as object) });
      expect(response.status).withContext(JSON.stringify(body)).toBe(400);
      const fields = new Set((response.body.errors ?? []).map((e: { field: string }) => e.field));
      expect([...fields])
        .withContext(JSON.stringify(body))
        .toEqual([field]);
    }
    expect((await admin.get('/api/analytics/settings')).body).toEqual(before);
  });

  it('lets only admins read and change the settings; admins and leads see X spend', async () => {
    for (const client of [lead, advocate]) {
      expect((await client.get('/api/analytics/settings')).status).toBe(403);
      expect((await client.put('/api/analytics/settings', { xReadBudgetPerDay: 1 })).status).toBe(403);
    }
    expect((await api.client().get('/api/analytics/settings')).status).toBe(401);
    expect((await advocate.get('/api/analytics/x-spend')).status).toBe(403);
    expect((await lead.get('/api/analytics/x-spend')).status).toBe(200);
    expect((await admin.get('/api/analytics/x-spend')).status).toBe(200);
  });
});
