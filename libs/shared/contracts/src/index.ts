export * from './lib/roles';
export * from './lib/problem';
export * from './lib/auth';
export * from './lib/users';
export * from './lib/groups';
export * from './lib/audit';
export * from './lib/health';
export * from './lib/page';
