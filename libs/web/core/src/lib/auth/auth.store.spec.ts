import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { SessionUser } from '@chorus/shared/contracts';
import { AuthStore } from './auth.store';

const ADA: SessionUser = {
  id: 'u1',
  email: 'ada@example.com',
  name: 'Ada',
  roles: ['curator', 'lead'],
  groups: [{ id: 'g1', name: 'Sales DACH' }],
};

describe('AuthStore', () => {
  let store: AuthStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(AuthStore);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  async function flushNext(url: string, body: object, status = 200): Promise<void> {
    // Each step of init() starts after the previous one resolved.
    await new Promise((resolve) => setTimeout(resolve));
    const request = backend.expectOne(url);
    if (status === 200) request.flush(body);
    else request.flush(body, { status, statusText: 'Error' });
  }

  it('fetches the CSRF cookie first, then the session', async () => {
    const done = store.init();
    await flushNext('/api/auth/csrf', { token: 't' });
    await flushNext('/api/auth/session', ADA);
    await done;
    expect(store.user()).toEqual(ADA);
    expect(store.ready()).toBeTrue();
    expect(store.navItems().map((item) => item.path)).toContain('/audiences');
    expect(store.navItems().map((item) => item.path)).toContain('/advocates');
  });

  it('is signed out when the session check answers 401, and does not throw', async () => {
    const done = store.init();
    await flushNext('/api/auth/csrf', { token: 't' });
    await flushNext('/api/auth/session', { title: 'Unauthorized', status: 401 }, 401);
    await expectAsync(done).toBeResolved();
    expect(store.signedIn()).toBeFalse();
    expect(store.ready()).toBeTrue();
  });

  it('asks only once however often init is called', async () => {
    const first = store.init();
    const second = store.init();
    expect(second).toBe(first);
    await flushNext('/api/auth/csrf', { token: 't' });
    await flushNext('/api/auth/session', ADA);
    await first;
  });

  it('forgets the user at sign-out even when the server call fails', () => {
    store.setUser(ADA);
    store.logout().subscribe();
    backend.expectOne('/api/auth/logout').flush(null, { status: 500, statusText: 'Error' });
    expect(store.user()).toBeNull();
  });

  it('knows which roles the user holds', () => {
    store.setUser(ADA);
    expect(store.hasAnyRole(['admin'])).toBeFalse();
    expect(store.hasAnyRole(['admin', 'lead'])).toBeTrue();
  });
});
