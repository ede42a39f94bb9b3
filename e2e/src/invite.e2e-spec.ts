import { DEMO_PASSWORD } from '@chorus/server/demo';
import { signIn } from './support/actions';
import { e2eWorld, E2eWorld } from './support/world';

describe('inviting a new advocate (Chromium against the whole product)', () => {
  let world: E2eWorld;

  beforeAll(async () => {
    world = await e2eWorld();
  }, 180_000);

  it('an admin invites; the invitee follows the mailed link, sets a password and lands in their area', async () => {
    const email = `new.advocate.${Date.now()}@chorus.example`;
    const admin = await world.newPage();
    const invitee = await world.newPage({ width: 375, height: 800 });
    try {
      await signIn(admin.page, 'admin@chorus.example', DEMO_PASSWORD);
      await admin.page.waitForURL(/\/home/);
      await admin.page.goto('/admin/users');
      await admin.page.getByTestId('invite-user').click();
      // The dialog focuses its first field when its opening animation ends; typing before that would land
      // the next field's text in the e-mail field (seen on a loaded machine).
      await admin.page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'invite-email');
      await admin.page.getByTestId('invite-email').fill(email);
      await admin.page.getByTestId('invite-name').fill('Nina New');
      await admin.page.getByRole('checkbox', { name: /^Advocate/ }).check();
      await admin.page.getByTestId('invite-submit').click();
      await admin.page
        .getByTestId('invite-created')
        .waitFor()
        .catch(async (error: Error) => {
          // What the dialog showed instead, for the report.
          await world.screenshot(admin.page, 'invite-failed');
          const dialog = await admin.page
            .locator('mat-dialog-container')
            .innerText()
            .catch(() => '(no dialog)');
          throw new Error(`${error.message}\nDialog: ${dialog}`);
        });
      await world.screenshot(admin.page, 'invite-created');

      // The link goes out by mail: read it from the sandbox's mail catcher, as the invitee's inbox.
      let link: string | undefined;
      for (let attempt = 0; attempt < 50 && !link; attempt++) {
        const mails = (await (
          await fetch(`${world.stack.sandboxUrl}/__sandbox/mail?to=${encodeURIComponent(email)}`)
        ).json()) as Array<{ text: string }>;
        link = mails[0]?.text.match(/https?:\/\/\S+\/invite\?token=[\w-]+/)?.[0];
        if (!link) await new Promise((r) => setTimeout(r, 200));
      }
      expect(link).withContext('invitation mail in the sandbox mailbox').toBeDefined();

      await invitee.page.goto(link as string);
      expect(await invitee.page.getByTestId('invite-email').textContent()).toContain(email);
      await invitee.page.getByTestId('invite-name').fill('Nina New');
      await invitee.page.getByTestId('invite-password').fill('nina-new-password');
      await invitee.page.getByTestId('invite-confirm').fill('nina-new-password');
      await invitee.page.getByTestId('invite-submit').click();
      await invitee.page.waitForURL(/\/home/);
      await world.screenshot(invitee.page, 'invite-accepted-phone');
      const session = await invitee.page.evaluate(async () => (await fetch('/api/auth/session')).json());
      expect(session).toEqual(jasmine.objectContaining({ email, name: 'Nina New', roles: ['advocate'] }));
    } finally {
      await admin.context.close();
      await invitee.context.close();
    }
  });
});
