export * from './lib/x-adapter';
export * from './lib/x-errors';
