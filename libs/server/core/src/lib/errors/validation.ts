import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldProblem } from '@chorus/shared/contracts';

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      // class-validator starts messages with the property name; the field is reported separately.
      message: message.startsWith(`${error.property} `) ? message.slice(error.property.length + 1) : message,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Rejects unknown fields and malformed values with one 400 that names every field and its problem.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const problems = flatten(errors).map((p) =>
        p.message === `property ${p.field.split('.').pop()} should not exist`
          ? { ...p, message: 'is not an allowed field' }
          : p,
      );
      return new BadRequestException({
        message: problems.map((p) => `${p.field} ${p.message}`).join('; '),
        code: 'validation_failed',
        errors: problems,
      });
    },
  });
}
