import { Role, ROLES } from '@chorus/shared/contracts';
import { NAV_ITEMS, navItemsFor, navTestId } from './nav-items';

const paths = (roles: Role[]) => navItemsFor(roles).map((item) => item.path);

describe('navigation list', () => {
  it('gives an advocate their feed first, then their posts, reach, learning path, points and connected accounts', () => {
    expect(paths(['advocate'])).toEqual([
      '/home',
      '/feed',
      '/my-posts',
      '/my-reach',
      '/learning',
      '/points',
      '/connections',
      '/leaderboards',
      '/challenges',
      '/notifications',
      '/profile',
    ]);
  });

  it('gives a curator the curation areas, Audiences and, like an advocate, the feed and connected accounts', () => {
    expect(paths(['curator'])).toEqual([
      '/home',
      '/feed',
      '/my-posts',
      '/my-reach',
      '/learning',
      '/points',
      '/curation/inbox',
      '/curation/content',
      '/curation/sources',
      '/curation/topics',
      '/guidelines',
      '/connections',
      '/audiences',
      '/leaderboards',
      '/challenges',
      '/notifications',
      '/profile',
    ]);
  });

  it('gives a lead the Reach dashboard, Advocates & groups, skill paths, ambassadors, pulse surveys and Account health', () => {
    expect(paths(['lead'])).toEqual([
      '/home',
      '/analytics',
      '/advocates',
      '/skill-paths',
      '/ambassadors',
      '/pulse',
      '/account-health',
      '/leaderboards',
      '/challenges',
      '/notifications',
      '/profile',
    ]);
  });

  it('gives an admin the curation areas, the reach dashboard, users, groups, network apps, publishing, EMV rates, the audit log and account health', () => {
    expect(paths(['admin'])).toEqual([
      '/home',
      '/curation/inbox',
      '/curation/content',
      '/curation/sources',
      '/curation/topics',
      '/guidelines',
      '/analytics',
      '/skill-paths',
      '/ambassadors',
      '/pulse',
      '/account-health',
      '/leaderboards',
      '/challenges',
      '/admin/users',
      '/admin/groups',
      '/admin/network-apps',
      '/admin/publishing',
      '/admin/analytics',
      '/admin/points',
      '/admin/outreach',
      '/admin/audit',
      '/notifications',
      '/profile',
    ]);
  });

  it('shows the union of several roles, in list order, each entry once', () => {
    const items = navItemsFor(['admin', 'curator', 'lead', 'curator']);
    expect(items.map((item) => item.path)).toEqual([
      '/home',
      '/feed',
      '/my-posts',
      '/my-reach',
      '/learning',
      '/points',
      '/curation/inbox',
      '/curation/content',
      '/curation/sources',
      '/curation/topics',
      '/guidelines',
      '/connections',
      '/audiences',
      '/analytics',
      '/advocates',
      '/skill-paths',
      '/ambassadors',
      '/pulse',
      '/account-health',
      '/leaderboards',
      '/challenges',
      '/admin/users',
      '/admin/groups',
      '/admin/network-apps',
      '/admin/publishing',
      '/admin/analytics',
      '/admin/points',
      '/admin/outreach',
      '/admin/audit',
      '/notifications',
      '/profile',
    ]);
    expect(new Set(items).size).toBe(items.length);
  });

  it('shows every entry to someone holding every role', () => {
    expect(navItemsFor([...ROLES]).length).toBe(NAV_ITEMS.length);
  });

  it('still shows Home, the leaderboards, challenges, notifications and Profile to a user without roles', () => {
    expect(paths([])).toEqual(['/home', '/leaderboards', '/challenges', '/notifications', '/profile']);
  });

  it('gives every entry a label, an icon and a unique absolute path', () => {
    const seen = new Set<string>();
    for (const item of NAV_ITEMS) {
      expect(item.label.trim()).not.toBe('');
      expect(item.icon.trim()).not.toBe('');
      expect(item.path).toMatch(/^\/[a-z/-]+$/);
      expect(seen.has(item.path)).withContext(item.path).toBeFalse();
      seen.add(item.path);
    }
  });

  it('derives test ids from paths', () => {
    expect(navTestId('/home')).toBe('nav-home');
    expect(navTestId('/admin/users')).toBe('nav-admin-users');
    expect(navTestId('/admin/audit/')).toBe('nav-admin-audit');
    expect(navTestId('/admin/network-apps')).toBe('nav-admin-network-apps');
    expect(navTestId('/account-health')).toBe('nav-account-health');
    expect(navTestId('/feed')).toBe('nav-feed');
    expect(navTestId('/curation/inbox')).toBe('nav-curation-inbox');
    expect(navTestId('/curation/content')).toBe('nav-curation-content');
    expect(navTestId('/curation/sources')).toBe('nav-curation-sources');
    expect(navTestId('/curation/topics')).toBe('nav-curation-topics');
    expect(navTestId('/guidelines')).toBe('nav-guidelines');
    expect(navTestId('/my-posts')).toBe('nav-my-posts');
    expect(navTestId('/admin/publishing')).toBe('nav-admin-publishing');
    expect(navTestId('/analytics')).toBe('nav-analytics');
    expect(navTestId('/my-reach')).toBe('nav-my-reach');
    expect(navTestId('/admin/analytics')).toBe('nav-admin-analytics');
    expect(navTestId('/learning')).toBe('nav-learning');
    expect(navTestId('/skill-paths')).toBe('nav-skill-paths');
    expect(navTestId('/admin/outreach')).toBe('nav-admin-outreach');
    expect(navTestId('/admin/points')).toBe('nav-admin-points');
    expect(navTestId('/notifications')).toBe('nav-notifications');
  });

  it('gives curators and admins, and nobody else, Guidelines', () => {
    expect(paths(['curator'])).toContain('/guidelines');
    expect(paths(['admin'])).toContain('/guidelines');
    expect(paths(['advocate'])).not.toContain('/guidelines');
    expect(paths(['lead'])).not.toContain('/guidelines');
  });

  it('gives advocates and curators, and nobody else, My posts; admins alone Publishing', () => {
    expect(paths(['advocate'])).toContain('/my-posts');
    expect(paths(['curator'])).toContain('/my-posts');
    expect(paths(['lead'])).not.toContain('/my-posts');
    expect(paths(['admin'])).not.toContain('/my-posts');
    expect(paths(['admin'])).toContain('/admin/publishing');
    expect(paths(['advocate', 'curator', 'lead'])).not.toContain('/admin/publishing');
  });

  it('gives leads and admins the Reach dashboard, advocates and curators My reach, admins alone EMV rates', () => {
    expect(paths(['lead'])).toContain('/analytics');
    expect(paths(['admin'])).toContain('/analytics');
    expect(paths(['advocate', 'curator'])).not.toContain('/analytics');
    expect(paths(['advocate'])).toContain('/my-reach');
    expect(paths(['curator'])).toContain('/my-reach');
    expect(paths(['lead', 'admin'])).not.toContain('/my-reach');
    expect(paths(['admin'])).toContain('/admin/analytics');
    expect(paths(['advocate', 'curator', 'lead'])).not.toContain('/admin/analytics');
    const labels = Object.fromEntries(NAV_ITEMS.map((item) => [item.path, [item.label, item.icon]]));
    expect(labels['/analytics']).toEqual(['Reach dashboard', 'insights']);
    expect(labels['/my-reach']).toEqual(['My reach', 'trending_up']);
    expect(labels['/admin/analytics']).toEqual(['EMV & X budget', 'paid']);
  });

  it('gives advocates and curators the learning path and points, leads and admins skill paths, ambassadors and pulse surveys', () => {
    for (const path of ['/learning', '/points']) {
      expect(paths(['advocate']))
        .withContext(path)
        .toContain(path);
      expect(paths(['curator']))
        .withContext(path)
        .toContain(path);
      expect(paths(['lead', 'admin']))
        .withContext(path)
        .not.toContain(path);
    }
    for (const path of ['/skill-paths', '/ambassadors', '/pulse']) {
      expect(paths(['lead']))
        .withContext(path)
        .toContain(path);
      expect(paths(['admin']))
        .withContext(path)
        .toContain(path);
      expect(paths(['advocate', 'curator']))
        .withContext(path)
        .not.toContain(path);
    }
  });

  it('gives admins alone Points & levels and Mail & chat; everyone leaderboards, challenges and notifications', () => {
    for (const path of ['/admin/points', '/admin/outreach']) {
      expect(paths(['admin']))
        .withContext(path)
        .toContain(path);
      expect(paths(['advocate', 'curator', 'lead']))
        .withContext(path)
        .not.toContain(path);
    }
    for (const role of ROLES) {
      expect(paths([role]))
        .withContext(role)
        .toEqual(jasmine.arrayContaining(['/leaderboards', '/challenges', '/notifications']));
    }
    const labels = Object.fromEntries(NAV_ITEMS.map((item) => [item.path, [item.label, item.icon]]));
    expect(labels['/learning']).toEqual(['Learning path', 'school']);
    expect(labels['/pulse']).toEqual(['Pulse surveys', 'poll']);
    expect(labels['/admin/outreach']).toEqual(['Mail & chat', 'mail']);
    expect(labels['/notifications']).toEqual(['Notifications', 'notifications']);
  });
});
