import { Injectable } from '@nestjs/common';
import type { MetricsAvailability } from '@chorus/shared/contracts';
import { NetworkAdapters } from '@chorus/server/connections';
import { Network, NETWORKS } from '@chorus/server/networks/port';
import { AnalyticsSettingsService } from '../settings/analytics-settings.service';

export const LINKEDIN_SELF_SERVE_REASON =
  'LinkedIn does not report post metrics to self-serve apps (that needs the Community Management API); its reach here is tracked-link clicks.';
export const X_NO_BUDGET_REASON =
  "The admin's X read budget is 0 reads per day, so X post metrics are not read (each read costs $0.005). Raise it under Analytics settings.";

const NAMES: Record<Network, string> = { linkedin: 'LinkedIn', x: 'X' };

/** Which networks report impressions and engagements to this installation, and why not where they do not. */
@Injectable()
export class MetricsAvailabilityService {
  constructor(
    private readonly adapters: NetworkAdapters,
    private readonly settings: AnalyticsSettingsService,
  ) {}

  async all(): Promise<MetricsAvailability[]> {
    const configured = await this.adapters.configuredNetworks();
    return Promise.all(NETWORKS.map((network) => this.of(network, configured.includes(network))));
  }

  private async of(network: Network, configured: boolean): Promise<MetricsAvailability> {
    const unavailable = (reason: string) => ({ network, available: false, reason });
    if (!configured) {
      return unavailable(
        `The ${NAMES[network]} app is not set up, so its post metrics cannot be read. An admin can add it under Network apps.`,
      );
    }
    // The adapter says what the configured app may read (LinkedIn: only with the Community Management scopes).
    const adapter = await this.adapters.for(network);
    if (!adapter.capabilities().metrics) {
      return unavailable(
        network === 'linkedin' ? LINKEDIN_SELF_SERVE_REASON : `The ${NAMES[network]} app cannot read post metrics.`,
      );
    }
    // Reading X posts is billed: no budget, no reads.
    if (network === 'x' && (await this.settings.get()).xReadBudgetPerDay === 0) return unavailable(X_NO_BUDGET_REASON);
    return { network, available: true, reason: null };
  }
}
