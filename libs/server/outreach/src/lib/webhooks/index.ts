export * from './webhooks.providers';
export * from './webhooks.service';
export * from './webhook-announcer.service';
