import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { FieldProblem, Problem } from '@chorus/shared/contracts';
import { QueryFailedError } from 'typeorm';
import { DomainError } from './domain-error';

interface ReplyLike {
  status(code: number): ReplyLike;
  header(name: string, value: string): ReplyLike;
  send(body: unknown): void;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Postgres reports unique violations with this SQLSTATE; they become 409s. */
const UNIQUE_VIOLATION = '23505';
const FOREIGN_KEY_VIOLATION = '23503';
const INVALID_TEXT_REPRESENTATION = '22P02';
/** A client-given date/time Postgres cannot read (invalid format, field out of range): also the client's fault. */
const INVALID_DATETIME_FORMAT = '22007';
const DATETIME_FIELD_OVERFLOW = '22008';
const BAD_VALUE_FORMAT = new Set([INVALID_TEXT_REPRESENTATION, INVALID_DATETIME_FORMAT, DATETIME_FIELD_OVERFLOW]);

/** Names of our unique indexes → the field and message the client sees. */
const UNIQUE_MESSAGES: Record<string, FieldProblem> = {
  uq_users_email: {
    field: 'email',
    message: 'is already used by another user',
  },
  uq_groups_name: {
    field: 'name',
    message: 'is already used by another group',
  },
};

/**
 * Turns every error into RFC 9457 problem+json. Clients never see stack traces or SQL; unexpected errors
 * are logged with the request id, which the client gets to quote.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<ReplyLike>();
    const request = http.getRequest<{ id?: string; url?: string }>();
    const problem = this.toProblem(exception);
    problem.requestId = request?.id ? String(request.id) : undefined;
    if (problem.status >= 500) {
      this.logger.error({ err: exception, requestId: problem.requestId }, 'Unhandled error');
    }
    if (exception instanceof DomainError && exception.headers) {
      for (const [name, value] of Object.entries(exception.headers)) reply.header(name, value);
    }
    reply.status(problem.status).header('content-type', 'application/problem+json').send(problem);
  }

  private toProblem(exception: unknown): Problem {
    if (exception instanceof DomainError) {
      return this.problem(exception.status, exception.message, exception.code, exception.errors);
    }
    if (exception instanceof QueryFailedError) {
      const driverError = (
        exception as QueryFailedError & {
          driverError?: { code?: string; constraint?: string };
        }
      ).driverError;
      if (driverError?.code === UNIQUE_VIOLATION) {
        const field = UNIQUE_MESSAGES[driverError.constraint ?? ''];
        return this.problem(
          409,
          field ? `${field.field} ${field.message}.` : 'This record already exists.',
          'conflict.unique',
          field ? [field] : undefined,
        );
      }
      if (driverError?.code === FOREIGN_KEY_VIOLATION) {
        return this.problem(409, 'A referenced record does not exist or is still in use.', 'conflict.reference');
      }
      if (BAD_VALUE_FORMAT.has(driverError?.code ?? '')) {
        return this.problem(400, 'A value has the wrong format.', 'validation_failed');
      }
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse() as
        | string
        | {
            message?: string | string[];
            code?: string;
            errors?: FieldProblem[];
          };
      if (typeof body === 'object' && body.errors) {
        return this.problem(status, String(body.message ?? 'The request is invalid.'), body.code, body.errors);
      }
      if (status === HttpStatus.NOT_FOUND) {
        return this.problem(404, 'No such endpoint or resource.', 'not_found');
      }
      const message =
        typeof body === 'string' ? body : Array.isArray(body.message) ? body.message.join('; ') : body.message;
      return this.problem(status, message ?? exception.message, typeof body === 'object' ? body.code : undefined);
    }
    const fastifyError = exception as {
      statusCode?: number;
      code?: string;
      message?: string;
    };
    if (
      typeof fastifyError?.statusCode === 'number' &&
      fastifyError.statusCode >= 400 &&
      fastifyError.statusCode < 500
    ) {
      // Fastify rejects unparseable bodies, wrong content types and oversized payloads itself.
      return this.problem(
        fastifyError.statusCode,
        fastifyError.message ?? 'Bad request.',
        fastifyError.code?.toLowerCase(),
      );
    }
    return this.problem(500, 'Something went wrong on our side. Quote the request id when you report it.', 'internal');
  }

  private problem(status: number, detail: string, code?: string, errors?: FieldProblem[]): Problem {
    return {
      type: code ? `https://chorus.dev/problems/${code}` : 'about:blank',
      title: TITLES[status] ?? 'Error',
      status,
      detail,
      ...(code ? { code } : {}),
      ...(errors ? { errors } : {}),
    };
  }
}
