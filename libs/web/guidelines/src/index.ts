export * from './lib/guidelines.routes';
export * from './lib/guidelines.api';
export * from './lib/client-rule-set.store';
export * from './lib/findings-list.component';
export * from './lib/highlight';
export * from './lib/network-limits';
