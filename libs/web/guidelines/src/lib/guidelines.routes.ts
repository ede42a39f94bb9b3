import { Routes } from '@angular/router';

/** /guidelines — curators and admins; the app route checks the roles. */
export const guidelinesRoutes: Routes = [
  {
    path: '',
    title: 'Guidelines',
    loadComponent: () => import('./guidelines.page').then((m) => m.GuidelinesPage),
  },
];
