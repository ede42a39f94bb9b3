// Specs only: what other domains' integration specs need to publish through the sandbox.
export * from './lib/testing/publishing-fixture';
