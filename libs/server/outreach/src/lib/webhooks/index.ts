export * from './webhooks.providers';
