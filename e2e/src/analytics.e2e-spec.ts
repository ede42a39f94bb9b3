import { DEMO_PASSWORD } from '@chorus/server/demo';
import { PasswordHasher } from '@chorus/server/identity';
import { Client } from 'pg';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { connectNetwork, signIn } from './support/actions';
import { e2eWorld, E2eWorld } from './support/world';

/**
 * An advocate of its own (so that no other spec's assumptions about the demo users' accounts and posts
 * change), in the demo's Sales DACH group, signing in with the demo password.
 */
const ADVOCATE = { email: 'rita.reach@chorus.example', name: 'Rita Reach' };

async function createAdvocate(databaseUrl: string): Promise<void> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const hash = await new PasswordHasher().hash(DEMO_PASSWORD);
    await db.query(
      `WITH u AS (
         INSERT INTO users (email, name, roles, status, password_hash) VALUES ($1, $2, '{advocate}', 'active', $3)
         ON CONFLICT (email) DO UPDATE SET status = 'active' RETURNING id)
       INSERT INTO group_members (group_id, user_id)
       SELECT g.id, u.id FROM groups g, u WHERE g.name = 'Sales DACH' ON CONFLICT DO NOTHING`,
      [ADVOCATE.email, ADVOCATE.name, hash],
    );
  } finally {
    await db.end();
  }
}

/** Applies every one-click fix the guidelines offer for a network's text, then accepts the warnings left. */
async function settleFindings(page: Page, network: 'linkedin' | 'x'): Promise<void> {
  const findings = page.getByTestId(`compose-findings-${network}`);
  for (let round = 0; round < 5; round++) {
    const fix: Locator = findings.getByTestId('finding-fix').first();
    if ((await fix.count()) === 0) break;
    await fix.click();
    await page.waitForTimeout(300);
  }
  const acks = page.locator(`[data-testid^="compose-ack-${network}-"] input[type="checkbox"]`);
  for (let i = 0; i < (await acks.count()); i++) await acks.nth(i).check();
}

/**
 * The raw number a KPI card shows (its data-value): null while it is not available, 0 while the page says
 * there is nothing to show yet (its `<prefix>-empty` state).
 */
async function kpi(page: Page, testId: string): Promise<number | null> {
  const card = page.getByTestId(testId).first();
  const empty = page.getByTestId(`${testId.split('-').slice(0, -1).join('-')}-empty`).first();
  await card.or(empty).first().waitFor({ timeout: 30_000 });
  if (!(await card.isVisible())) return 0;
  const raw = await card.getAttribute('data-value');
  return raw === null || raw === '' ? null : Number(raw);
}

/** Reloads `path` until the KPI reaches `atLeast` (rollups run in the worker a moment after the click). */
async function waitForKpi(page: Page, path: string, testId: string, atLeast: number): Promise<number> {
  const deadline = Date.now() + 60_000;
  let value: number | null = null;
  for (;;) {
    await page.goto(path);
    value = await kpi(page, testId);
    if (value !== null && value >= atLeast) return value;
    if (Date.now() > deadline) throw new Error(`${testId} on ${path} stayed at ${value}, expected at least ${atLeast}`);
    await page.waitForTimeout(1000);
  }
}

describe('reach analytics (Chromium, whole stack, sandbox X)', () => {
  let world: E2eWorld;

  beforeAll(async () => {
    world = await e2eWorld();
    await createAdvocate(world.stack.databaseUrl);
  }, 180_000);

  it('counts a human click on a published post’s tracked link on My reach and on the lead’s dashboard', async () => {
    const contexts: BrowserContext[] = [];
    try {
      // The lead's figure before (the demo seeds some history, so it need not be 0).
      const lead = await world.newPage();
      contexts.push(lead.context);
      await signIn(lead.page, 'lead@chorus.example', DEMO_PASSWORD);
      await lead.page.waitForURL(/\/home/);
      await lead.page.goto('/analytics');
      const leadBefore = (await kpi(lead.page, 'dashboard-clicks')) ?? 0;

      // The advocate connects X and shares an approved item there now, in her own words.
      const { context, page } = await world.newPage();
      contexts.push(context);
      await signIn(page, ADVOCATE.email, DEMO_PASSWORD);
      await page.waitForURL(/\/home/);
      await page.goto('/connections');
      await connectNetwork(page, 'X', ADVOCATE.name);
      await page.getByRole('button', { name: 'Disconnect X' }).waitFor();
      await page.goto('/my-reach');
      expect(await kpi(page, 'my-reach-clicks'))
        .withContext('a new advocate has no clicks yet')
        .toBe(0);

      await page.goto('/feed');
      await page.getByTestId('feed-share').first().click();
      await page.waitForURL(/\/compose\//);
      const xText = page.getByTestId('compose-text-x');
      await xText.waitFor();
      const tracked = (await xText.inputValue()).match(/https?:\/\/\S+\/l\/([A-Za-z0-9]+)/);
      expect(tracked).withContext('the suggested X text carries the tracked link').not.toBeNull();
      const [link, code] = tracked as RegExpMatchArray;
      await xText.fill(`Field notes from a customer visit last week: the part about latency surprised me ${link}`);
      await settleFindings(page, 'x');
      const linkedIn = page.locator('[data-testid="compose-target-linkedin"] input[type="checkbox"]');
      if ((await linkedIn.count()) > 0 && (await linkedIn.isChecked())) await linkedIn.uncheck();
      const x = page.locator('[data-testid="compose-target-x"] input[type="checkbox"]');
      if (!(await x.isChecked())) await x.check();
      await page.getByTestId('compose-when-now').click();
      await page.getByTestId('compose-submit').click();
      await page.waitForURL(/\/my-posts/);

      // Published within seconds: the API lists it with its post URL.
      await page.waitForFunction(
        async () => {
          const response = await fetch('/api/shares?view=published');
          const body = (await response.json()) as { items: Array<{ network: string; postUrl: string | null }> };
          return body.items.some((s) => s.network === 'x' && !!s.postUrl);
        },
        undefined,
        { timeout: 60_000, polling: 1000 },
      );
      await world.screenshot(page, 'analytics-published');

      // Someone opens the link in a browser: Chromium's own user agent without "Headless" (a person's).
      const userAgent = (await page.evaluate(() => navigator.userAgent)).replace('HeadlessChrome', 'Chrome');
      const reader = await world.browser.newContext({ baseURL: world.stack.apiUrl, userAgent });
      contexts.push(reader);
      const readerPage = await reader.newPage();
      const redirect = readerPage.waitForResponse((r) => r.url().includes(`/l/${code}`));
      // The item lives on the demo site, which does not exist: the browser stops after the redirect.
      await readerPage.goto(`/l/${code}`).catch(() => undefined);
      const response = await redirect;
      expect(response.status()).toBe(302);
      expect(response.headers()['location']).toContain('https://demo.chorus.example/');

      const mine = await waitForKpi(page, '/my-reach', 'my-reach-clicks', 1);
      expect(mine).toBeGreaterThanOrEqual(1);
      await world.screenshot(page, 'analytics-my-reach');
      const leadAfter = await waitForKpi(lead.page, '/analytics', 'dashboard-clicks', leadBefore + 1);
      expect(leadAfter).toBeGreaterThanOrEqual(Math.max(1, leadBefore + 1));
      await world.screenshot(lead.page, 'analytics-dashboard');
    } finally {
      for (const context of contexts) await context.close();
    }
  });
});
