export * from './lib/curation.routes';
export * from './lib/curation.api';
export * from './lib/content-workflow';
export * from './lib/text-limits';
