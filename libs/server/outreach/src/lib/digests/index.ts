export * from './digests.providers';
