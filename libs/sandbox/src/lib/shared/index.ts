export * from './ids';
export * from './oauth-helpers';
export * from './body-parsers';
export * from './consent-page';
export * from './metrics-growth';
export * from './network-scope';
