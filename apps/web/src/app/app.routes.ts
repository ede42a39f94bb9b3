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
        path: 'admin',
        canActivateChild: [roleGuard('admin')],
        loadChildren: () => import('@chorus/web/admin').then((m) => m.adminRoutes),
      },
    ],
  },
  {
    path: '',
    loadChildren: () => import('@chorus/web/auth').then((m) => m.authRoutes),
  },
  { path: '**', redirectTo: 'home' },
];
