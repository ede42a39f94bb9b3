import { NetworkApp, sealClientSecret } from '@chorus/server/connections';
import { SecretBox } from '@chorus/server/core';
import { DataSource } from 'typeorm';

/** The developer apps the sandbox knows by default (see libs/sandbox/README.md). */
export const SANDBOX_APPS = {
  linkedin: { clientId: 'chorus-sandbox-linkedin', clientSecret: 'sandbox-linkedin-secret' },
  x: { clientId: 'chorus-sandbox-x', clientSecret: 'sandbox-x-secret' },
} as const;

/**
 * Points Chorus's LinkedIn and X apps at the sandbox's default apps, so a newcomer can connect accounts
 * and publish at once. Leaves apps an admin has already configured alone.
 */
export async function seedSandboxNetworkApps(
  dataSource: DataSource,
  box: SecretBox,
  linkedInVersion: string,
): Promise<number> {
  let created = 0;
  for (const network of ['linkedin', 'x'] as const) {
    const repository = dataSource.getRepository(NetworkApp);
    if (await repository.existsBy({ network })) continue;
    await repository.insert({
      network,
      clientId: SANDBOX_APPS[network].clientId,
      clientSecretEnc: sealClientSecret(box, network, SANDBOX_APPS[network].clientSecret),
      apiVersion: network === 'linkedin' ? linkedInVersion : null,
      metricsScopes: false,
    });
    created++;
  }
  return created;
}
