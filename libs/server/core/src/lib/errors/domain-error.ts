import { FieldProblem } from '@chorus/shared/contracts';

/**
 * An expected failure with a stable code. Services throw these; the problem filter turns them into
 * RFC 9457 responses, so services never deal with HTTP.
 */
export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors?: FieldProblem[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string, code = 'not_found') => new DomainError(404, code, `${what} was not found.`);
export const conflict = (code: string, message: string) => new DomainError(409, code, message);
export const forbidden = (code: string, message: string) => new DomainError(403, code, message);
export const gone = (code: string, message: string) => new DomainError(410, code, message);
export const invalid = (field: string, message: string, code = 'validation_failed') =>
  new DomainError(400, code, `${field} ${message}`, [{ field, message }]);
