import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Access, ACCESS_METADATA, DomainError } from '@chorus/server/core';
import { HttpRequest, SESSION_COOKIE } from '../auth/cookies';
import { SessionsService } from '../auth/sessions.service';

/**
 * Secure by default: a route without an access declaration is refused (and the route × role test fails),
 * so forgetting the declaration can never open a route to everybody.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('AccessGuard');

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!access) {
      this.logger.error(`Route ${context.getClass().name}.${context.getHandler().name} declares no access; refused`);
      throw new DomainError(403, 'access.undeclared', 'This route is not open to anyone.');
    }
    const request = context.switchToHttp().getRequest<HttpRequest>();
    const resolved = await this.sessions.resolve(request.cookies?.[SESSION_COOKIE]);
    if (resolved) {
      request.user = resolved.user;
      request.sessionId = resolved.sessionId;
    }
    if (access.kind === 'public') return true;
    if (!resolved) throw new DomainError(401, 'auth.required', 'Sign in to continue.');
    if (access.kind === 'roles' && !access.roles.some((role) => resolved.user.roles.includes(role))) {
      throw new DomainError(403, 'auth.forbidden', `This needs one of the roles: ${access.roles.join(', ')}.`);
    }
    return true;
  }
}
