export * from './lib/entities';
export * from './lib/enablement.module';
export * from './lib/paths';
export * from './lib/points';
