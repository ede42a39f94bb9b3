import type { Page } from 'playwright-core';

/** Signs in through the login form, as a person would. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Connects a network on /connections through the sandbox's consent page, as a new member of that name. */
export async function connectNetwork(page: Page, label: 'LinkedIn' | 'X', member: string): Promise<void> {
  await page.getByRole('button', { name: `Connect ${label}`, exact: true }).click();
  await page.waitForURL(/\/__sandbox\//);
  await page.getByLabel('Or as a new member named').fill(member);
  await page.getByRole('button', { name: 'Allow', exact: true }).click();
  await page.waitForURL(/\/connections/);
}
