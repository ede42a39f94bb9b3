export * from './points.providers';
