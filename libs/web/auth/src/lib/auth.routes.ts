import { Routes } from '@angular/router';
import { guestGuard } from '@chorus/web/core';

/** The signed-out pages. Mounted at the root: /login, /forgot-password, /reset-password, /invite. */
export const authRoutes: Routes = [
  {
    path: 'login',
    title: 'Sign in',
    canActivate: [guestGuard],
    loadComponent: () => import('./login.page').then((m) => m.LoginPage),
  },
  {
    path: 'forgot-password',
    title: 'Forgot password',
    loadComponent: () => import('./forgot-password.page').then((m) => m.ForgotPasswordPage),
  },
  {
    path: 'reset-password',
    title: 'Choose a new password',
    loadComponent: () => import('./reset-password.page').then((m) => m.ResetPasswordPage),
  },
  {
    path: 'invite',
    title: 'Accept invitation',
    loadComponent: () => import('./invite.page').then((m) => m.InvitePage),
  },
];
