import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Role, SessionUser } from '@chorus/shared/contracts';
import { ACCESS_DENIED_MESSAGE, authGuard, guestGuard, roleGuard, safeReturnUrl } from './auth.guards';
import { AuthStore } from './auth.store';

@Component({ template: 'page' })
class PageStub {}

function user(roles: Role[]): SessionUser {
  return { id: 'u1', email: 'ada@example.com', name: 'Ada Lovelace', roles, groups: [] };
}

describe('route guards', () => {
  let auth: AuthStore;
  let router: Router;
  let snackBar: jasmine.SpyObj<MatSnackBar>;

  beforeEach(() => {
    snackBar = jasmine.createSpyObj<MatSnackBar>('MatSnackBar', ['open']);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MatSnackBar, useValue: snackBar },
        provideRouter([
          { path: 'home', component: PageStub },
          { path: 'login', canActivate: [guestGuard], component: PageStub },
          { path: 'profile', canActivate: [authGuard], component: PageStub },
          { path: 'admin/users', canActivate: [authGuard, roleGuard('admin')], component: PageStub },
          { path: 'advocates', canActivate: [roleGuard('lead', 'admin')], component: PageStub },
        ]),
      ],
    });
    auth = TestBed.inject(AuthStore);
    router = TestBed.inject(Router);
  });

  function signedOut(): void {
    spyOn(auth, 'init').and.resolveTo();
    auth.clear();
  }

  it('sends a signed-out user to the login page with the page they wanted', async () => {
    signedOut();
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/profile?tab=password');
    expect(router.url).toBe('/login?returnUrl=%2Fprofile%3Ftab%3Dpassword');
  });

  it('lets a signed-in user in', async () => {
    auth.setUser(user(['advocate']));
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/profile');
    expect(router.url).toBe('/profile');
  });

  it('sends a user without the role home and tells them why', async () => {
    auth.setUser(user(['advocate', 'curator']));
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/admin/users');
    expect(router.url).toBe('/home');
    expect(snackBar.open).toHaveBeenCalledWith(ACCESS_DENIED_MESSAGE, 'Dismiss', jasmine.any(Object));
  });

  it('lets in a holder of any of the listed roles', async () => {
    auth.setUser(user(['admin']));
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/advocates');
    expect(router.url).toBe('/advocates');
    expect(snackBar.open).not.toHaveBeenCalled();
  });

  it('sends a signed-out user from a role page to the login page, not home', async () => {
    signedOut();
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/advocates');
    expect(router.url).toBe('/login?returnUrl=%2Fadvocates');
    expect(snackBar.open).not.toHaveBeenCalled();
  });

  it('sends a signed-in user away from the login page', async () => {
    auth.setUser(user(['advocate']));
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/login');
    expect(router.url).toBe('/home');
  });
});

describe('safeReturnUrl', () => {
  it('accepts same-site paths', () => {
    expect(safeReturnUrl('/admin/users?status=invited')).toBe('/admin/users?status=invited');
  });

  it('rejects other sites, protocol-relative URLs and the login page', () => {
    expect(safeReturnUrl('https://evil.example')).toBe('/home');
    expect(safeReturnUrl('//evil.example/x')).toBe('/home');
    expect(safeReturnUrl('/\\evil.example')).toBe('/home');
    expect(safeReturnUrl('/login?returnUrl=%2Fhome')).toBe('/home');
    expect(safeReturnUrl(null)).toBe('/home');
  });
});
