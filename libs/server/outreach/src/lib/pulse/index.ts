export * from './pulse.providers';
