export * from './lib/test-environment';
export * from './lib/test-client';
export * from './lib/test-api';
export * from './lib/factories';
export * from './lib/sandbox-process';
export * from './lib/test-worker';
