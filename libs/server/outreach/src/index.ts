export * from './lib/entities';
export * from './lib/outreach.module';
export * from './lib/links/signed-links';
export * from './lib/digests';
export * from './lib/pulse';
export * from './lib/webhooks';
