import { DEMO_PASSWORD } from '@chorus/server/demo';
import type { Page } from 'playwright-core';
import { signIn } from './support/actions';
import { e2eWorld, E2eWorld } from './support/world';

/** What each demo user's navigation must show (and nothing more). */
const NAVIGATION: Record<string, { email: string; links: string[] }> = {
  advocate: {
    email: 'advocate@chorus.example',
    links: [
      'nav-home',
      'nav-feed',
      'nav-my-posts',
      'nav-my-reach',
      'nav-learning',
      'nav-points',
      'nav-connections',
      'nav-leaderboards',
      'nav-challenges',
      'nav-notifications',
      'nav-profile',
    ],
  },
  curator: {
    email: 'curator@chorus.example',
    links: [
      'nav-home',
      'nav-feed',
      'nav-my-posts',
      'nav-my-reach',
      'nav-learning',
      'nav-points',
      'nav-curation-inbox',
      'nav-curation-content',
      'nav-curation-sources',
      'nav-curation-topics',
      'nav-guidelines',
      'nav-connections',
      'nav-audiences',
      'nav-leaderboards',
      'nav-challenges',
      'nav-notifications',
      'nav-profile',
    ],
  },
  lead: {
    email: 'lead@chorus.example',
    links: [
      'nav-home',
      'nav-analytics',
      'nav-advocates',
      'nav-skill-paths',
      'nav-ambassadors',
      'nav-pulse',
      'nav-account-health',
      'nav-leaderboards',
      'nav-challenges',
      'nav-notifications',
      'nav-profile',
    ],
  },
  admin: {
    email: 'admin@chorus.example',
    links: [
      'nav-home',
      'nav-curation-inbox',
      'nav-curation-content',
      'nav-curation-sources',
      'nav-curation-topics',
      'nav-guidelines',
      'nav-analytics',
      'nav-skill-paths',
      'nav-ambassadors',
      'nav-pulse',
      'nav-account-health',
      'nav-leaderboards',
      'nav-challenges',
      'nav-admin-users',
      'nav-admin-groups',
      'nav-admin-network-apps',
      'nav-admin-publishing',
      'nav-admin-analytics',
      'nav-admin-points',
      'nav-admin-outreach',
      'nav-admin-audit',
      'nav-notifications',
      'nav-profile',
    ],
  },
};

async function navLinks(page: Page): Promise<string[]> {
  await page.locator('[data-testid^="nav-"]').first().waitFor();
  const ids = await page
    .locator('[data-testid^="nav-"]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-testid') ?? ''));
  return [...new Set(ids)].sort();
}

describe('signing in (Chromium against the whole product)', () => {
  let world: E2eWorld;

  beforeAll(async () => {
    world = await e2eWorld();
  }, 180_000);

  for (const [role, expected] of Object.entries(NAVIGATION)) {
    it(`shows the ${role} their own navigation`, async () => {
      const { context, page } = await world.newPage();
      try {
        await signIn(page, expected.email, DEMO_PASSWORD);
        await page.waitForURL(/\/home/);
        expect(await navLinks(page)).toEqual([...expected.links].sort());
        await world.screenshot(page, `home-${role}`);
        // Every area of the role opens against the real API; a screenshot of each is kept for review.
        for (const link of expected.links.filter((l) => l !== 'nav-home')) {
          const href = await page.getByTestId(link).first().getAttribute('href');
          await page.getByTestId(link).first().click();
          await page.waitForURL(`**${href}`);
          await page.waitForLoadState('networkidle');
          await page.locator('h1').first().waitFor();
          expect(await page.locator('chorus-error-state').count())
            .withContext(link)
            .toBe(0);
          await world.screenshot(page, `${role}-${link.replace(/^nav-/, '')}`);
        }
      } finally {
        await context.close();
      }
    });
  }

  it('says clearly when the password is wrong', async () => {
    const { context, page } = await world.newPage();
    try {
      await signIn(page, 'advocate@chorus.example', 'not-the-password');
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('Wrong e-mail or password.');
      expect(page.url()).toContain('/login');
      await world.screenshot(page, 'login-wrong-password');
    } finally {
      await context.close();
    }
  });

  it('keeps people who are not signed in on the login page', async () => {
    const { context, page } = await world.newPage();
    try {
      await page.goto('/admin/users');
      await page.waitForURL(/\/login/);
      expect(page.url()).toContain('returnUrl');
    } finally {
      await context.close();
    }
  });
});
