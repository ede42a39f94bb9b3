export * from './lib/network';
export * from './lib/network-errors';
export * from './lib/network-adapter';
export * from './lib/loopback-agent';
