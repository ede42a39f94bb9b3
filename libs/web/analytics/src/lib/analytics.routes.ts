import { Routes } from '@angular/router';
import { provideAnalyticsCharts } from './shared/charts';
import { provideAnalyticsIcons } from './shared/icons';

const providers = [provideAnalyticsCharts(), provideAnalyticsIcons()];

/** /analytics — the lead's reach dashboard; the app route checks the roles (lead, admin). */
export const analyticsRoutes: Routes = [
  {
    path: '',
    providers,
    children: [
      {
        path: '',
        title: 'Reach dashboard',
        loadComponent: () => import('./dashboard/dashboard.page').then((m) => m.DashboardPage),
      },
    ],
  },
];

/** /my-reach — an advocate's own reach and leaderboard; the app route checks the roles (advocate, curator). */
export const myReachRoutes: Routes = [
  {
    path: '',
    providers,
    children: [
      {
        path: '',
        title: 'My reach',
        loadComponent: () => import('./my-reach/my-reach.page').then((m) => m.MyReachPage),
      },
    ],
  },
];

/** /admin/analytics — EMV rates and the X read budget; the app route checks the admin role. */
export const analyticsAdminRoutes: Routes = [
  {
    path: '',
    providers,
    children: [
      {
        path: '',
        title: 'EMV rates & X budget',
        loadComponent: () => import('./admin/analytics-settings.page').then((m) => m.AnalyticsSettingsPage),
      },
    ],
  },
];
