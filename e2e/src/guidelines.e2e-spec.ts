import { DEMO_PASSWORD } from '@chorus/server/demo';
import { signIn } from './support/actions';
import { e2eWorld, E2eWorld } from './support/world';

describe('guidelines: try a post (Chromium against the whole product)', () => {
  let world: E2eWorld;

  beforeAll(async () => {
    world = await e2eWorld();
  }, 180_000);

  it('checks a post live in the browser, highlights personal data and fixes a missing disclosure in one click', async () => {
    const { context, page } = await world.newPage();
    try {
      await signIn(page, 'curator@chorus.example', DEMO_PASSWORD);
      await page.waitForURL(/\/(home|feed)/);
      await page.goto('/guidelines');
      const text = page.getByTestId('try-post-text');
      await text.fill('Our new Frankfurt region is live! Pay the deposit to DE89 3704 0044 0532 0130 00 today.');
      const findings = page.getByTestId('finding');
      await findings.first().waitFor();
      const rules = await findings.evaluateAll((els) => els.map((el) => el.getAttribute('data-rule')));
      expect(rules.length).toBeGreaterThan(0);
      const marked = await page.getByTestId('try-post-mirror').locator('mark').allTextContents();
      expect(marked.join(' ')).toContain('DE89 3704 0044 0532 0130 00');
      await world.screenshot(page, 'guidelines-try-post');

      // The disclosure finding offers a fix that appends the tag; applying it removes that finding.
      const before = await text.inputValue();
      const disclosure = page.locator('[data-testid="finding"][data-rule*="disclosure"]');
      await disclosure.getByTestId('finding-fix').click();
      await page.waitForFunction(
        (length) => (document.querySelector('[data-testid="try-post-text"]') as HTMLTextAreaElement).value.length > length,
        before.length,
        { timeout: 5000 },
      );
      expect(await text.inputValue()).toContain('#employee');
      await disclosure.waitFor({ state: 'detached' });
    } finally {
      await context.close();
    }
  });
});
