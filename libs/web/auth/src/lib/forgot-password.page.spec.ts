import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideChorusIcons } from '@chorus/web/ui';
import { FORGOT_PASSWORD_SENT, ForgotPasswordPage } from './forgot-password.page';

describe('ForgotPasswordPage', () => {
  it('always answers that a link was sent if the account exists', async () => {
    TestBed.configureTestingModule({
      imports: [ForgotPasswordPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideChorusIcons()],
    });
    const backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ForgotPasswordPage);
    const element: HTMLElement = fixture.nativeElement;
    await fixture.whenStable();

    const input = element.querySelector<HTMLInputElement>('[data-testid="forgot-email"]');
    if (!input) throw new Error('no e-mail field');
    input.value = 'someone@example.com';
    input.dispatchEvent(new Event('input'));
    element.querySelector<HTMLButtonElement>('[data-testid="forgot-submit"]')?.click();
    await fixture.whenStable();

    const request = backend.expectOne('/api/auth/password/forgot');
    expect(request.request.body).toEqual({ email: 'someone@example.com' });
    request.flush(null, { status: 202, statusText: 'Accepted' });
    await fixture.whenStable();

    expect(element.querySelector('[data-testid="forgot-sent"]')?.textContent).toContain(FORGOT_PASSWORD_SENT);
    expect(FORGOT_PASSWORD_SENT).toContain('If an account exists');
    backend.verify();
  });
});
