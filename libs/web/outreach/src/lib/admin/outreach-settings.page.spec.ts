import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ChatWebhook, OutreachSettings } from '@chorus/shared/contracts';
import { provideChorusIcons } from '@chorus/web/ui';
import { byTestId, clearOverlays, overflowing, text, typeInto } from '../testing';
import { OutreachSettingsPage } from './outreach-settings.page';

const SETTINGS: OutreachSettings = { digestHourUtc: 8, weeklyDigestDay: 1, digestMaxItems: 5, nudgeAfterDays: 10 };
const HOOK: ChatWebhook = {
  id: 'w1',
  name: '#sales-news',
  kind: 'slack',
  urlHost: 'hooks.slack.com',
  enabled: true,
  lastSentAt: '2026-11-20T10:00:00Z',
  lastStatus: 'failed',
  lastError: 'HTTP 404 channel_not_found',
};

describe('OutreachSettingsPage', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<OutreachSettingsPage>;
  let element: HTMLElement;
  let snackBar: jasmine.SpyObj<MatSnackBar>;

  beforeEach(async () => {
    snackBar = jasmine.createSpyObj<MatSnackBar>('MatSnackBar', ['open']);
    TestBed.configureTestingModule({
      imports: [OutreachSettingsPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideChorusIcons(),
        { provide: MatSnackBar, useValue: snackBar },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(OutreachSettingsPage);
    element = fixture.nativeElement;
    await fixture.whenStable();
    backend.expectOne({ url: '/api/outreach/settings', method: 'GET' }).flush(SETTINGS);
    backend.expectOne({ url: '/api/outreach/webhooks', method: 'GET' }).flush([HOOK]);
    await fixture.whenStable();
  });

  afterEach(() => {
    backend.verify();
    TestBed.inject(MatDialog).closeAll();
    clearOverlays();
  });

  it('fits a phone screen', async () => {
    element.style.display = 'block';
    element.style.width = '390px';
    await fixture.whenStable();
    expect(overflowing(element)).toEqual([]);
  });

  it('shows and saves the schedule', async () => {
    expect(text(byTestId(element, 'outreach-digest-hour'))).toContain('08:00 UTC');
    expect(text(byTestId(element, 'outreach-weekly-day'))).toContain('Monday');
    await typeInto(fixture, byTestId<HTMLInputElement>(element, 'outreach-nudge-days'), '0');
    await typeInto(fixture, byTestId<HTMLInputElement>(element, 'outreach-max-items'), '8');
    byTestId(element, 'outreach-settings-save').click();
    await fixture.whenStable();
    const put = backend.expectOne({ url: '/api/outreach/settings', method: 'PUT' });
    expect(put.request.body).toEqual({ digestHourUtc: 8, weeklyDigestDay: 1, digestMaxItems: 8, nudgeAfterDays: 0 });
    put.flush({ ...SETTINGS, digestMaxItems: 8, nudgeAfterDays: 0 });
    await fixture.whenStable();
    expect(snackBar.open).toHaveBeenCalledWith('Mail settings saved', undefined, jasmine.any(Object));
  });

  it('checks the numbers before saving', async () => {
    await typeInto(fixture, byTestId<HTMLInputElement>(element, 'outreach-max-items'), '30');
    byTestId(element, 'outreach-settings-save').click();
    await fixture.whenStable();
    backend.expectNone({ url: '/api/outreach/settings', method: 'PUT' });
    expect(text(byTestId(element, 'outreach-max-items-error'))).toBe('Enter a whole number from 1 to 20.');
  });

  it('sends the digests now and says how many were queued', async () => {
    byTestId(element, 'send-digests-now').click();
    await fixture.whenStable();
    backend.expectOne({ url: '/api/outreach/digests/run', method: 'POST' }).flush({ digests: 12, nudges: 1 });
    await fixture.whenStable();
    expect(snackBar.open).toHaveBeenCalledWith('Queued 12 digests and 1 reminder', undefined, jasmine.any(Object));
  });

  it('lists the webhooks with their host and last failure', () => {
    const row = byTestId(element, 'webhook');
    expect(text(row)).toContain('#sales-news');
    expect(text(row)).toContain('Slack');
    expect(text(byTestId(row, 'webhook-host'))).toBe('hooks.slack.com');
    expect(text(byTestId(row, 'webhook-status'))).toContain('HTTP 404 channel_not_found');
  });

  it('adds a webhook, showing the server’s objection first', async () => {
    byTestId(element, 'webhook-add').click();
    await fixture.whenStable();
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    const url = byTestId<HTMLInputElement>(dialog, 'webhook-url');
    expect(url.type).toBe('password');
    expect(text(dialog)).toContain('Only the host is shown after saving');
    await typeInto(fixture, byTestId<HTMLInputElement>(dialog, 'webhook-name'), '#marketing');
    await typeInto(fixture, url, 'https://example.com/hook');
    byTestId(dialog, 'webhook-save').click();
    await fixture.whenStable();
    const first = backend.expectOne({ url: '/api/outreach/webhooks', method: 'POST' });
    expect(first.request.body).toEqual({
      name: '#marketing',
      kind: 'slack',
      url: 'https://example.com/hook',
      enabled: true,
    });
    first.flush(
      {
        title: 'Bad Request',
        status: 400,
        detail: 'url must be a Slack incoming webhook URL',
        errors: [{ field: 'url', message: 'must be a Slack incoming webhook URL' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(text(byTestId(dialog, 'webhook-url-error'))).toBe('must be a Slack incoming webhook URL');

    await typeInto(fixture, url, 'https://hooks.slack.com/services/T0/B0/x');
    byTestId(dialog, 'webhook-save').click();
    await fixture.whenStable();
    backend
      .expectOne({ url: '/api/outreach/webhooks', method: 'POST' })
      .flush({ ...HOOK, id: 'w2', name: '#marketing', lastStatus: null, lastError: null, lastSentAt: null });
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fixture.whenStable();
    const rows = element.querySelectorAll('[data-testid="webhook"]');
    expect(rows.length).toBe(2);
    expect(text(rows[1])).toContain('#marketing');
    expect(text(rows[1])).toContain('Nothing sent yet');
    expect(snackBar.open).toHaveBeenCalledWith('Webhook “#marketing” added', undefined, jasmine.any(Object));
  });

  it('tests a webhook and shows the outcome', async () => {
    byTestId(element, 'webhook-test').click();
    await fixture.whenStable();
    backend
      .expectOne({ url: '/api/outreach/webhooks/w1/test', method: 'POST' })
      .flush({ ok: true, status: 200, error: null });
    await fixture.whenStable();
    expect(snackBar.open).toHaveBeenCalledWith('Test message sent to “#sales-news”', undefined, jasmine.any(Object));
    expect(text(byTestId(element, 'webhook-status'))).toContain('Last sent');
  });

  it('switches a webhook off', async () => {
    byTestId(element, 'webhook-enabled').querySelector('button')?.click();
    await fixture.whenStable();
    const patch = backend.expectOne({ url: '/api/outreach/webhooks/w1', method: 'PATCH' });
    expect(patch.request.body).toEqual({ enabled: false });
    patch.flush({ ...HOOK, enabled: false });
    await fixture.whenStable();
    expect(byTestId(element, 'webhook-enabled').querySelector('button')?.getAttribute('aria-checked')).toBe('false');
  });
});
