import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ConnectedAccountView, ConnectionsOverview } from '@chorus/shared/contracts';
import { BrowserLocation, ConnectionAlertsStore } from '@chorus/web/core';
import { provideChorusIcons } from '@chorus/web/ui';
import { ConnectionsPage, disconnectQuestion } from './connections.page';

const LINKEDIN_EXPIRING: ConnectedAccountView = {
  id: '0b7c5a52-6f0e-4c5e-9d3a-1f2e3d4c5b6a',
  network: 'linkedin',
  handle: 'Ada Lovelace',
  displayName: 'Ada Lovelace',
  avatarUrl: null,
  state: 'expiring',
  reconnectBy: '2027-01-25T10:00:00Z',
  daysLeft: 5,
  lastError: null,
  lastErrorAt: null,
  connectedAt: '2026-11-26T10:00:00Z',
  capabilities: { maxLength: 3000, metrics: false, refreshTokens: false },
};

const X_CONNECTED: ConnectedAccountView = {
  id: '6a1d8e2f-3b4c-4d5e-8f9a-0b1c2d3e4f5a',
  network: 'x',
  handle: '@ada',
  displayName: 'Ada Lovelace',
  avatarUrl: null,
  state: 'connected',
  reconnectBy: null,
  daysLeft: null,
  lastError: null,
  lastErrorAt: null,
  connectedAt: '2026-11-01T10:00:00Z',
  capabilities: { maxLength: 280, metrics: true, refreshTokens: true },
};

function overview(over: Partial<ConnectionsOverview> = {}): ConnectionsOverview {
  return { accounts: [LINKEDIN_EXPIRING, X_CONNECTED], availableNetworks: ['linkedin', 'x'], sandbox: true, ...over };
}

