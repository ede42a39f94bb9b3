import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { NetworkAppSettings } from '@chorus/shared/contracts';
import { provideChorusIcons } from '@chorus/web/ui';
import { networkAppRequest } from './network-app-form.component';
import { NetworkAppsPage } from './network-apps.page';

const LINKEDIN: NetworkAppSettings = {
  network: 'linkedin',
  configured: true,
  clientId: '86q3zsbxkq0jve',
  clientSecretSet: true,
  apiVersion: '202610',
  metricsScopes: false,
  redirectUri: 'https://chorus.example.com/api/connections/linkedin/callback',
  updatedAt: '2026-11-20T09:41:00Z',
};

const X: NetworkAppSettings = {
  network: 'x',
  configured: false,
  clientId: null,
  clientSecretSet: false,
  apiVersion: null,
  metricsScopes: true,
  redirectUri: 'https://chorus.example.com/api/connections/x/callback',
  updatedAt: null,
};

describe('NetworkAppsPage', () => {
  let fixture: ComponentFixture<NetworkAppsPage>;
  let backend: HttpTestingController;
  let element: HTMLElement;
  let snackBar: jasmine.SpyObj<MatSnackBar>;

  beforeEach(async () => {
    snackBar = jasmine.createSpyObj<MatSnackBar>('MatSnackBar', ['open']);
    TestBed.configureTestingModule({
      imports: [NetworkAppsPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideChorusIcons(),
        { provide: MatSnackBar, useValue: snackBar },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(NetworkAppsPage);
    element = fixture.nativeElement;
    await fixture.whenStable();
    // The server's order does not matter: LinkedIn comes first.
    backend.expectOne('/api/admin/network-apps').flush([X, LINKEDIN]);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  function section(network: string): HTMLElement {
    const found = element.querySelector<HTMLElement>(`[data-testid="network-app-${network}"]`);
    if (!found) throw new Error(`no ${network} app`);
    return found;
  }

  function input(network: string, testId: string): HTMLInputElement {
    const found = section(network).querySelector<HTMLInputElement>(`[data-testid="${testId}"]`);
    if (!found) throw new Error(`no ${testId}`);
    return found;
  }

  async function type(network: string, testId: string, value: string): Promise<void> {
    const field = input(network, testId);
    field.value = value;
    field.dispatchEvent(new Event('input'));
    field.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  }

  async function save(network: string): Promise<void> {
    section(network).querySelector<HTMLButtonElement>(`[data-testid="save-${network}"]`)?.click();
    await fixture.whenStable();
  }

  it('shows both apps with their state, redirect URL and instructions', () => {
    const titles = Array.from(element.querySelectorAll('h2')).map((h) => h.textContent?.trim());
    expect(titles).toEqual(['LinkedIn app', 'X app']);
    expect(section('linkedin').querySelector('[data-testid="network-app-status"]')?.textContent?.trim()).toBe(
      'Configured',
    );
    expect(section('x').querySelector('[data-testid="network-app-status"]')?.textContent?.trim()).toBe('Not set up');
    expect(input('linkedin', 'copy-value').value).toBe(LINKEDIN.redirectUri);
    expect(section('linkedin').textContent).toContain('Add it under Auth → Authorized redirect URLs for your app');
    expect(section('x').textContent).toContain(
      'Add it as Callback URI in the app’s User authentication settings (OAuth 2.0, type Web App)',
    );
    expect(input('linkedin', 'client-id').value).toBe('86q3zsbxkq0jve');
    expect(input('linkedin', 'client-secret').type).toBe('password');
    expect(input('linkedin', 'client-secret').placeholder).toBe('Stored — leave blank to keep');
    expect(input('x', 'client-secret').placeholder).toBe('');
    expect(input('linkedin', 'api-version').value).toBe('202610');
    expect(section('x').querySelector('[data-testid="api-version"]')).toBeNull();
    expect(section('x').querySelector('[data-testid="metrics-scopes"]')).toBeNull();
    expect(section('linkedin').querySelector('[data-testid="network-app-updated"]')?.textContent).toContain(
      'Last updated',
    );
    expect(section('x').querySelector('[data-testid="network-app-updated"]')?.textContent?.trim()).toBe('Never saved');
  });

  it('leaves out a blank secret, so the stored one is kept', async () => {
    await type('linkedin', 'client-id', ' new-client-id ');
    section('linkedin').querySelector<HTMLButtonElement>('[data-testid="metrics-scopes"] button')?.click();
    await fixture.whenStable();
    await save('linkedin');

    const request = backend.expectOne('/api/admin/network-apps/linkedin');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ clientId: 'new-client-id', apiVersion: '202610', metricsScopes: true });
    expect('clientSecret' in request.request.body).toBeFalse();
    request.flush({ ...LINKEDIN, clientId: 'new-client-id', metricsScopes: true, updatedAt: '2026-11-25T10:00:00Z' });
    await fixture.whenStable();
    expect(snackBar.open).toHaveBeenCalledWith('LinkedIn app saved', undefined, jasmine.any(Object));
    expect(input('linkedin', 'client-id').value).toBe('new-client-id');
  });

  it('sends a new secret when one is typed', async () => {
    await type('x', 'client-id', 'x-client');
    await type('x', 'client-secret', 's3cret');
    await save('x');
    const request = backend.expectOne('/api/admin/network-apps/x');
    expect(request.request.body).toEqual({ clientId: 'x-client', clientSecret: 's3cret' });
    request.flush({ ...X, configured: true, clientId: 'x-client', clientSecretSet: true, updatedAt: '2026-11-25T10:00:00Z' });
    await fixture.whenStable();
    expect(section('x').querySelector('[data-testid="network-app-status"]')?.textContent?.trim()).toBe('Configured');
    expect(input('x', 'client-secret').value).toBe('');
    expect(input('x', 'client-secret').placeholder).toBe('Stored — leave blank to keep');
  });

  it('requires a secret for an app that has none yet', async () => {
    await type('x', 'client-id', 'x-client');
    await save('x');
    backend.expectNone('/api/admin/network-apps/x');
    expect(section('x').textContent).toContain("Enter the app's client secret.");
  });

  it('checks the API version before calling the server', async () => {
    await type('linkedin', 'api-version', '202613');
    await save('linkedin');
    backend.expectNone('/api/admin/network-apps/linkedin');
    expect(section('linkedin').textContent).toContain('Use YYYYMM, e.g. 202610.');
  });

  it("shows the server's field errors next to the fields", async () => {
    await type('linkedin', 'api-version', '202001');
    await save('linkedin');
    backend.expectOne('/api/admin/network-apps/linkedin').flush(
      {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        code: 'validation_failed',
        detail: 'apiVersion must be a LinkedIn version as YYYYMM, e.g. 202610',
        errors: [{ field: 'apiVersion', message: 'must be a LinkedIn version as YYYYMM, e.g. 202610' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(section('linkedin').querySelector('[data-testid="api-version-error"]')?.textContent?.trim()).toBe(
      'API version must be a LinkedIn version as YYYYMM, e.g. 202610',
    );
    expect(section('linkedin').querySelector('[data-testid="network-app-error"]')).toBeNull();
    expect(snackBar.open).not.toHaveBeenCalled();
  });

  it('shows an error without a field above the form', async () => {
    await save('linkedin');
    backend
      .expectOne('/api/admin/network-apps/linkedin')
      .flush({ type: 'about:blank', title: 'Internal Server Error', status: 500 }, { status: 500, statusText: 'Error' });
    await fixture.whenStable();
    expect(section('linkedin').querySelector('[data-testid="network-app-error"]')?.textContent).toContain('(500)');
  });
});

describe('networkAppRequest', () => {
  it('trims, drops a blank secret and sends the LinkedIn-only fields only for LinkedIn', () => {
    const value = { clientId: ' id ', clientSecret: '   ', apiVersion: ' 202610 ', metricsScopes: true };
    expect(networkAppRequest('linkedin', value)).toEqual({ clientId: 'id', apiVersion: '202610', metricsScopes: true });
    expect(networkAppRequest('x', { ...value, clientSecret: 'abc' })).toEqual({ clientId: 'id', clientSecret: 'abc' });
  });
});
