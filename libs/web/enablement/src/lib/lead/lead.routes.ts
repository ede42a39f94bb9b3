import { Route } from '@angular/router';
import { provideAnalyticsCharts } from '@chorus/web/analytics';

/** /skill-paths — the lead's path list, editor and progress matrix; the app route checks lead / admin. */
export const skillPathsRoutes: Route[] = [
  {
    path: '',
    providers: [provideAnalyticsCharts()],
    children: [
      {
        path: '',
        title: 'Skill paths',
        loadComponent: () => import('./skill-paths/skill-paths.page').then((m) => m.SkillPathsPage),
      },
      {
        path: 'matrix',
        title: 'Progress matrix',
        loadComponent: () => import('./matrix/progress-matrix.page').then((m) => m.ProgressMatrixPage),
      },
      {
        path: ':id',
        title: 'Edit skill path',
        canDeactivate: [(page: { canLeave?: () => boolean }) => page.canLeave?.() ?? true],
        loadComponent: () => import('./skill-paths/path-editor.page').then((m) => m.PathEditorPage),
      },
    ],
  },
];

/** /leaderboards — points per group and period, for everybody signed in. */
export const leaderboardsRoutes: Route[] = [
  {
    path: '',
    title: 'Leaderboards',
    loadComponent: () => import('./leaderboards/leaderboards.page').then((m) => m.LeaderboardsPage),
  },
];

/** /challenges — running, upcoming and ended challenges; leads and admins also create and edit them. */
export const challengesRoutes: Route[] = [
  {
    path: '',
    title: 'Challenges',
    loadComponent: () => import('./challenges/challenges.page').then((m) => m.ChallengesPage),
  },
  {
    path: ':id',
    title: 'Challenge',
    loadComponent: () => import('./challenges/challenge-detail.page').then((m) => m.ChallengeDetailPage),
  },
];

/** /ambassadors — who represents each group, and whom the system proposes; lead / admin. */
export const ambassadorsRoutes: Route[] = [
  {
    path: '',
    title: 'Ambassadors',
    loadComponent: () => import('./ambassadors/ambassadors.page').then((m) => m.AmbassadorsPage),
  },
];

/** /admin/points — what each action is worth; admin. */
export const pointsAdminRoutes: Route[] = [
  {
    path: '',
    title: 'Points',
    loadComponent: () => import('./points-admin/points-settings.page').then((m) => m.PointsSettingsPage),
  },
];
