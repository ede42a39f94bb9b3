import { SandboxClock } from './clock';
import { controlRoutes } from './control/control.routes';
import { FaultInjector } from './control/fault-injector';
import type { SandboxServer } from './http/sandbox-server';
import {
  LINKEDIN_API_HOST,
  LINKEDIN_WWW_HOST,
  linkedInApiPlugin,
  linkedInWwwPlugin,
} from './linkedin/linkedin-network';
import { LinkedInState } from './linkedin/linkedin-state';
import { linkedInConsentRoutes } from './linkedin/oauth.routes';
import type { MailStore } from './mail/mail-store';
import type { SandboxConfig } from './sandbox-config';
import { WebhookStore } from './webhooks/webhook-store';
import { webhookRoutes } from './webhooks/webhook.routes';
import { xConsentRoutes } from './x/oauth.routes';
import { X_API_HOST, X_WEB_HOST, xApiPlugin, xWebPlugin } from './x/x-network';
import { XState } from './x/x-state';

export interface SandboxNetworks {
  clock: SandboxClock;
  faults: FaultInjector;
  linkedin: LinkedInState;
  x: XState;
  /** What Slack / Teams incoming webhooks would have received (`/__sandbox/webhooks`). */
  webhooks: WebhookStore;
}

/** Puts the LinkedIn and X emulations and the control endpoints on the server; call before listening. */
export function installNetworks(server: SandboxServer, apps: SandboxConfig['apps'], mail: MailStore): SandboxNetworks {
  const clock = new SandboxClock();
  const faults = new FaultInjector();
  const linkedin = new LinkedInState(clock, apps.linkedin);
  const x = new XState(clock, apps.x);
  const webhooks = new WebhookStore();

  // Registered first, so that a reset winds the clock back before the networks re-seed their defaults.
  const controlState = { reset: () => (clock.reset(), faults.reset()) };
  server.registerControl(controlRoutes({ clock, faults, linkedin, x, mail }), { state: controlState });
  server.registerNetwork(LINKEDIN_WWW_HOST, linkedInWwwPlugin(linkedin, faults), linkedin);
  server.registerNetwork(LINKEDIN_API_HOST, linkedInApiPlugin(linkedin, faults));
  server.registerNetwork(X_WEB_HOST, xWebPlugin(x, faults), x);
  server.registerNetwork(X_API_HOST, xApiPlugin(x, faults));
  // The consent pages again, on the sandbox's own address, for browsers that cannot resolve the network hosts.
  server.registerControl(linkedInConsentRoutes(linkedin), { prefix: '/linkedin' });
  server.registerControl(xConsentRoutes(x), { prefix: '/x' });
  server.registerControl(webhookRoutes(webhooks), { state: webhooks });
  return { clock, faults, linkedin, x, webhooks };
}
