import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Role } from '@chorus/shared/contracts';
import { ACCESS_DENIED_MESSAGE, AuthStore, NAV_ITEMS } from '@chorus/web/core';
import { provideChorusIcons } from '@chorus/web/ui';
import { appRoutes } from './app.routes';

describe('app routes', () => {
  let router: Router;
  let auth: AuthStore;
  let snackBar: jasmine.SpyObj<MatSnackBar>;

  beforeEach(() => {
    snackBar = jasmine.createSpyObj<MatSnackBar>('MatSnackBar', ['open']);
    TestBed.configureTestingModule({
      providers: [
        provideRouter(appRoutes),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideChorusIcons(),
        { provide: MatSnackBar, useValue: snackBar },
      ],
    });
    router = TestBed.inject(Router);
    auth = TestBed.inject(AuthStore);
  });

  function signIn(...roles: Role[]): void {
    auth.setUser({ id: 'u1', email: 'sam@example.com', name: 'Sam Lee', roles, groups: [] });
  }

  it('opens home for a signed-in user at the root', async () => {
    signIn('advocate');
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/');
    expect(router.url).toBe('/home');
  });

  it('sends a signed-out visitor to the login page with a return URL', async () => {
    spyOn(auth, 'init').and.resolveTo();
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/admin/users');
    expect(router.url).toBe('/login?returnUrl=%2Fadmin%2Fusers');
  });

  it('keeps an advocate out of the admin area', async () => {
    signIn('advocate');
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/admin/audit');
    expect(router.url).toBe('/home');
    expect(snackBar.open).toHaveBeenCalledWith(ACCESS_DENIED_MESSAGE, 'Dismiss', jasmine.any(Object));
  });

  it('guards every role-restricted link of the navigation list with the same roles', async () => {
    const restricted = NAV_ITEMS.filter((item) => item.roles !== 'everyone');
    const harness = await RouterTestingHarness.create();
    for (const item of restricted) {
      const allowed = item.roles as readonly Role[];
      const outsider = (['advocate', 'curator', 'lead', 'admin'] as Role[]).find((role) => !allowed.includes(role));
      if (!outsider) continue;
      signIn(outsider);
      await harness.navigateByUrl(item.path);
      expect(router.url).withContext(`${outsider} → ${item.path}`).toBe('/home');

      signIn(allowed[0]);
      await harness.navigateByUrl(item.path);
      expect(router.url).withContext(`${allowed[0]} → ${item.path}`).toBe(item.path);
    }
    // Two navigations per link, each loading its feature chunk the first time: more than the default 5 s.
  }, 30_000);

  it('opens the reach dashboard for leads, My reach for advocates and the EMV settings for admins only', async () => {
    const harness = await RouterTestingHarness.create();
    // Consecutive URLs differ: the router ignores a navigation to the URL it is on.
    const cases: Array<[Role, string, string]> = [
      ['lead', '/analytics', '/analytics'],
      ['advocate', '/my-reach', '/my-reach'],
      ['advocate', '/analytics', '/home'],
      ['admin', '/analytics?groupId=g1', '/analytics?groupId=g1'],
      ['lead', '/my-reach', '/home'],
      ['lead', '/admin/analytics', '/home'],
      ['curator', '/my-reach?days=7', '/my-reach?days=7'],
      ['admin', '/admin/analytics', '/admin/analytics'],
    ];
    for (const [role, url, expected] of cases) {
      signIn(role);
      await harness.navigateByUrl(url);
      expect(router.url).withContext(`${role} → ${url}`).toBe(expected);
    }
    // The admin area's own pages still load after the analytics settings route.
    signIn('admin');
    await harness.navigateByUrl('/admin/publishing');
    expect(router.url).toBe('/admin/publishing');
  });

  it('opens learning and points for advocates, skill paths and pulse for leads, mail & chat for admins only', async () => {
    const harness = await RouterTestingHarness.create();
    // Each refusal comes first: it lands on /home, so the next navigation to the same page is not ignored.
    const cases: Array<[Role, string, string]> = [
      ['lead', '/learning', '/home'],
      ['advocate', '/learning', '/learning'],
      ['admin', '/points', '/home'],
      ['curator', '/points', '/points'],
      ['advocate', '/skill-paths', '/home'],
      ['lead', '/skill-paths', '/skill-paths'],
      ['curator', '/ambassadors', '/home'],
      ['admin', '/ambassadors', '/ambassadors'],
      ['advocate', '/pulse', '/home'],
      ['lead', '/pulse', '/pulse'],
      ['lead', '/admin/outreach', '/home'],
      ['admin', '/admin/outreach', '/admin/outreach'],
      ['curator', '/admin/points', '/home'],
      ['admin', '/admin/points', '/admin/points'],
    ];
    for (const [role, url, expected] of cases) {
      signIn(role);
      await harness.navigateByUrl(url);
      expect(router.url).withContext(`${role} → ${url}`).toBe(expected);
    }
  }, 30_000);

  it('opens leaderboards, challenges and the notification settings for every role', async () => {
    const harness = await RouterTestingHarness.create();
    for (const role of ['advocate', 'curator', 'lead', 'admin'] as Role[]) {
      signIn(role);
      for (const url of ['/leaderboards', '/challenges', '/notifications']) {
        await harness.navigateByUrl(url);
        expect(router.url).withContext(`${role} → ${url}`).toBe(url);
        // Leave the page so the next role's navigation to the same URL is not ignored.
        await harness.navigateByUrl('/home');
      }
    }
  }, 30_000);

  it('opens the e-mail links signed out, without asking to sign in', async () => {
    spyOn(auth, 'init').and.resolveTo();
    const backend = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/unsubscribe?token=t1');
    expect(router.url).toBe('/unsubscribe?token=t1');
    backend.expectOne('/api/outreach/unsubscribe').flush({ kind: 'digest', email: 'sam@example.com' });
    await harness.fixture.whenStable();
    expect((harness.routeNativeElement as HTMLElement).textContent).toContain('no longer receive digest e-mails');

    await harness.navigateByUrl('/pulse-answer?token=t2&value=5');
    expect(router.url).toBe('/pulse-answer?token=t2&value=5');
    backend.expectOne('/api/outreach/pulse/mail-answers').flush(null, { status: 204, statusText: 'No Content' });
    await harness.fixture.whenStable();
    expect((harness.routeNativeElement as HTMLElement).textContent).toContain('Strongly agree');

    // The settings the unsubscribe page links to still need a session.
    await harness.navigateByUrl('/notifications');
    expect(router.url).toBe('/login?returnUrl=%2Fnotifications');
  });

  it('opens an e-mail link for a signed-in user too', async () => {
    signIn('advocate');
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/unsubscribe?token=t3');
    expect(router.url).toBe('/unsubscribe?token=t3');
  });
});
