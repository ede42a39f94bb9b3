export * from './lib/connections.routes';
export * from './lib/connections.api';
