import { DEMO_PASSWORD } from '@chorus/server/demo';
import type { Locator, Page } from 'playwright-core';
import { signIn } from './support/actions';
import { NEWSROOM_ITEMS } from './support/feed-server';
import { e2eWorld, E2eWorld } from './support/world';

const TITLE = NEWSROOM_ITEMS[0].title;

async function openFeed(page: Page, email: string): Promise<void> {
  await signIn(page, email, DEMO_PASSWORD);
  await page.waitForURL(/\/(home|feed)/);
  await page.goto('/feed');
  await page.waitForLoadState('networkidle');
  await page.locator('[data-testid^="feed-item-"], chorus-empty-state').first().waitFor();
}

/** Reloads `path` until the locator shows (at most ~15 s). */
async function eventually(page: Page, path: string, locator: Locator): Promise<void> {
  for (let attempt = 0; attempt < 30; attempt++) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    if (await locator.isVisible()) return;
    await page.waitForTimeout(500);
  }
  await locator.waitFor({ timeout: 1000 });
}

describe('curation to feed (Chromium against the whole product)', () => {
  let world: E2eWorld;

  beforeAll(async () => {
    world = await e2eWorld();
  }, 180_000);

  it('a curator adds a feed and approves an item for Sales DACH; only advocates in that group see it', async () => {
    const curator = await world.newPage();
    try {
      await signIn(curator.page, 'curator@chorus.example', DEMO_PASSWORD);
      await curator.page.waitForURL(/\/(home|feed)/);
      await curator.page.goto('/curation/sources');
      await curator.page.getByTestId('sources-add').click();
      await curator.page.getByTestId('source-url').fill(world.feedUrl);
      await curator.page.getByTestId('source-save').click();
      // The worker polls the new source at once: the feed's title replaces the host name, and its items
      // land in the inbox. The pages do not poll, so look again as a curator would.
      await eventually(curator.page, '/curation/sources', curator.page.getByText('ACME Newsroom').first());
      await world.screenshot(curator.page, 'curator-sources');
      const accept = curator.page.getByRole('button', { name: `Accept ${TITLE}` });
      await eventually(curator.page, '/curation/inbox', accept);
      await world.screenshot(curator.page, 'curator-inbox');
      await accept.click();
      await curator.page.waitForURL(/\/curation\/content\/[0-9a-f-]{36}/);

      await curator.page.getByTestId('editor-audiences').click();
      await curator.page.getByRole('option', { name: 'Sales DACH' }).click();
      await curator.page.keyboard.press('Escape');
      await curator.page.getByTestId('editor-save').click();
      await curator.page.getByTestId('workflow-approve').click();
      await curator.page.getByText('Approved', { exact: true }).first().waitFor();
      await world.screenshot(curator.page, 'curator-editor-approved');
    } finally {
      await curator.context.close();
    }

    const inGroup = await world.newPage();
    const outside = await world.newPage();
    try {
      await openFeed(inGroup.page, 'advocate@chorus.example');
      expect(await inGroup.page.getByText(TITLE).count())
        .withContext('Sales DACH advocate')
        .toBeGreaterThan(0);
      await world.screenshot(inGroup.page, 'advocate-feed');

      await openFeed(outside.page, 'sanne.devries@chorus.example');
      expect(await outside.page.getByText(TITLE).count())
        .withContext('Marketing Benelux advocate')
        .toBe(0);
    } finally {
      await inGroup.context.close();
      await outside.context.close();
    }
  });
});
