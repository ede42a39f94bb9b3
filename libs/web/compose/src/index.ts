export * from './lib/compose.routes';
export * from './lib/publishing.api';
