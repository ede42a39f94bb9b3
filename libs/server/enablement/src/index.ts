export * from './lib/entities';
export * from './lib/enablement.module';