describe('ConnectionsPage', () => {
  let backend: HttpTestingController;
  let snackBar: jasmine.SpyObj<MatSnackBar>;
  let location: jasmine.SpyObj<BrowserLocation>;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    snackBar = jasmine.createSpyObj<MatSnackBar>('MatSnackBar', ['open']);
    location = jasmine.createSpyObj<BrowserLocation>('BrowserLocation', ['assign']);
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'connections', component: ConnectionsPage }]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideChorusIcons(),
        { provide: MatSnackBar, useValue: snackBar },
        { provide: BrowserLocation, useValue: location },
        // The confirm dialog closes at once instead of after its exit animation.
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => {
    backend.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => (overlay.innerHTML = ''));
  });

  async function open(url = '/connections', answer: ConnectionsOverview = overview()): Promise<HTMLElement> {
    await harness.navigateByUrl(url);
    backend.expectOne('/api/connections').flush(answer);
    await harness.fixture.whenStable();
    return harness.routeNativeElement as HTMLElement;
  }

  function card(element: HTMLElement, network: string): HTMLElement {
    const found = element.querySelector<HTMLElement>(`[data-testid="connection-${network}"]`);
    if (!found) throw new Error(`no ${network} card`);
    return found;
  }

  const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  it('shows each account with its state, limits and the buttons that fit', async () => {
    const element = await open();

    const linkedIn = card(element, 'linkedin');
    expect(text(linkedIn.querySelector('[data-testid="connection-state"]'))).toBe('Expires in 5 days');
    expect(linkedIn.querySelector('[data-testid="connection-state"]')?.classList).toContain('state-expiring');
    expect(text(linkedIn.querySelector('[data-testid="connection-expiry"]'))).toContain('Reconnect by 25 Jan');
    expect(text(linkedIn.querySelector('[data-testid="connection-name"]'))).toBe('Ada Lovelace');
    // LinkedIn's handle is the name: not said twice.
    expect(linkedIn.querySelector('[data-testid="connection-handle"]')).toBeNull();
    expect(text(linkedIn.querySelector('[data-testid="connection-limits"]'))).toBe('Posts up to 3,000 characters');
    expect(text(linkedIn.querySelector('.initials'))).toBe('AL');
    expect(linkedIn.querySelector('[data-testid="reconnect-linkedin"]')).not.toBeNull();
    expect(linkedIn.querySelector('[data-testid="disconnect-linkedin"]')).not.toBeNull();

    const x = card(element, 'x');
    expect(text(x.querySelector('[data-testid="connection-state"]'))).toBe('Connected');
    expect(text(x.querySelector('[data-testid="connection-handle"]'))).toBe('@ada');
    expect(text(x.querySelector('[data-testid="connection-limits"]'))).toBe(
      'Posts up to 280 characters; X counts every link as 23',
    );
    expect(x.querySelector('[data-testid="reconnect-x"]')).toBeNull();
    expect(x.querySelector('[data-testid="disconnect-x"]')).not.toBeNull();

    expect(text(element)).toContain('LinkedIn connections last 60 days; Chorus reminds you 7 days and 1 day before.');
    expect(TestBed.inject(ConnectionAlertsStore).accounts()).toEqual([LINKEDIN_EXPIRING, X_CONNECTED]);
  });

  it('marks a broken account and shows its last error', async () => {
    const broken: ConnectedAccountView = {
      ...X_CONNECTED,
      state: 'needs_reconnect',
      lastError: 'The network no longer accepts this connection. Reconnect the account.',
      lastErrorAt: '2026-11-24T09:15:00Z',
    };
    const element = await open('/connections', overview({ accounts: [broken] }));
    const x = card(element, 'x');
    expect(text(x.querySelector('[data-testid="connection-state"]'))).toBe('Needs reconnect');
    expect(x.querySelector('[data-testid="connection-state"]')?.classList).toContain('state-needs_reconnect');
    expect(text(x.querySelector('[data-testid="connection-last-error"]'))).toContain(
      'The network no longer accepts this connection.',
    );
    expect(x.querySelector('[data-testid="reconnect-x"]')).not.toBeNull();
  });

  it('offers to connect a network without an account, and explains one an admin has not set up', async () => {
    const element = await open('/connections', overview({ accounts: [], availableNetworks: ['linkedin'] }));
    const connectLinkedIn = card(element, 'linkedin').querySelector<HTMLButtonElement>('[data-testid="connect-linkedin"]');
    expect(text(connectLinkedIn)).toBe('Connect LinkedIn');
    expect(connectLinkedIn?.disabled).toBeFalse();

    const connectX = card(element, 'x').querySelector<HTMLButtonElement>('[data-testid="connect-x"]');
    expect(text(connectX)).toBe('Connect X');
    expect(connectX?.disabled).toBeTrue();
    const why = card(element, 'x').querySelector('[data-testid="unavailable-x"]');
    expect(text(why)).toBe('An admin has not set up the X app yet.');
    expect(connectX?.getAttribute('aria-describedby')).toBe(why?.id ?? 'missing');
  });

  it('shows an empty state when no network can be connected', async () => {
    const element = await open('/connections', overview({ accounts: [], availableNetworks: [] }));
    expect(text(element.querySelector('chorus-empty-state'))).toContain('Nothing to connect yet');
    expect(element.querySelector('[data-testid="connection-linkedin"]')).toBeNull();
  });

  it('starts the connection and sends the browser to the consent page', async () => {
    const element = await open('/connections', overview({ accounts: [] }));
    card(element, 'x').querySelector<HTMLButtonElement>('[data-testid="connect-x"]')?.click();
    await harness.fixture.whenStable();

    const start = backend.expectOne('/api/connections/x/start');
    expect(start.request.method).toBe('POST');
    start.flush({ authorizationUrl: 'http://127.0.0.1:4100/x/i/oauth2/authorize?state=abc' });
    await harness.fixture.whenStable();

    expect(location.assign).toHaveBeenCalledOnceWith('http://127.0.0.1:4100/x/i/oauth2/authorize?state=abc');
    // While the browser leaves, the page says so and nothing else can be started.
    expect(text(card(element, 'x').querySelector('[data-testid="connect-x"]'))).toBe('Opening X…');
    expect(card(element, 'x').querySelector('mat-progress-bar')).not.toBeNull();
    expect(card(element, 'linkedin').querySelector<HTMLButtonElement>('[data-testid="connect-linkedin"]')?.disabled).toBeTrue();
  });

  it('reconnects an expiring account through the same start call', async () => {
    const element = await open();
    card(element, 'linkedin').querySelector<HTMLButtonElement>('[data-testid="reconnect-linkedin"]')?.click();
    backend.expectOne('/api/connections/linkedin/start').flush({ authorizationUrl: 'https://example.test/consent' });
    await harness.fixture.whenStable();
    expect(location.assign).toHaveBeenCalledWith('https://example.test/consent');
  });

  it('explains a network app that is not set up, and does not leave the page', async () => {
    const element = await open('/connections', overview({ accounts: [] }));
    card(element, 'linkedin').querySelector<HTMLButtonElement>('[data-testid="connect-linkedin"]')?.click();
    backend.expectOne('/api/connections/linkedin/start').flush(
      {
        type: 'about:blank',
        title: 'Conflict',
        status: 409,
        code: 'connections.app_not_configured',
        detail: 'The LinkedIn app is not configured.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await harness.fixture.whenStable();
    expect(location.assign).not.toHaveBeenCalled();
    expect(text(element.querySelector('[data-testid="connections-error"]'))).toContain(
      'An admin has not set up the LinkedIn app yet.',
    );
    expect(card(element, 'linkedin').querySelector<HTMLButtonElement>('[data-testid="connect-linkedin"]')?.disabled).toBeTrue();
  });

  it('announces a connected network after the callback and cleans the address', async () => {
    await open('/connections?connected=linkedin');
    expect(snackBar.open).toHaveBeenCalledWith('LinkedIn connected', undefined, jasmine.any(Object));
    expect(TestBed.inject(Router).url).toBe('/connections');
  });

  it('shows the error the callback reported and cleans the address', async () => {
    const message = 'You declined the request at LinkedIn. Nothing was connected.';
    const element = await open(`/connections?error=${encodeURIComponent(message)}`);
    const banner = element.querySelector('[data-testid="connections-error"]');
    expect(banner?.getAttribute('role')).toBe('alert');
    expect(text(banner)).toContain(message);
    expect(snackBar.open).not.toHaveBeenCalled();
    expect(TestBed.inject(Router).url).toBe('/connections');

    banner?.querySelector<HTMLButtonElement>('button')?.click();
    await harness.fixture.whenStable();
    expect(element.querySelector('[data-testid="connections-error"]')).toBeNull();
  });

  it('asks before disconnecting, then disconnects and reloads', async () => {
    const element = await open();
    card(element, 'x').querySelector<HTMLButtonElement>('[data-testid="disconnect-x"]')?.click();
    await harness.fixture.whenStable();

    const dialog = document.querySelector('chorus-confirm-dialog');
    expect(text(dialog)).toContain(
      'Disconnect X (@ada)? Scheduled posts to it will not go out until you connect again.',
    );
    document.querySelector<HTMLButtonElement>('[data-testid="confirm-ok"]')?.click();
    await harness.fixture.whenStable();

    const call = backend.expectOne(`/api/connections/${X_CONNECTED.id}`);
    expect(call.request.method).toBe('DELETE');
    call.flush(null, { status: 204, statusText: 'No Content' });
    backend.expectOne('/api/connections').flush(overview({ accounts: [LINKEDIN_EXPIRING] }));
    await harness.fixture.whenStable();

    expect(snackBar.open).toHaveBeenCalledWith('X disconnected', undefined, jasmine.any(Object));
    expect(card(element, 'x').querySelector('[data-testid="connect-x"]')).not.toBeNull();
  });

  it('keeps the account when the question is cancelled', async () => {
    const element = await open();
    card(element, 'x').querySelector<HTMLButtonElement>('[data-testid="disconnect-x"]')?.click();
    await harness.fixture.whenStable();
    document.querySelector<HTMLButtonElement>('[data-testid="confirm-cancel"]')?.click();
    await harness.fixture.whenStable();
    backend.expectNone(`/api/connections/${X_CONNECTED.id}`);
  });

  it('shows a load error with a retry', async () => {
    await harness.navigateByUrl('/connections');
    backend.expectOne('/api/connections').flush(null, { status: 500, statusText: 'Error' });
    await harness.fixture.whenStable();
    const element = harness.routeNativeElement as HTMLElement;
    expect(text(element.querySelector('[role="alert"]'))).toContain('Could not load your accounts');

    element.querySelector<HTMLButtonElement>('[data-testid="retry"]')?.click();
    backend.expectOne('/api/connections').flush(overview());
    await harness.fixture.whenStable();
    expect(element.querySelector('[data-testid="connection-linkedin"]')).not.toBeNull();
  });

  it('words the disconnect question with the handle', () => {
    expect(disconnectQuestion(LINKEDIN_EXPIRING)).toBe(
      'Disconnect LinkedIn (Ada Lovelace)? Scheduled posts to it will not go out until you connect again.',
    );
  });
});
