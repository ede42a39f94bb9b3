export * from './lib/outreach.routes';
