export * from './lib/groups.routes';
