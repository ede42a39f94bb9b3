import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideChorusIcons } from '@chorus/web/ui';
import { mailLinkRoutes } from '../outreach.routes';
import { byTestId, text } from '../testing';
import { PULSE_ANSWER_BAD_LINK } from './pulse-answer.page';
import { UNSUBSCRIBE_BAD_LINK } from './unsubscribe.page';

describe('mail link pages', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideRouter(mailLinkRoutes), provideHttpClient(), provideHttpClientTesting(), provideChorusIcons()],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => backend.verify());

  async function open(url: string): Promise<HTMLElement> {
    await harness.navigateByUrl(url);
    await harness.fixture.whenStable();
    return harness.routeNativeElement as HTMLElement;
  }

  async function settle(): Promise<void> {
    await harness.fixture.whenStable();
  }

  describe('unsubscribe', () => {
    it('unsubscribes with the token and says what and where', async () => {
      const element = await open('/unsubscribe?token=abc.def');
      expect(text(element)).toContain('Unsubscribing');
      const call = backend.expectOne({ url: '/api/outreach/unsubscribe', method: 'POST' });
      expect(call.request.body).toEqual({ token: 'abc.def' });
      call.flush({ kind: 'digest', email: 'sam@example.com' });
      await settle();
      expect(text(byTestId(element, 'unsubscribe-done'))).toBe(
        'You will no longer receive digest e-mails at sam@example.com.',
      );
      expect(byTestId<HTMLAnchorElement>(element, 'unsubscribe-settings').getAttribute('href')).toBe('/notifications');
    });

    it('names reminders and pulse e-mails', async () => {
      const element = await open('/unsubscribe?token=t1');
      backend.expectOne('/api/outreach/unsubscribe').flush({ kind: 'nudges', email: 'a@example.com' });
      await settle();
      expect(text(byTestId(element, 'unsubscribe-done'))).toContain('no longer receive reminders at a@example.com');

      await harness.navigateByUrl('/unsubscribe?token=t2');
      await settle();
      backend.expectOne('/api/outreach/unsubscribe').flush({ kind: 'pulse', email: 'a@example.com' });
      await settle();
      expect(text(byTestId(harness.routeNativeElement as HTMLElement, 'unsubscribe-done'))).toContain(
        'no longer receive pulse e-mails',
      );
    });

    it('explains a bad or expired token', async () => {
      const element = await open('/unsubscribe?token=forged');
      backend.expectOne('/api/outreach/unsubscribe').flush(
        {
          title: 'Bad Request',
          status: 400,
          detail: 'token is invalid',
          errors: [{ field: 'token', message: 'is invalid' }],
        },
        { status: 400, statusText: 'Bad Request' },
      );
      await settle();
      expect(text(byTestId(element, 'unsubscribe-error'))).toBe(UNSUBSCRIBE_BAD_LINK);
      expect(element.querySelector('[data-testid="unsubscribe-done"]')).toBeNull();
    });

    it('does not call the server without a token', async () => {
      const element = await open('/unsubscribe');
      backend.expectNone('/api/outreach/unsubscribe');
      expect(text(byTestId(element, 'unsubscribe-error'))).toBe(UNSUBSCRIBE_BAD_LINK);
    });

    it('reports a server failure as such', async () => {
      const element = await open('/unsubscribe?token=t');
      backend.expectOne('/api/outreach/unsubscribe').flush(null, { status: 503, statusText: 'Unavailable' });
      await settle();
      expect(text(byTestId(element, 'unsubscribe-error'))).toContain('The server had a problem (503)');
    });
  });

  describe('pulse answer', () => {
    it('records the answer and thanks with its label', async () => {
      const element = await open('/pulse-answer?token=tok&value=4');
      const call = backend.expectOne({ url: '/api/outreach/pulse/mail-answers', method: 'POST' });
      expect(call.request.body).toEqual({ token: 'tok', value: 4 });
      call.flush(null, { status: 204, statusText: 'No Content' });
      await settle();
      expect(text(byTestId(element, 'pulse-answer-done'))).toBe('Thanks — your answer “Agree” was recorded.');
      expect(byTestId<HTMLAnchorElement>(element, 'pulse-answer-open').getAttribute('href')).toBe('/home');
    });

    it('refuses a value outside the scale without calling the server', async () => {
      const element = await open('/pulse-answer?token=tok&value=9');
      backend.expectNone('/api/outreach/pulse/mail-answers');
      expect(text(byTestId(element, 'pulse-answer-error'))).toBe(PULSE_ANSWER_BAD_LINK);
    });

    it('explains a bad token', async () => {
      const element = await open('/pulse-answer?token=bad&value=1');
      backend
        .expectOne('/api/outreach/pulse/mail-answers')
        .flush({ title: 'Forbidden', status: 403 }, { status: 403, statusText: 'Forbidden' });
      await settle();
      expect(text(byTestId(element, 'pulse-answer-error'))).toBe(PULSE_ANSWER_BAD_LINK);
    });

    it('shows why the survey no longer takes answers', async () => {
      const element = await open('/pulse-answer?token=old&value=2');
      backend
        .expectOne('/api/outreach/pulse/mail-answers')
        .flush(
          { title: 'Not Found', status: 404, detail: 'This pulse survey was deleted.' },
          { status: 404, statusText: 'Not Found' },
        );
      await settle();
      expect(text(byTestId(element, 'pulse-answer-error'))).toBe('This pulse survey was deleted.');
    });
  });
});
