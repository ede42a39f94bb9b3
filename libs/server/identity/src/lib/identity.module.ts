import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessGuard } from './access/access.guard';
import { CsrfGuard } from './access/csrf.guard';
import { AuditController } from './audit/audit.controller';
import { AuditService } from './audit/audit.service';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { CsrfService } from './auth/csrf.service';
import { LoginThrottleService } from './auth/login-throttle.service';
import { OneTimeTokensService } from './auth/one-time-tokens.service';
import { PasswordHasher } from './auth/password-hasher';
import { SessionsService } from './auth/sessions.service';
import { IDENTITY_ENTITIES } from './entities';
import { GroupsController } from './groups/groups.controller';
import { GroupsService } from './groups/groups.service';
import { UsersController } from './users/users.controller';
import { UsersService } from './users/users.service';

const services = [
  AuditService,
  AuthService,
  CsrfService,
  LoginThrottleService,
  OneTimeTokensService,
  PasswordHasher,
  SessionsService,
  GroupsService,
  UsersService,
];

/** Users, sessions, roles, groups, invites and the audit log, with the guards every route passes. */
@Module({
  imports: [TypeOrmModule.forFeature(IDENTITY_ENTITIES)],
  controllers: [AuthController, UsersController, GroupsController, AuditController],
  providers: [
    ...services,
    // Order matters: who you are (401/403) is decided before the CSRF check.
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_GUARD, useClass: CsrfGuard },
  ],
  exports: [...services],
})
export class IdentityModule {}
