import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter, Router } from '@angular/router';
import { SessionUser } from '@chorus/shared/contracts';
import { AuthStore } from '@chorus/web/core';
import { provideChorusIcons } from '@chorus/web/ui';
import { InvitePage } from './invite.page';

describe('InvitePage', () => {
  let fixture: ComponentFixture<InvitePage>;
  let backend: HttpTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [InvitePage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideChorusIcons(),
        { provide: ActivatedRoute, useValue: { snapshot: { queryParamMap: convertToParamMap({ token: 'tok-123' }) } } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(InvitePage);
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  async function type(testId: string, value: string) {
    const input = element.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`);
    if (!input) throw new Error(`no ${testId}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  it('shows the invited e-mail, checks the passwords and lands signed in', async () => {
    backend
      .expectOne('/api/auth/invites/tok-123')
      .flush({ email: 'new@example.com', name: 'Nia', expiresAt: '2030-01-01T00:00:00Z' });
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="invite-email"]')?.textContent).toContain('new@example.com');
    expect(element.querySelector<HTMLInputElement>('[data-testid="invite-name"]')?.value).toBe('Nia');

    await type('invite-password', 'a-long-password');
    await type('invite-confirm', 'a-different-one');
    element.querySelector<HTMLButtonElement>('[data-testid="invite-submit"]')?.click();
    await fixture.whenStable();
    backend.expectNone('/api/auth/invites/accept');
    expect(element.textContent).toContain('The passwords do not match.');

    await type('invite-confirm', 'a-long-password');
    const router = TestBed.inject(Router);
    spyOn(router, 'navigateByUrl').and.resolveTo(true);
    element.querySelector<HTMLButtonElement>('[data-testid="invite-submit"]')?.click();
    await fixture.whenStable();
    const accept = backend.expectOne('/api/auth/invites/accept');
    expect(accept.request.body).toEqual({ token: 'tok-123', name: 'Nia', password: 'a-long-password' });
    const user: SessionUser = { id: 'u9', email: 'new@example.com', name: 'Nia', roles: ['advocate'], groups: [] };
    accept.flush(user);
    await fixture.whenStable();
    expect(TestBed.inject(AuthStore).user()).toEqual(user);
    expect(router.navigateByUrl).toHaveBeenCalledWith('/home');
  });

  it('explains an expired or used invitation', async () => {
    backend.expectOne('/api/auth/invites/tok-123').flush(
      { type: 'about:blank', title: 'Gone', status: 410, code: 'token.expired_or_used', detail: 'This invitation has expired.' },
      { status: 410, statusText: 'Gone' },
    );
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="invite-invalid"]')?.textContent).toContain('This invitation has expired.');
    expect(element.querySelector('form')).toBeNull();
  });
});
