export * from './lib/demo-organisation';
export * from './lib/seed-demo';
export * from './lib/seed-sandbox-apps';
export * from './lib/seed-content';
export * from './lib/seed-guidelines';
