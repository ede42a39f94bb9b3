export * from './lib/start-sandbox';
export * from './lib/sandbox-config';
export * from './lib/http/sandbox-server';
export * from './lib/mail/mail-store';
export * from './lib/mail/smtp-catcher';
