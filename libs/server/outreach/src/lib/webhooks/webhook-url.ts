import type { WebhookKind } from '@chorus/shared/contracts';
import { invalid } from '@chorus/server/core';

const LOOPBACK = new Set(['127.0.0.1', '[::1]', 'localhost']);

/**
 * Where each kind of incoming webhook lives in production: Slack's hooks host; Teams' classic connector
 * hosts (`*.webhook.office.com`) and the Power Automate "workflows" that replace them (`*.logic.azure.com`,
 * `*.powerplatform.com`). Outside production any https host is accepted, and plain http on loopback, so the
 * sandbox catcher and a local test server work.
 */
export function hostAllowed(kind: WebhookKind, hostname: string): boolean {
  if (kind === 'slack') return hostname === 'hooks.slack.com';
  return ['.webhook.office.com', '.logic.azure.com', '.powerplatform.com'].some((suffix) => hostname.endsWith(suffix));
}

/** The parsed URL of a webhook, or a 400 naming `url`. The message never repeats the URL: it is a secret. */
export function checkWebhookUrl(value: string, kind: WebhookKind, production: boolean): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalid('url', 'must be an absolute URL');
  }
  if (url.username || url.password) throw invalid('url', 'must not contain a user name or password');
  const loopback = LOOPBACK.has(url.hostname.toLowerCase());
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback && !production))
    throw invalid('url', 'must be an https URL');
  if (production && !hostAllowed(kind, url.hostname.toLowerCase()))
    throw invalid(
      'url',
      kind === 'slack'
        ? 'must be a Slack incoming webhook (https://hooks.slack.com/…)'
        : 'must be a Teams incoming webhook or workflow URL (*.webhook.office.com, *.logic.azure.com, *.powerplatform.com)',
    );
  return url;
}
