export * from './lib/advocate/advocate.routes';
export * from './lib/lead/lead.routes';
