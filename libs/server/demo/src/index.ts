export * from './lib/demo-organisation';
export * from './lib/seed-demo';
