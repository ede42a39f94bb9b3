export * from './lib/api.module';
export * from './lib/worker.module';
export * from './lib/create-api';
export * from './lib/create-worker';
export * from './lib/openapi';
export * from './lib/entities';
