import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter, Router } from '@angular/router';
import { Problem, SessionUser } from '@chorus/shared/contracts';
import { AuthStore } from '@chorus/web/core';
import { provideChorusIcons } from '@chorus/web/ui';
import { LoginPage } from './login.page';

const USER: SessionUser = { id: 'u1', email: 'ada@example.com', name: 'Ada', roles: ['advocate'], groups: [] };

describe('LoginPage', () => {
  let fixture: ComponentFixture<LoginPage>;
  let backend: HttpTestingController;
  let element: HTMLElement;
  let router: Router;

  async function setUp(queryParams: Record<string, string> = {}, sandbox = false) {
    TestBed.configureTestingModule({
      imports: [LoginPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideChorusIcons(),
        { provide: ActivatedRoute, useValue: { snapshot: { queryParamMap: convertToParamMap(queryParams) } } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    spyOn(router, 'navigateByUrl').and.resolveTo(true);
    fixture = TestBed.createComponent(LoginPage);
    element = fixture.nativeElement;
    await fixture.whenStable();
    backend.expectOne('/api/system/info').flush({ sandbox, version: '0.1.0' });
    await fixture.whenStable();
  }

  afterEach(() => backend.verify());

  async function type(testId: string, value: string) {
    const input = element.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`);
    if (!input) throw new Error(`no ${testId}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  }

  async function submit() {
    element.querySelector<HTMLButtonElement>('[data-testid="login-submit"]')?.click();
    await fixture.whenStable();
  }

  it('says so when LinkedIn and X are simulated', async () => {
    await setUp({}, true);
    expect(element.querySelector('[data-testid="sandbox-banner"]')?.textContent).toContain(
      'Sandbox mode — LinkedIn and X are simulated on this machine; nothing is posted publicly.',
    );
  });

  it('shows no sandbox banner against the real networks', async () => {
    await setUp();
    expect(element.querySelector('[data-testid="sandbox-banner"]')).toBeNull();
  });

  it('labels both fields and links to the password reset', async () => {
    await setUp();
    const labels = Array.from(element.querySelectorAll('mat-label')).map((label) => label.textContent?.trim());
    expect(labels).toEqual(['E-mail', 'Password']);
    const forgot = element.querySelector('[data-testid="forgot-password-link"]');
    expect(forgot?.textContent?.trim()).toBe('Forgot password?');
    expect(forgot?.getAttribute('href')).toBe('/forgot-password');
  });

  it("shows the server's message in an alert when the password is wrong", async () => {
    await setUp();
    await type('login-email', 'ada@example.com');
    await type('login-password', 'not-my-password');
    await submit();

    const request = backend.expectOne('/api/auth/login');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ email: 'ada@example.com', password: 'not-my-password' });
    const problem: Problem = {
      type: 'about:blank',
      title: 'Unauthorized',
      status: 401,
      detail: 'Wrong e-mail or password.',
      code: 'auth.invalid_credentials',
    };
    request.flush(problem, { status: 401, statusText: 'Unauthorized' });
    await fixture.whenStable();

    const alert = element.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Wrong e-mail or password.');
    expect(router.navigateByUrl).not.toHaveBeenCalled();
    expect(TestBed.inject(AuthStore).user()).toBeNull();
  });

  it('shows when to retry after too many attempts', async () => {
    await setUp();
    await type('login-email', 'ada@example.com');
    await type('login-password', 'guess');
    await submit();
    backend.expectOne('/api/auth/login').flush(
      { type: 'about:blank', title: 'Too Many Requests', status: 429, code: 'auth.throttled', detail: 'Too many attempts. Try again in 5 minutes.' },
      { status: 429, statusText: 'Too Many Requests' },
    );
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Try again in 5 minutes.');
  });

  it('does not call the server while the form is invalid', async () => {
    await setUp();
    await type('login-email', 'not-an-email');
    await submit();
    backend.expectNone('/api/auth/login');
    expect(element.textContent).toContain('Enter a valid e-mail address.');
    expect(element.textContent).toContain('Enter your password.');
  });

  it('signs in and goes to the page the user wanted', async () => {
    await setUp({ returnUrl: '/admin/users' });
    await type('login-email', 'ada@example.com');
    await type('login-password', 'correct horse battery');
    await submit();
    backend.expectOne('/api/auth/login').flush(USER);
    await fixture.whenStable();
    expect(TestBed.inject(AuthStore).user()).toEqual(USER);
    expect(router.navigateByUrl).toHaveBeenCalledWith('/admin/users');
  });

  it('ignores a return URL pointing at another site', async () => {
    await setUp({ returnUrl: '//evil.example/steal' });
    await type('login-email', 'ada@example.com');
    await type('login-password', 'correct horse battery');
    await submit();
    backend.expectOne('/api/auth/login').flush(USER);
    await fixture.whenStable();
    expect(router.navigateByUrl).toHaveBeenCalledWith('/home');
  });
});
