import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, Clock, DomainError } from '@chorus/server/core';
import { LinkedInAdapter } from '@chorus/server/networks/linkedin';
import { Network, NetworkAdapter, NetworkTransport } from '@chorus/server/networks/port';
import { XAdapter } from '@chorus/server/networks/x';
import { NetworkAppsService } from './network-apps.service';

/**
 * Builds the adapter for a network from the admin's app settings. Behind an injectable so specs can hand
 * out adapters pointed at a sandbox of their own.
 */
@Injectable()
export class NetworkAdapters {
  constructor(
    private readonly apps: NetworkAppsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  private readonly now = () => this.clock.now();

  get transport(): NetworkTransport {
    return { sandboxPort: this.config.NETWORK_SANDBOX_PORT, timeoutMs: this.config.NETWORK_TIMEOUT_MS };
  }

  get sandbox(): boolean {
    return this.config.NETWORK_SANDBOX_PORT !== undefined;
  }

  async for(network: Network): Promise<NetworkAdapter> {
    if (network === 'linkedin') {
      const app = await this.apps.linkedIn();
      if (app) return new LinkedInAdapter(app, this.transport, this.now);
    } else {
      const app = await this.apps.x();
      if (app) return new XAdapter(app, this.transport, this.now);
    }
    throw new DomainError(
      409,
      'connections.app_not_configured',
      `The ${network === 'x' ? 'X' : 'LinkedIn'} app is not set up yet. Ask an admin to add it under Network apps.`,
    );
  }

  /**
   * Where to send the browser for consent. In sandbox mode the network's host names do not resolve, so
   * the same consent page is reached on the sandbox's own loopback address.
   */
  browserUrl(authorizationUrl: string): string {
    if (!this.sandbox) return authorizationUrl;
    const url = new URL(authorizationUrl);
    const prefix = url.hostname.endsWith('linkedin.com') ? 'linkedin' : 'x';
    return `http://127.0.0.1:${this.config.NETWORK_SANDBOX_PORT}/__sandbox/${prefix}${url.pathname}${url.search}`;
  }

  async configuredNetworks(): Promise<Network[]> {
    return (await this.apps.list()).filter((a) => a.configured).map((a) => a.network);
  }
}
