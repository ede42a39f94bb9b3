import { inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { CanActivateChildFn, CanActivateFn, Router, UrlTree } from '@angular/router';
import { Role } from '@chorus/shared/contracts';
import { AuthStore } from './auth.store';

export const ACCESS_DENIED_MESSAGE = 'You do not have access to that page';

/** Only a same-site path may be a return target: anything else would be an open redirect. */
export function safeReturnUrl(value: string | null | undefined, fallback = '/home'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return fallback;
  }
  if (value === '/login' || value.startsWith('/login?') || value.startsWith('/login/')) return fallback;
  return value;
}

function loginRedirect(router: Router, url: string): UrlTree {
  const returnUrl = url && url !== '/' ? url : undefined;
  return router.createUrlTree(['/login'], { queryParams: returnUrl ? { returnUrl } : {} });
}

/** Signed-in users only; others go to the login page and come back afterwards. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  await auth.init();
  return auth.signedIn() ? true : loginRedirect(router, state.url);
};

/** The login page is for signed-out users; a signed-in user goes home. */
export const guestGuard: CanActivateFn = async () => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  await auth.init();
  return auth.signedIn() ? router.createUrlTree(['/home']) : true;
};

/**
 * Holders of any of `roles` only; anyone else is sent home with a message. Use it as `canActivateChild`
 * on a parent whose children switch without leaving it (e.g. /admin/*): a parent's `canActivate` does not
 * run again then, and the user may have changed since.
 */
export function roleGuard(...roles: Role[]): CanActivateFn & CanActivateChildFn {
  return async (_route, state) => {
    const auth = inject(AuthStore);
    const router = inject(Router);
    const snackBar = inject(MatSnackBar);
    await auth.init();
    if (!auth.signedIn()) return loginRedirect(router, state.url);
    if (auth.hasAnyRole(roles)) return true;
    snackBar.open(ACCESS_DENIED_MESSAGE, 'Dismiss', { duration: 6000 });
    return router.createUrlTree(['/home']);
  };
}
