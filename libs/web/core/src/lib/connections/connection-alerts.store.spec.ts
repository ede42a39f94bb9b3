import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ConnectedAccountView, ConnectionsOverview } from '@chorus/shared/contracts';
import { accountsNeedingAttention, ConnectionAlertsStore, reconnectMessage } from './connection-alerts.store';

function account(over: Partial<ConnectedAccountView>): ConnectedAccountView {
  return {
    id: 'a1',
    network: 'linkedin',
    handle: 'Ada Lovelace',
    displayName: 'Ada Lovelace',
    avatarUrl: null,
    state: 'connected',
    reconnectBy: '2026-12-20T10:00:00Z',
    daysLeft: 25,
    lastError: null,
    lastErrorAt: null,
    connectedAt: '2026-10-21T10:00:00Z',
    capabilities: { maxLength: 3000, metrics: false, refreshTokens: false },
    ...over,
  };
}

describe('reconnectMessage', () => {
  it('says nothing while every account is connected', () => {
    expect(reconnectMessage([account({}), account({ id: 'a2', network: 'x', daysLeft: null })])).toBeNull();
    expect(reconnectMessage([])).toBeNull();
  });

  it('counts down the days of an expiring account', () => {
    expect(reconnectMessage([account({ state: 'expiring', daysLeft: 5 })])).toBe(
      'Your LinkedIn connection expires in 5 days',
    );
    expect(reconnectMessage([account({ state: 'expiring', daysLeft: 1 })])).toBe(
      'Your LinkedIn connection expires tomorrow',
    );
    expect(reconnectMessage([account({ state: 'expiring', daysLeft: 0 })])).toBe(
      'Your LinkedIn connection expires today',
    );
  });

  it('names a broken account first, then the expiring one', () => {
    const accounts = [
      account({ state: 'expiring', daysLeft: 3 }),
      account({ id: 'a2', network: 'x', state: 'needs_reconnect', daysLeft: null }),
    ];
    expect(accountsNeedingAttention(accounts).map((a) => a.network)).toEqual(['x', 'linkedin']);
    expect(reconnectMessage(accounts)).toBe(
      'Your X connection needs reconnecting and your LinkedIn connection expires in 3 days',
    );
  });
});

describe('ConnectionAlertsStore', () => {
  let store: ConnectionAlertsStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(ConnectionAlertsStore);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  const overview = (accounts: ConnectedAccountView[]): ConnectionsOverview => ({
    accounts,
    availableNetworks: ['linkedin', 'x'],
    sandbox: false,
  });

  it('asks once per user, and again for another user', () => {
    store.loadFor('u1');
    store.loadFor('u1');
    backend.expectOne('/api/connections').flush(overview([account({ state: 'expiring', daysLeft: 5 })]));
    expect(store.message()).toBe('Your LinkedIn connection expires in 5 days');

    store.clear();
    expect(store.message()).toBeNull();
    store.loadFor('u2');
    backend.expectOne('/api/connections').flush(overview([]));
    expect(store.message()).toBeNull();
  });

  it('keeps what the page handed in over a slower first answer', () => {
    store.loadFor('u1');
    store.update([account({ state: 'needs_reconnect' })]);
    backend.expectOne('/api/connections').flush(overview([]));
    expect(store.message()).toBe('Your LinkedIn connection needs reconnecting');
  });

  it('shows no reminder when the call fails', () => {
    store.loadFor('u1');
    backend.expectOne('/api/connections').flush(null, { status: 500, statusText: 'Error' });
    expect(store.message()).toBeNull();
  });
});
