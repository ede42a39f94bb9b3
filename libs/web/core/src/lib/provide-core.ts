import {
  provideHttpClient,
  withFetch,
  withInterceptors,
  withXsrfConfiguration,
} from '@angular/common/http';
import { EnvironmentProviders, inject, makeEnvironmentProviders, provideAppInitializer } from '@angular/core';
import { TitleStrategy } from '@angular/router';
import { AuthStore } from './auth/auth.store';
import { csrfInterceptor, XSRF_COOKIE, XSRF_HEADER } from './http/csrf.interceptor';
import { unauthorizedInterceptor } from './http/unauthorized.interceptor';
import { ChorusTitleStrategy } from './routing/title.strategy';

/** HTTP (CSRF, session expiry), the start-up session check and page titles. */
export function provideChorusCore(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideHttpClient(
      withFetch(),
      withXsrfConfiguration({ cookieName: XSRF_COOKIE, headerName: XSRF_HEADER }),
      withInterceptors([csrfInterceptor, unauthorizedInterceptor]),
    ),
    provideAppInitializer(() => inject(AuthStore).init()),
    { provide: TitleStrategy, useClass: ChorusTitleStrategy },
  ]);
}
