import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { Role } from '@chorus/shared/contracts';
import { provideChorusIcons } from '@chorus/web/ui';
import { AuthStore } from '../auth/auth.store';
import { ShellComponent } from './shell.component';

describe('ShellComponent', () => {
  async function render(roles: Role[]) {
    TestBed.configureTestingModule({
      imports: [ShellComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideChorusIcons()],
    });
    TestBed.inject(AuthStore).setUser({ id: 'u1', email: 'lee@example.com', name: 'Lee Park', roles, groups: [] });
    const fixture = TestBed.createComponent(ShellComponent);
    await fixture.whenStable();
    return fixture;
  }

  function testIds(element: HTMLElement): string[] {
    return Array.from(element.querySelectorAll('nav a[data-testid]')).map((a) => a.getAttribute('data-testid') ?? '');
  }

  it('shows a curator and lead the union of their links, each with a label', async () => {
    const fixture = await render(['curator', 'lead']);
    const element = fixture.nativeElement as HTMLElement;
    expect(testIds(element)).toEqual(['nav-home', 'nav-audiences', 'nav-advocates', 'nav-profile']);
    const audiences = element.querySelector('[data-testid="nav-audiences"]');
    expect(audiences?.getAttribute('aria-label')).toBe('Audiences');
    expect(audiences?.getAttribute('href')).toBe('/audiences');
    expect(audiences?.querySelector('mat-icon')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('shows an admin the admin links and no curator or lead links', async () => {
    const fixture = await render(['admin']);
    expect(testIds(fixture.nativeElement)).toEqual([
      'nav-home',
      'nav-admin-users',
      'nav-admin-groups',
      'nav-admin-audit',
      'nav-profile',
    ]);
  });

  it('shows the user name in the toolbar and signs out to the login page', async () => {
    const fixture = await render(['advocate']);
    const element = fixture.nativeElement as HTMLElement;
    const trigger = element.querySelector<HTMLButtonElement>('[data-testid="user-menu"]');
    expect(trigger?.getAttribute('aria-label')).toBe('Account menu for Lee Park');

    const router = TestBed.inject(Router);
    spyOn(router, 'navigate').and.resolveTo(true);
    trigger?.click();
    await fixture.whenStable();
    document.querySelector<HTMLButtonElement>('[data-testid="sign-out"]')?.click();
    TestBed.inject(HttpTestingController).expectOne('/api/auth/logout').flush(null);
    expect(TestBed.inject(AuthStore).user()).toBeNull();
    expect(router.navigate).toHaveBeenCalledWith(['/login']);
  });
});
