import { DEMO_PASSWORD } from '@chorus/server/demo';
import { connectNetwork as connect, signIn } from './support/actions';
import { e2eWorld, E2eWorld } from './support/world';

describe('connected accounts (Chromium, sandbox consent pages)', () => {
  let world: E2eWorld;

  beforeAll(async () => {
    world = await e2eWorld();
  }, 180_000);

  it('connects LinkedIn and X through the consent pages, lists them, and disconnects', async () => {
    const { context, page } = await world.newPage();
    try {
      await signIn(page, 'jonas.becker@chorus.example', DEMO_PASSWORD);
      await page.waitForURL(/\/home/);
      expect(await page.getByTestId('sandbox-banner').isVisible()).toBeTrue();
      await page.getByTestId('nav-connections').first().click();
      await page.waitForURL(/\/connections/);

      await connect(page, 'LinkedIn', 'Jonas Becker');
      await page.getByText('Jonas Becker').first().waitFor();
      await connect(page, 'X', 'Jonas Becker');
      await page.getByRole('button', { name: 'Disconnect X' }).waitFor();
      expect(await page.getByRole('button', { name: 'Disconnect LinkedIn' }).isVisible()).toBeTrue();
      await world.screenshot(page, 'connections-both');

      const accounts = await page.evaluate(async () => (await (await fetch('/api/connections')).json()).accounts);
      expect(accounts.map((a: { network: string; state: string }) => `${a.network}:${a.state}`).sort()).toEqual([
        'linkedin:connected',
        'x:connected',
      ]);

      await page.getByRole('button', { name: 'Disconnect X' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Disconnect' }).click();
      await page.getByRole('button', { name: 'Connect X', exact: true }).waitFor();
      const left = await page.evaluate(async () => (await (await fetch('/api/connections')).json()).accounts);
      expect(left.map((a: { network: string }) => a.network)).toEqual(['linkedin']);
      await world.screenshot(page, 'connections-after-disconnect');
    } finally {
      await context.close();
    }
  });
});
