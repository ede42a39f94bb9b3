import { HttpClient, HttpInterceptorFn, HttpXsrfTokenExtractor } from '@angular/common/http';
import { inject } from '@angular/core';
import { CsrfTokenResponse } from '@chorus/shared/contracts';
import { catchError, map, of, switchMap } from 'rxjs';

export const CSRF_URL = '/api/auth/csrf';
export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'X-XSRF-TOKEN';
const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS'];

/**
 * The API rejects a state-changing call without the double-submit token. The token cookie is fetched at
 * start-up, but it may be gone later (cleared at sign-out, expired): fetch it again before sending.
 * Angular's XSRF interceptor runs before this one and found no cookie, so the header is set here.
 */
export const csrfInterceptor: HttpInterceptorFn = (req, next) => {
  if (SAFE_METHODS.includes(req.method) || !req.url.startsWith('/api/') || req.headers.has(XSRF_HEADER)) {
    return next(req);
  }
  const tokens = inject(HttpXsrfTokenExtractor);
  if (tokens.getToken()) {
    return next(req);
  }
  const http = inject(HttpClient);
  return http.get<CsrfTokenResponse>(CSRF_URL).pipe(
    map((response) => tokens.getToken() ?? response?.token ?? null),
    catchError(() => of(null)),
    switchMap((token) => next(token ? req.clone({ setHeaders: { [XSRF_HEADER]: token } }) : req)),
  );
};
