export * from './lib/identity.module';
export * from './lib/entities';
export * from './lib/auth/cookies';
export * from './lib/auth/password-hasher';
export * from './lib/audit/audit.service';
export * from './lib/users/users.service';
export * from './lib/groups/groups.service';
export * from './lib/access/current-user.decorator';
