import { Role } from '@chorus/shared/contracts';

/** Who may see a navigation entry: every signed-in user, or holders of any of the listed roles. */
export type NavAudience = 'everyone' | readonly Role[];

export interface NavItem {
  /** Visible and accessible name of the link. */
  label: string;
  /** Absolute router path, e.g. `/admin/users`. */
  path: string;
  /** Name of a registered SVG icon (see `provideChorusIcons` in `@chorus/web/ui`). */
  icon: string;
  roles: NavAudience;
  /** One line shown on the home page card of this area. */
  description: string;
}

/**
 * The one declarative list the shell navigation, the home page cards and the e2e tests rely on.
 * Only areas that exist belong here: a link to an unbuilt feature is a dead end for users.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  {
    label: 'Home',
    path: '/home',
    icon: 'home',
    roles: 'everyone',
    description: 'Your roles, your groups and where to start.',
  },
  {
    label: 'Feed',
    path: '/feed',
    icon: 'dynamic_feed',
    roles: ['advocate', 'curator'],
    description: 'Approved content for your groups, with ready-made texts to share.',
  },
  {
    label: 'My posts',
    path: '/my-posts',
    icon: 'schedule',
    roles: ['advocate', 'curator'],
    description: 'What you shared and scheduled, what needs your attention, and your weekly queue.',
  },
  {
    label: 'My reach',
    path: '/my-reach',
    icon: 'trending_up',
    roles: ['advocate', 'curator'],
    description: 'What your shares earned: clicks, impressions and value, and your group’s leaderboard.',
  },
  {
    label: 'Learning path',
    path: '/learning',
    icon: 'school',
    roles: ['advocate', 'curator'],
    description: 'Your next step, your skill path from Discoverer to Explorer, and what it unlocks.',
  },
  {
    label: 'Points',
    path: '/points',
    icon: 'star',
    roles: ['advocate', 'curator'],
    description: 'What you earned points for, and your total this week.',
  },
  {
    label: 'Inbox',
    path: '/curation/inbox',
    icon: 'inbox',
    roles: ['curator', 'admin'],
    description: 'New items from your sources: accept them as drafts or dismiss them.',
  },
  {
    label: 'Content',
    path: '/curation/content',
    icon: 'article',
    roles: ['curator', 'admin'],
    description: 'Drafts, the review queue and approved, expired and archived content.',
  },
  {
    label: 'Sources',
    path: '/curation/sources',
    icon: 'rss_feed',
    roles: ['curator', 'admin'],
    description: 'The feeds Chorus polls for new content, and how each one is doing.',
  },
  {
    label: 'Topics',
    path: '/curation/topics',
    icon: 'label',
    roles: ['curator', 'admin'],
    description: 'The topics content is tagged with and advocates filter their feed by.',
  },
  {
    label: 'Guidelines',
    path: '/guidelines',
    icon: 'verified_user',
    roles: ['curator', 'admin'],
    description: 'Your social media guidelines as rules: switch them, edit them and try a post.',
  },
  {
    label: 'Connected accounts',
    path: '/connections',
    icon: 'link',
    roles: ['advocate', 'curator'],
    description: 'Link your LinkedIn and X profiles so Chorus can post what you share.',
  },
  {
    label: 'Audiences',
    path: '/audiences',
    icon: 'campaign',
    roles: ['curator'],
    description: 'The groups you can target content at, and who is in them.',
  },
  {
    label: 'Reach dashboard',
    path: '/analytics',
    icon: 'insights',
    roles: ['lead', 'admin'],
    description: 'Participation, clicks, impressions and earned media value by group, network and content.',
  },
  {
    label: 'Advocates & groups',
    path: '/advocates',
    icon: 'group',
    roles: ['lead'],
    description: 'Groups with their members, roles, status and last sign-in.',
  },
  {
    label: 'Skill paths',
    path: '/skill-paths',
    icon: 'timeline',
    roles: ['lead', 'admin'],
    description: 'Paths, levels and steps, who they are rolled out to, and the progress matrix.',
  },
  {
    label: 'Ambassadors',
    path: '/ambassadors',
    icon: 'record_voice_over',
    roles: ['lead', 'admin'],
    description: 'The contacts of each group: mark them, or take a proposal.',
  },
  {
    label: 'Pulse surveys',
    path: '/pulse',
    icon: 'poll',
    roles: ['lead', 'admin'],
    description: 'Ask the weekly pulse and see how each group answers over time.',
  },
  {
    label: 'Account health',
    path: '/account-health',
    icon: 'verified_user',
    roles: ['lead', 'admin'],
    description: 'How many advocates can post: connected, expiring or needing a reconnect.',
  },
  {
    label: 'Leaderboards',
    path: '/leaderboards',
    icon: 'leaderboard',
    roles: 'everyone',
    description: 'Points per group and period; opt out of being shown by name.',
  },
  {
    label: 'Challenges',
    path: '/challenges',
    icon: 'emoji_events',
    roles: 'everyone',
    description: 'Time-boxed goals with a prize, standings and winners.',
  },
  {
    label: 'Users & invites',
    path: '/admin/users',
    icon: 'supervisor_account',
    roles: ['admin'],
    description: 'Invite people, change their roles and groups, deactivate accounts.',
  },
  {
    label: 'Groups',
    path: '/admin/groups',
    icon: 'workspaces',
    roles: ['admin'],
    description: 'Create, rename and delete groups and manage their members.',
  },
  {
    label: 'Network apps',
    path: '/admin/network-apps',
    icon: 'vpn_key',
    roles: ['admin'],
    description: 'The LinkedIn and X developer apps advocates connect through.',
  },
  {
    label: 'Publishing',
    path: '/admin/publishing',
    icon: 'send',
    roles: ['admin'],
    description: 'Posting limits, blackout windows and the X originality threshold.',
  },
  {
    label: 'EMV & X budget',
    path: '/admin/analytics',
    icon: 'paid',
    roles: ['admin'],
    description: 'What clicks, impressions and engagements are worth, and what reading X metrics may cost.',
  },
  {
    label: 'Points & levels',
    path: '/admin/points',
    icon: 'star',
    roles: ['admin'],
    description: 'What each action is worth in points.',
  },
  {
    label: 'Mail & chat',
    path: '/admin/outreach',
    icon: 'mail',
    roles: ['admin'],
    description: 'Digest schedule, nudges and Slack / Teams announcements of featured items.',
  },
  {
    label: 'Audit log',
    path: '/admin/audit',
    icon: 'history',
    roles: ['admin'],
    description: 'Who changed what, and when.',
  },
  {
    label: 'Notifications',
    path: '/notifications',
    icon: 'notifications',
    roles: 'everyone',
    description: 'Choose daily or weekly digests, reminders and the pulse mail.',
  },
  {
    label: 'Profile',
    path: '/profile',
    icon: 'person',
    roles: 'everyone',
    description: 'Change your name and your password.',
  },
];

export function isVisibleTo(item: NavItem, roles: readonly Role[]): boolean {
  return item.roles === 'everyone' || item.roles.some((role) => roles.includes(role));
}

/** The entries a user holding `roles` sees: the union over their roles, in list order, each once. */
export function navItemsFor(roles: readonly Role[], items: readonly NavItem[] = NAV_ITEMS): NavItem[] {
  return items.filter((item) => isVisibleTo(item, roles));
}

/** `data-testid` of a navigation link: `/admin/users` → `nav-admin-users`. */
export function navTestId(path: string): string {
  const slug = path
    .replace(/^\/+|\/+$/g, '')
    .replace(/[^a-zA-Z0-9]+/g, '-')
    .toLowerCase();
  return `nav-${slug || 'root'}`;
}
