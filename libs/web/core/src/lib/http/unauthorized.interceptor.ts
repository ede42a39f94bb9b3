import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { AuthStore } from '../auth/auth.store';

/** Calls whose 401 is an answer, not an expired session: the caller handles it. */
const EXEMPT_PATHS = ['/api/auth/session', '/api/auth/login'];

function pathOf(url: string): string {
  const withoutOrigin = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  return withoutOrigin.split(/[?#]/)[0].replace(/\/+$/, '');
}

export function isSessionExpiryExempt(url: string): boolean {
  return EXEMPT_PATHS.includes(pathOf(url));
}

/** A 401 from any other call means the session ended: forget the user and ask them to sign in again. */
export const unauthorizedInterceptor: HttpInterceptorFn = (req, next) => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  return next(req).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 401 && !isSessionExpiryExempt(req.url)) {
        auth.clear();
        const current = router.url;
        if (!current.startsWith('/login')) {
          const returnUrl = current && current !== '/' ? current : undefined;
          void router.navigate(['/login'], { queryParams: returnUrl ? { returnUrl } : {} });
        }
      }
      return throwError(() => error);
    }),
  );
};
