import type { NetworkAdapters } from '@chorus/server/connections';
import type { Network, NetworkAdapter } from '@chorus/server/networks/port';
import type { AnalyticsSettingsService } from '../settings/analytics-settings.service';
import {
  LINKEDIN_SELF_SERVE_REASON,
  MetricsAvailabilityService,
  X_NO_BUDGET_REASON,
} from './metrics-availability.service';

/**
 * The rules on their own, over stand-ins for our own app registry and settings (the sandbox specs prove the
 * same through the real adapters in metric-poller.int-spec.ts).
 */
describe('MetricsAvailabilityService', () => {
  const availability = (configured: Network[], linkedInMetrics: boolean, budget: number) => {
    const adapters = {
      configuredNetworks: async () => configured,
      for: async (network: Network) =>
        ({
          network,
          capabilities: () => ({ metrics: network === 'x' || linkedInMetrics }),
        }) as unknown as NetworkAdapter,
    } as unknown as NetworkAdapters;
    const settings = { get: async () => ({ xReadBudgetPerDay: budget }) } as unknown as AnalyticsSettingsService;
    return new MetricsAvailabilityService(adapters, settings).all();
  };

  it('says both are available with a configured X app and budget, and LinkedIn Community Management scopes', async () => {
    expect(await availability(['linkedin', 'x'], true, 10)).toEqual([
      { network: 'linkedin', available: true, reason: null },
      { network: 'x', available: true, reason: null },
    ]);
  });

  it('explains LinkedIn self-serve apps and an X budget of 0', async () => {
    expect(await availability(['linkedin', 'x'], false, 0)).toEqual([
      { network: 'linkedin', available: false, reason: LINKEDIN_SELF_SERVE_REASON },
      { network: 'x', available: false, reason: X_NO_BUDGET_REASON },
    ]);
    expect(X_NO_BUDGET_REASON).toContain('X read budget is 0');
  });

  it('explains a network whose app is not set up', async () => {
    const [linkedin, x] = await availability(['linkedin'], true, 10);
    expect(linkedin.available).toBeTrue();
    expect(x).toEqual({ network: 'x', available: false, reason: jasmine.stringMatching(/X app is not set up/) });
  });
});
