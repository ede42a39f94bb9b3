import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { DomainError } from '@chorus/server/core';
import { CSRF_COOKIE, CSRF_HEADER, HttpRequest } from '../auth/cookies';
import { CsrfService } from '../auth/csrf.service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Every state-changing request must prove it comes from our own pages. */
@Injectable()
export class CsrfGuard implements CanActivate {
  constructor(private readonly csrf: CsrfService) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<HttpRequest>();
    if (SAFE_METHODS.has(request.method)) return true;
    const header = request.headers[CSRF_HEADER];
    if (!this.csrf.isValid(request.cookies?.[CSRF_COOKIE], Array.isArray(header) ? header[0] : header)) {
      throw new DomainError(403, 'csrf.invalid', 'Missing or invalid CSRF token. Reload the page and try again.');
    }
    return true;
  }
}
