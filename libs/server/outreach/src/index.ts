export * from './lib/entities';
export * from './lib/outreach.module';
