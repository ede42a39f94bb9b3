export * from './lib/entities';
export * from './lib/publishing.module';
export * from './lib/shares/share-transitions';
export * from './lib/worker/share-dispatcher';
export * from './lib/worker/share-publisher';
export * from './lib/worker/share-reconciler';
export * from './lib/worker/outcome-resolver';
export * from './lib/notifications/notifications.service';
