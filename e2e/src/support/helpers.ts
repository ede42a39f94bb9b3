import { DEMO_PASSWORD } from '@chorus/server/demo';
import { PasswordHasher } from '@chorus/server/identity';
import { Client } from 'pg';
import type { Locator, Page } from 'playwright-core';

/** An active user of its own, straight in the database with the demo password, in one demo group. */
export async function createUser(
  databaseUrl: string,
  user: { email: string; name: string; roles?: string[]; group: string },
): Promise<string> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const hash = await new PasswordHasher().hash(DEMO_PASSWORD);
    const rows = await db.query<{ id: string }>(
      `WITH u AS (
         INSERT INTO users (email, name, roles, status, password_hash) VALUES ($1, $2, $3, 'active', $4)
         ON CONFLICT (email) DO UPDATE SET status = 'active' RETURNING id),
       m AS (
         INSERT INTO group_members (group_id, user_id)
         SELECT g.id, u.id FROM groups g, u WHERE g.name = $5 ON CONFLICT DO NOTHING)
       SELECT id FROM u`,
      [user.email, user.name, user.roles ?? ['advocate'], hash, user.group],
    );
    return rows.rows[0].id;
  } finally {
    await db.end();
  }
}

/** One query against the world's database (for facts a page does not show, e.g. an item's title). */
export async function queryDb<T extends Record<string, unknown>>(
  databaseUrl: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    return (await db.query<T>(sql, params)).rows;
  } finally {
    await db.end();
  }
}

/** Applies every one-click fix the guidelines offer for a network's text, then accepts the warnings left. */
export async function settleFindings(page: Page, network: 'linkedin' | 'x'): Promise<void> {
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
 * Opens `path` again and again until `locator` (built on the page) is there: for state that the API or
 * the worker reaches a moment after the action (progress, points, published posts).
 */
export async function reloadUntil(
  page: Page,
  path: string,
  locator: (page: Page) => Locator,
  what: string,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await page.goto(path);
    try {
      await locator(page).first().waitFor({ timeout: 3_000 });
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`${what}: not seen on ${path} within ${timeoutMs / 1000} s`);
    }
  }
}

export interface CaughtMail {
  id: string;
  receivedAt: string;
  to: string[];
  subject: string;
  text: string;
}

/** Waits for a mail to `to` in the sandbox's mail catcher that `matches`, as the recipient's inbox would. */
export async function waitForMail(
  sandboxUrl: string,
  to: string,
  matches: (mail: CaughtMail) => boolean,
  timeoutMs = 60_000,
): Promise<CaughtMail> {
  const deadline = Date.now() + timeoutMs;
  let seen: CaughtMail[] = [];
  for (;;) {
    seen = (await (await fetch(`${sandboxUrl}/__sandbox/mail?to=${encodeURIComponent(to)}`)).json()) as CaughtMail[];
    const mail = seen.find(matches);
    if (mail) return mail;
    if (Date.now() > deadline) {
      throw new Error(
        `No matching mail to ${to} within ${timeoutMs / 1000} s; got: ${seen.map((m) => m.subject).join(' | ') || 'none'}`,
      );
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 500));
  }
}

/** Waits until no CSS animation or transition runs (progress bars filling, ripples), e.g. before a screenshot. */
export async function animationsDone(page: Page): Promise<void> {
  await page
    .waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, {
      timeout: 5_000,
    })
    // An endless animation (a spinner) is not worth failing a screenshot for.
    .catch(() => undefined);
}
