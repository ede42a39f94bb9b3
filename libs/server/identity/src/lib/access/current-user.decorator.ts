import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { HttpRequest } from '../auth/cookies';

/** The signed-in user that the access guard attached to the request. */
export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext) => {
  return context.switchToHttp().getRequest<HttpRequest>().user;
});

/** The id of the session that made this request. */
export const CurrentSession = createParamDecorator((_: unknown, context: ExecutionContext) => {
  return context.switchToHttp().getRequest<HttpRequest>().sessionId;
});
