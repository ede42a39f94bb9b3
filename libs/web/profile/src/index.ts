export * from './lib/profile.routes';
export * from './lib/profile.api';
