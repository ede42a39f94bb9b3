import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { OutreachPreferences, Role } from '@chorus/shared/contracts';
import { AuthStore } from '@chorus/web/core';
import { provideChorusIcons } from '@chorus/web/ui';
import { byTestId, overflowing, clearOverlays, text } from '../testing';
import { NotificationSettingsPage, PREFERENCES_SAVED } from './notification-settings.page';

const PREFS: OutreachPreferences = { digest: 'daily', nudges: true, pulseMail: true };

describe('NotificationSettingsPage', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<NotificationSettingsPage>;
  let element: HTMLElement;
  let snackBar: jasmine.SpyObj<MatSnackBar>;

  async function open(roles: Role[], prefs: OutreachPreferences = PREFS): Promise<void> {
    snackBar = jasmine.createSpyObj<MatSnackBar>('MatSnackBar', ['open']);
    TestBed.configureTestingModule({
      imports: [NotificationSettingsPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideChorusIcons(),
        { provide: MatSnackBar, useValue: snackBar },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    TestBed.inject(AuthStore).setUser({ id: 'u1', email: 'sam@example.com', name: 'Sam', roles, groups: [] });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(NotificationSettingsPage);
    element = fixture.nativeElement;
    await fixture.whenStable();
    backend.expectOne({ url: '/api/outreach/preferences', method: 'GET' }).flush(prefs);
    await fixture.whenStable();
  }

  afterEach(() => {
    backend.verify();
    TestBed.inject(MatDialog).closeAll();
    clearOverlays();
  });

  const radio = (value: string) => byTestId(element, `digest-${value}`).querySelector('input') as HTMLInputElement;

  it('shows the saved preferences', async () => {
    await open(['advocate'], { digest: 'weekly', nudges: false, pulseMail: true });
    expect(radio('weekly').checked).toBeTrue();
    expect(radio('daily').checked).toBeFalse();
    expect(byTestId(element, 'nudges-toggle').querySelector('button')?.getAttribute('aria-checked')).toBe('false');
    expect(byTestId(element, 'pulse-mail-toggle').querySelector('button')?.getAttribute('aria-checked')).toBe('true');
    expect(text(byTestId(element, 'digest-frequency'))).toContain('One e-mail a week');
  });

  it('fits a phone screen', async () => {
    await open(['advocate']);
    element.style.display = 'block';
    element.style.width = '390px';
    await fixture.whenStable();
    expect(overflowing(element)).toEqual([]);
  });

  it('saves a new digest frequency at once and confirms it', async () => {
    await open(['advocate']);
    radio('weekly').click();
    await fixture.whenStable();
    const put = backend.expectOne({ url: '/api/outreach/preferences', method: 'PUT' });
    expect(put.request.body).toEqual({ digest: 'weekly', nudges: true, pulseMail: true });
    put.flush({ digest: 'weekly', nudges: true, pulseMail: true });
    await fixture.whenStable();
    expect(snackBar.open).toHaveBeenCalledWith(PREFERENCES_SAVED, undefined, jasmine.any(Object));
    expect(radio('weekly').checked).toBeTrue();
  });

  it('switches reminders off, and puts the toggle back when saving fails', async () => {
    await open(['advocate']);
    byTestId(element, 'nudges-toggle').querySelector('button')?.click();
    await fixture.whenStable();
    const put = backend.expectOne({ url: '/api/outreach/preferences', method: 'PUT' });
    expect(put.request.body).toEqual({ digest: 'daily', nudges: false, pulseMail: true });
    put.flush({ title: 'Server error', status: 500 }, { status: 500, statusText: 'Server Error' });
    await fixture.whenStable();
    expect(byTestId(element, 'nudges-toggle').querySelector('button')?.getAttribute('aria-checked')).toBe('true');
    expect(snackBar.open).toHaveBeenCalledWith(jasmine.stringMatching(/server/i), 'Dismiss', jasmine.any(Object));
  });

  it('switches the pulse e-mail off', async () => {
    await open(['lead']);
    byTestId(element, 'pulse-mail-toggle').querySelector('button')?.click();
    await fixture.whenStable();
    const put = backend.expectOne({ url: '/api/outreach/preferences', method: 'PUT' });
    expect(put.request.body).toEqual({ digest: 'daily', nudges: true, pulseMail: false });
    put.flush({ digest: 'daily', nudges: true, pulseMail: false });
    await fixture.whenStable();
    expect(snackBar.open).toHaveBeenCalledWith(PREFERENCES_SAVED, undefined, jasmine.any(Object));
  });

  it('previews the digest in a sandboxed frame for advocates', async () => {
    await open(['advocate']);
    byTestId(element, 'digest-preview').click();
    await fixture.whenStable();
    backend
      .expectOne('/api/outreach/digests/preview')
      .flush({ subject: '3 new items to share', html: '<p>Hello <b>Sam</b></p>', text: 'Hello Sam', itemCount: 3 });
    await fixture.whenStable();
    const frame = byTestId<HTMLIFrameElement>(document.body, 'digest-preview-frame');
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('srcdoc')).toContain('Hello <b>Sam</b>');
    expect(text(byTestId(document.body, 'digest-preview-subject'))).toContain('3 new items to share');
  });

  it('says when there is nothing to send', async () => {
    await open(['curator']);
    byTestId(element, 'digest-preview').click();
    await fixture.whenStable();
    backend.expectOne('/api/outreach/digests/preview').flush({ subject: '', html: '', text: '', itemCount: 0 });
    await fixture.whenStable();
    expect(text(byTestId(document.body, 'digest-preview-empty'))).toContain('Nothing new to send right now');
    expect(document.querySelector('[data-testid="digest-preview-frame"]')).toBeNull();
  });

  it('offers no preview to people without a feed', async () => {
    await open(['lead', 'admin']);
    expect(element.querySelector('[data-testid="digest-preview"]')).toBeNull();
  });

  it('shows a load error with a retry', async () => {
    snackBar = jasmine.createSpyObj<MatSnackBar>('MatSnackBar', ['open']);
    TestBed.configureTestingModule({
      imports: [NotificationSettingsPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideChorusIcons()],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(NotificationSettingsPage);
    element = fixture.nativeElement;
    await fixture.whenStable();
    backend.expectOne('/api/outreach/preferences').flush(null, { status: 503, statusText: 'Unavailable' });
    await fixture.whenStable();
    expect(text(element)).toContain('Could not load your notification settings');
    byTestId(element, 'retry').click();
    await fixture.whenStable();
    backend.expectOne('/api/outreach/preferences').flush(PREFS);
    await fixture.whenStable();
    expect(radio('daily').checked).toBeTrue();
  });
});
