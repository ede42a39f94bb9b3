import { Route } from '@angular/router';
import { authGuard, roleGuard, ShellComponent } from '@chorus/web/core';

/**
 * Signed-in areas live inside the shell; each feature is a lazily loaded `*.routes.ts`. The role a route
 * needs matches the navigation list in @chorus/web/core (the API checks again on every call).
 */
export const appRoutes: Route[] = [
  { path: '', pathMatch: 'full', redirectTo: 'home' },
  {
    path: '',
    component: ShellComponent,
    canActivate: [authGuard],
    canActivateChild: [authGuard],
    children: [
      {
        path: 'home',
        title: 'Home',
        loadComponent: () => import('./home/home.page').then((m) => m.HomePage),
      },
      {
        path: 'profile',
        loadChildren: () => import('@chorus/web/profile').then((m) => m.profileRoutes),
      },
      {
        path: 'feed',
        canActivate: [roleGuard('advocate', 'curator')],
        loadChildren: () => import('@chorus/web/feed').then((m) => m.feedRoutes),
      },
      {
        path: 'compose',
        canActivate: [roleGuard('advocate', 'curator')],
        loadChildren: () => import('@chorus/web/compose').then((m) => m.composeRoutes),
      },
      {
        path: 'my-posts',
        canActivate: [roleGuard('advocate', 'curator')],
        loadChildren: () => import('@chorus/web/compose').then((m) => m.myPostsRoutes),
      },
      {
        path: 'my-reach',
        canActivate: [roleGuard('advocate', 'curator')],
        loadChildren: () => import('@chorus/web/analytics').then((m) => m.myReachRoutes),
      },
      {
        path: 'learning',
        canActivate: [roleGuard('advocate', 'curator')],
        loadChildren: () => import('@chorus/web/enablement').then((m) => m.learningRoutes),
      },
      {
        path: 'points',
        canActivate: [roleGuard('advocate', 'curator')],
        loadChildren: () => import('@chorus/web/enablement').then((m) => m.pointsRoutes),
      },
      {
        path: 'leaderboards',
        loadChildren: () => import('@chorus/web/enablement').then((m) => m.leaderboardsRoutes),
      },
      {
        path: 'challenges',
        loadChildren: () => import('@chorus/web/enablement').then((m) => m.challengesRoutes),
      },
      {
        path: 'notifications',
        loadChildren: () => import('@chorus/web/outreach').then((m) => m.notificationSettingsRoutes),
      },
      {
        path: 'curation',
        canActivateChild: [roleGuard('curator', 'admin')],
        loadChildren: () => import('@chorus/web/curation').then((m) => m.curationRoutes),
      },
      {
        path: 'guidelines',
        canActivate: [roleGuard('curator', 'admin')],
        loadChildren: () => import('@chorus/web/guidelines').then((m) => m.guidelinesRoutes),
      },
      {
        path: 'connections',
        canActivate: [roleGuard('advocate', 'curator')],
        loadChildren: () => import('@chorus/web/connections').then((m) => m.connectionsRoutes),
      },
      {
        path: 'audiences',
        canActivate: [roleGuard('curator')],
        loadChildren: () => import('@chorus/web/groups').then((m) => m.audiencesRoutes),
      },
      {
        path: 'advocates',
        canActivate: [roleGuard('lead')],
        loadChildren: () => import('@chorus/web/groups').then((m) => m.advocatesRoutes),
      },
      {
        path: 'analytics',
        canActivate: [roleGuard('lead', 'admin')],
        loadChildren: () => import('@chorus/web/analytics').then((m) => m.analyticsRoutes),
      },
      {
        path: 'skill-paths',
        canActivate: [roleGuard('lead', 'admin')],
        loadChildren: () => import('@chorus/web/enablement').then((m) => m.skillPathsRoutes),
      },
      {
        path: 'ambassadors',
        canActivate: [roleGuard('lead', 'admin')],
        loadChildren: () => import('@chorus/web/enablement').then((m) => m.ambassadorsRoutes),
      },
      {
        path: 'pulse',
        canActivate: [roleGuard('lead', 'admin')],
        loadChildren: () => import('@chorus/web/outreach').then((m) => m.pulseRoutes),
      },
      {
        path: 'account-health',
        canActivate: [roleGuard('lead', 'admin')],
        loadChildren: () => import('@chorus/web/connections').then((m) => m.accountHealthRoutes),
      },
      {
        // Before `admin` (whose routes live in @chorus/web/admin): the analytics settings page.
        path: 'admin/analytics',
        canActivate: [roleGuard('admin')],
        loadChildren: () => import('@chorus/web/analytics').then((m) => m.analyticsAdminRoutes),
      },
      {
        path: 'admin/points',
        canActivate: [roleGuard('admin')],
        loadChildren: () => import('@chorus/web/enablement').then((m) => m.pointsAdminRoutes),
      },
      {
        path: 'admin/outreach',
        canActivate: [roleGuard('admin')],
        loadChildren: () => import('@chorus/web/outreach').then((m) => m.outreachAdminRoutes),
      },
      {
        path: 'admin',
        canActivateChild: [roleGuard('admin')],
        loadChildren: () => import('@chorus/web/admin').then((m) => m.adminRoutes),
      },
    ],
  },
  {
    // Opened from e-mails: they work signed out (a signed token says who and what).
    path: '',
    loadChildren: () => import('@chorus/web/outreach').then((m) => m.mailLinkRoutes),
  },
  {
    path: '',
    loadChildren: () => import('@chorus/web/auth').then((m) => m.authRoutes),
  },
  { path: '**', redirectTo: 'home' },
];
