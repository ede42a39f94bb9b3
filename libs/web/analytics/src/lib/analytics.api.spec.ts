import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { AnalyticsApi, exportUrl } from './analytics.api';

describe('AnalyticsApi', () => {
  let api: AnalyticsApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(AnalyticsApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('asks for the dashboard with the filters, leaving out the empty ones', () => {
    api.dashboard({ from: '2030-01-01', to: '2030-01-30', groupId: 'g1', network: 'x' }).subscribe();
    const call = backend.expectOne((req) => req.url === '/api/analytics/dashboard');
    expect(call.request.method).toBe('GET');
    expect(call.request.params.toString()).toBe('from=2030-01-01&to=2030-01-30&groupId=g1&network=x');
    call.flush({});

    api.dashboard({ from: '2030-01-01', to: '2030-01-30' }).subscribe();
    const second = backend.expectOne((req) => req.url === '/api/analytics/dashboard');
    expect(second.request.params.keys()).toEqual(['from', 'to']);
    second.flush({});
  });

  it('asks for top content and top advocates with a limit', () => {
    api.content({ from: '2030-01-01', to: '2030-01-07', network: 'linkedin' }, 10).subscribe();
    const content = backend.expectOne((req) => req.url === '/api/analytics/content');
    expect(content.request.params.toString()).toBe('from=2030-01-01&to=2030-01-07&network=linkedin&limit=10');
    content.flush([]);

    api.advocates({ from: '2030-01-01', to: '2030-01-07', groupId: 'g 2' }, 5).subscribe();
    const advocates = backend.expectOne((req) => req.url === '/api/analytics/advocates');
    expect(advocates.request.params.get('groupId')).toBe('g 2');
    expect(advocates.request.params.get('limit')).toBe('5');
    expect(advocates.request.params.has('network')).toBeFalse();
    advocates.flush([]);
  });

  it('reads the advocate’s own reach and a leaderboard', () => {
    api.myReach({ from: '2030-02-01', to: '2030-02-07' }).subscribe();
    const me = backend.expectOne((req) => req.url === '/api/analytics/me');
    expect(me.request.params.toString()).toBe('from=2030-02-01&to=2030-02-07');
    me.flush({});

    api.leaderboard({ period: 'week', groupId: 'g1' }).subscribe();
    const board = backend.expectOne((req) => req.url === '/api/analytics/leaderboard');
    expect(board.request.params.toString()).toBe('period=week&groupId=g1');
    board.flush({});

    api.leaderboard({ period: 'quarter' }).subscribe();
    expect(backend.expectOne('/api/analytics/leaderboard?period=quarter').request.params.has('groupId')).toBeFalse();
  });

  it('saves the leaderboard preference with PUT', () => {
    api.setLeaderboardPreference({ showOnLeaderboards: false }).subscribe();
    const call = backend.expectOne('/api/analytics/me/preferences');
    expect(call.request.method).toBe('PUT');
    expect(call.request.body).toEqual({ showOnLeaderboards: false });
    call.flush({ showOnLeaderboards: false });
  });

  it('reads and saves the admin settings, and reads the X spend', () => {
    api.settings().subscribe();
    expect(backend.expectOne('/api/analytics/settings').request.method).toBe('GET');

    api.updateSettings({ xReadBudgetPerDay: 100 }).subscribe();
    const put = backend.expectOne('/api/analytics/settings');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({ xReadBudgetPerDay: 100 });

    api.xSpend().subscribe();
    expect(backend.expectOne('/api/analytics/x-spend').request.method).toBe('GET');
  });

  it('builds CSV export links with the filters', () => {
    expect(exportUrl('groups', { from: '2030-01-01', to: '2030-01-30', groupId: 'g1', network: 'x' })).toBe(
      '/api/analytics/export/groups?from=2030-01-01&to=2030-01-30&groupId=g1&network=x',
    );
    expect(exportUrl('days', {})).toBe('/api/analytics/export/days');
  });
});
