import { Routes } from '@angular/router';

/** /feed — advocates (and curators) find approved content to share; the app route checks the roles. */
export const feedRoutes: Routes = [
  {
    path: '',
    title: 'Feed',
    loadComponent: () => import('./feed.page').then((m) => m.FeedPage),
  },
];
