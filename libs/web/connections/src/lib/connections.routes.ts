import { Routes } from '@angular/router';

/** /connections — advocates and curators link their LinkedIn and X accounts (the app route checks the roles). */
export const connectionsRoutes: Routes = [
  {
    path: '',
    title: 'Connected accounts',
    loadComponent: () => import('./accounts/connections.page').then((m) => m.ConnectionsPage),
  },
];

/** /account-health — leads and admins: whose accounts can post. */
export const accountHealthRoutes: Routes = [
  {
    path: '',
    title: 'Account health',
    loadComponent: () => import('./health/account-health.page').then((m) => m.AccountHealthPage),
  },
];
