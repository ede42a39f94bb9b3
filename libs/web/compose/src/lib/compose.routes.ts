import { Routes } from '@angular/router';

/** /compose/:itemId — the composer; the app route checks the roles (advocates and curators share). */
export const composeRoutes: Routes = [
  {
    path: ':itemId',
    title: 'Share',
    loadComponent: () => import('./composer/composer.page').then((m) => m.ComposerPage),
  },
  { path: '', pathMatch: 'full', redirectTo: '/feed' },
];

/** /my-posts — the advocate's shares and posting schedule; the app route checks the roles. */
export const myPostsRoutes: Routes = [
  {
    path: '',
    title: 'My posts',
    loadComponent: () => import('./my-posts/my-posts.page').then((m) => m.MyPostsPage),
  },
];
