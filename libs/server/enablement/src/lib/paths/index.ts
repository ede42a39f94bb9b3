export * from './default-path';
export * from './paths.providers';
