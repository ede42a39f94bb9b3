import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Chorus API')
    .setDescription(
      'Employee advocacy: curated content, guideline checks, sharing to LinkedIn and X, reach analytics. ' +
        'Sign in with POST /api/auth/login (session cookie). Every POST, PATCH, PUT and DELETE must echo the ' +
        'XSRF-TOKEN cookie (from GET /api/auth/csrf) in the X-XSRF-TOKEN header. Errors are RFC 9457 problem+json.',
    )
    .setVersion('0.1.0')
    .addCookieAuth('chorus_session')
    .addSecurityRequirements('cookie')
    .build();
  return SwaggerModule.createDocument(app, config);
}
