import { DomainError } from '@chorus/server/core';
import { checkWebhookUrl } from './webhook-url';

function problem(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    expect(error.errors?.[0].field).toBe('url');
    expect(error.message).not.toContain('secret');
    return error.message;
  }
}

describe('checkWebhookUrl', () => {
  it('accepts the real hosts of each kind in production, and only those', () => {
    expect(problem(() => checkWebhookUrl('https://hooks.slack.com/services/T0/B0/secret', 'slack', true))).toBeNull();
    expect(
      problem(() => checkWebhookUrl('https://acme.webhook.office.com/webhookb2/secret', 'teams', true)),
    ).toBeNull();
    expect(
      problem(() => checkWebhookUrl('https://prod-1.westeurope.logic.azure.com:443/workflows/secret', 'teams', true)),
    ).toBeNull();
    expect(problem(() => checkWebhookUrl('https://hooks.slack.com/services/secret', 'teams', true))).toContain('Teams');
    expect(problem(() => checkWebhookUrl('https://acme.webhook.office.com/secret', 'slack', true))).toContain('Slack');
    expect(problem(() => checkWebhookUrl('https://hooks.slack.com.evil.test/secret', 'slack', true))).toContain(
      'Slack',
    );
    expect(problem(() => checkWebhookUrl('http://127.0.0.1:3100/secret', 'slack', true))).toContain('https');
  });

  it('outside production accepts any https host and http on loopback only', () => {
    expect(problem(() => checkWebhookUrl('https://chat.example.test/secret', 'slack', false))).toBeNull();
    expect(
      problem(() => checkWebhookUrl('http://127.0.0.1:3100/__sandbox/webhooks/secret', 'slack', false)),
    ).toBeNull();
    expect(problem(() => checkWebhookUrl('http://[::1]:3100/secret', 'teams', false))).toBeNull();
    expect(problem(() => checkWebhookUrl('http://localhost/secret', 'teams', false))).toBeNull();
    expect(problem(() => checkWebhookUrl('http://chat.example.test/secret', 'slack', false))).toContain('https');
    expect(problem(() => checkWebhookUrl('ftp://127.0.0.1/secret', 'slack', false))).toContain('https');
    expect(problem(() => checkWebhookUrl('hooks.slack.com/secret', 'slack', false))).toContain('absolute');
    expect(problem(() => checkWebhookUrl('https://me:secret@chat.example.test/x', 'slack', false))).toContain(
      'password',
    );
  });
});
