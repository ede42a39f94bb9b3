import { Routes } from '@angular/router';

/** /admin/* — the parent route in the app checks the admin role. */
export const adminRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'users' },
  {
    path: 'users',
    title: 'Users & invites',
    loadComponent: () => import('./users/users.page').then((m) => m.UsersPage),
  },
  {
    path: 'groups',
    title: 'Groups',
    loadComponent: () => import('./groups/groups-admin.page').then((m) => m.GroupsAdminPage),
  },
  {
    path: 'network-apps',
    title: 'Network apps',
    loadComponent: () => import('./network-apps/network-apps.page').then((m) => m.NetworkAppsPage),
  },
  {
    path: 'publishing',
    title: 'Publishing',
    loadComponent: () => import('./publishing/publishing-settings.page').then((m) => m.PublishingSettingsPage),
  },
  {
    path: 'audit',
    title: 'Audit log',
    loadComponent: () => import('./audit/audit.page').then((m) => m.AuditPage),
  },
];
