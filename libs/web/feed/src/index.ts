export * from './lib/feed.routes';
export * from './lib/feed.api';
