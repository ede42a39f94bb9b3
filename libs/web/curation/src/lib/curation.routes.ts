import { Routes } from '@angular/router';

/** /curation/* — curators (and admins) find, write and approve content; the app route checks the roles. */
export const curationRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'inbox' },
  {
    path: 'inbox',
    title: 'Inbox',
    loadComponent: () => import('./inbox/inbox.page').then((m) => m.InboxPage),
  },
  {
    path: 'content',
    title: 'Content',
    loadComponent: () => import('./content/content-list.page').then((m) => m.ContentListPage),
  },
  {
    path: 'content/new',
    title: 'New post',
    loadComponent: () => import('./editor/content-editor.page').then((m) => m.ContentEditorPage),
  },
  {
    path: 'content/:id',
    title: 'Edit content',
    loadComponent: () => import('./editor/content-editor.page').then((m) => m.ContentEditorPage),
  },
  {
    path: 'sources',
    title: 'Sources',
    loadComponent: () => import('./sources/sources.page').then((m) => m.SourcesPage),
  },
  {
    path: 'topics',
    title: 'Topics',
    loadComponent: () => import('./topics/topics.page').then((m) => m.TopicsPage),
  },
];
