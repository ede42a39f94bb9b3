import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { ConnectedAccountView, ConnectionState, Role } from '@chorus/shared/contracts';
import { provideChorusIcons } from '@chorus/web/ui';
import { AuthStore } from '../auth/auth.store';
import { ShellComponent } from './shell.component';

@Component({ template: 'page' })
class PageStub {}

function account(network: 'linkedin' | 'x', state: ConnectionState, daysLeft: number | null): ConnectedAccountView {
  return {
    id: `acc-${network}`,
    network,
    handle: network === 'x' ? '@lee' : 'Lee Park',
    displayName: 'Lee Park',
    avatarUrl: null,
    state,
    reconnectBy: daysLeft === null ? null : '2026-11-30T10:00:00Z',
    daysLeft,
    lastError: null,
    lastErrorAt: null,
    connectedAt: '2026-10-01T10:00:00Z',
    capabilities: { maxLength: network === 'x' ? 280 : 3000, metrics: network === 'x', refreshTokens: network === 'x' },
  };
}

interface RenderOptions {
  sandbox?: boolean;
  /** The accounts GET /api/connections answers with, for users who connect accounts. */
  accounts?: ConnectedAccountView[];
}

describe('ShellComponent', () => {
  let backend: HttpTestingController;

  async function render(roles: Role[], options: RenderOptions = {}): Promise<ComponentFixture<ShellComponent>> {
    TestBed.configureTestingModule({
      imports: [ShellComponent],
      providers: [
        provideRouter([
          { path: 'home', component: PageStub },
          { path: 'connections', component: PageStub },
        ]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideChorusIcons(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthStore).setUser({ id: 'u1', email: 'lee@example.com', name: 'Lee Park', roles, groups: [] });
    const fixture = TestBed.createComponent(ShellComponent);
    await fixture.whenStable();
    backend.expectOne('/api/system/info').flush({ sandbox: options.sandbox ?? false, version: '0.1.0' });
    backend.expectOne('/api/notifications').flush({ items: [], unread: 0 });
    if (options.accounts) {
      backend
        .expectOne('/api/connections')
        .flush({ accounts: options.accounts, availableNetworks: ['linkedin', 'x'], sandbox: false });
    }
    await fixture.whenStable();
    return fixture;
  }

  afterEach(() => backend.verify());

  function testIds(element: HTMLElement): string[] {
    return Array.from(element.querySelectorAll('nav a[data-testid]')).map((a) => a.getAttribute('data-testid') ?? '');
  }

  function banner(fixture: ComponentFixture<ShellComponent>, testId: string): HTMLElement | null {
    return (fixture.nativeElement as HTMLElement).querySelector(`[data-testid="${testId}"]`);
  }

  it('shows a curator and lead the union of their links, each with a label', async () => {
    const fixture = await render(['curator', 'lead'], { accounts: [] });
    const element = fixture.nativeElement as HTMLElement;
    expect(testIds(element)).toEqual([
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
    ]);
    const audiences = element.querySelector('[data-testid="nav-audiences"]');
    expect(audiences?.getAttribute('aria-label')).toBe('Audiences');
    expect(audiences?.getAttribute('href')).toBe('/audiences');
    expect(audiences?.querySelector('mat-icon')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('shows an admin the admin and curation links and no feed or lead links', async () => {
    const fixture = await render(['admin']);
    expect(testIds(fixture.nativeElement)).toEqual([
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
    ]);
  });

  it('shows the user name in the toolbar and signs out to the login page', async () => {
    const fixture = await render(['advocate'], { accounts: [] });
    const element = fixture.nativeElement as HTMLElement;
    const trigger = element.querySelector<HTMLButtonElement>('[data-testid="user-menu"]');
    expect(trigger?.getAttribute('aria-label')).toBe('Account menu for Lee Park');

    const router = TestBed.inject(Router);
    spyOn(router, 'navigate').and.resolveTo(true);
    trigger?.click();
    await fixture.whenStable();
    document.querySelector<HTMLButtonElement>('[data-testid="sign-out"]')?.click();
    backend.expectOne('/api/auth/logout').flush(null);
    expect(TestBed.inject(AuthStore).user()).toBeNull();
    expect(router.navigate).toHaveBeenCalledWith(['/login']);
  });

  describe('sandbox banner', () => {
    it('says the networks are simulated when the server runs the sandbox', async () => {
      const fixture = await render(['lead'], { sandbox: true });
      expect(banner(fixture, 'sandbox-banner')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
        'Sandbox mode — LinkedIn and X are simulated on this machine; nothing is posted publicly.',
      );
      expect(banner(fixture, 'sandbox-banner')?.querySelector('button')).toBeNull();
    });

    it('is absent against the real networks', async () => {
      const fixture = await render(['lead'], { sandbox: false });
      expect(banner(fixture, 'sandbox-banner')).toBeNull();
    });
  });

  describe('reconnect banner', () => {
    it('reminds an advocate of an expiring account and links to Connected accounts', async () => {
      const fixture = await render(['advocate'], {
        accounts: [account('linkedin', 'expiring', 5), account('x', 'connected', null)],
      });
      const reminder = banner(fixture, 'reconnect-banner');
      expect(reminder?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
        'Your LinkedIn connection expires in 5 days — Reconnect',
      );
      expect(reminder?.querySelector('a')?.getAttribute('href')).toBe('/connections');
    });

    it('reminds a curator of an account that needs reconnecting', async () => {
      const fixture = await render(['curator'], { accounts: [account('x', 'needs_reconnect', null)] });
      expect(banner(fixture, 'reconnect-banner')?.textContent).toContain('Your X connection needs reconnecting');
    });

    it('stays away while every account is connected', async () => {
      const fixture = await render(['advocate'], {
        accounts: [account('linkedin', 'connected', 40), account('x', 'connected', null)],
      });
      expect(banner(fixture, 'reconnect-banner')).toBeNull();
    });

    it('never asks for accounts, nor shows a reminder, for a lead or an admin', async () => {
      const fixture = await render(['lead', 'admin']);
      backend.expectNone('/api/connections');
      expect(banner(fixture, 'reconnect-banner')).toBeNull();
    });

    it('is not repeated on the Connected accounts page itself', async () => {
      const fixture = await render(['advocate'], { accounts: [account('linkedin', 'expiring', 2)] });
      expect(banner(fixture, 'reconnect-banner')).not.toBeNull();
      await TestBed.inject(Router).navigateByUrl('/connections');
      await fixture.whenStable();
      expect(banner(fixture, 'reconnect-banner')).toBeNull();
    });
  });
});
