import { Routes } from '@angular/router';
import { guidelinesTextChecker } from './guidelines-text-checker';
import { SUGGESTED_TEXT_CHECKER } from './text-limits';

const editorProviders = [{ provide: SUGGESTED_TEXT_CHECKER, useFactory: guidelinesTextChecker }];

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
    providers: editorProviders,
    loadComponent: () => import('./editor/content-editor.page').then((m) => m.ContentEditorPage),
  },
  {
    path: 'content/:id',
    title: 'Edit content',
    providers: editorProviders,
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
