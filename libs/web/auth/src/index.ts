export * from './lib/auth.routes';
export * from './lib/auth.api';
