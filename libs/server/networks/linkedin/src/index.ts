export * from './lib/linkedin-adapter';
export * from './lib/little-text';
export * from './lib/linkedin-errors';
