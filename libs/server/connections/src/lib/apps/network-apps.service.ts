import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { NetworkAppSettings, UpdateNetworkAppRequest } from '@chorus/shared/contracts';
import { APP_CONFIG, AppConfig, invalid, SecretBox } from '@chorus/server/core';
import type { Actor } from '@chorus/server/identity';
import { AuditService } from '@chorus/server/identity';
import { LinkedInAppConfig, Network, NETWORKS, XAppConfig } from '@chorus/server/networks/port';
import { Repository } from 'typeorm';
import { NetworkApp } from '../entities';

const secretContext = (network: Network) => `network_apps:${network}:client_secret`;

/** Seals a client secret the way NetworkAppsService reads it back (also used by the demo seed). */
export function sealClientSecret(box: SecretBox, network: Network, secret: string): string {
  return box.encrypt(secret, secretContext(network));
}

/** The organisation's developer apps at LinkedIn and X. Client secrets are sealed and never returned. */
@Injectable()
export class NetworkAppsService {
  constructor(
    @InjectRepository(NetworkApp) private readonly apps: Repository<NetworkApp>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly box: SecretBox,
    private readonly audit: AuditService,
  ) {}

  /** The redirect URL to register at the network's developer portal. */
  redirectUri(network: Network): string {
    return `${this.config.PUBLIC_URL}/api/connections/${network}/callback`;
  }

  async list(): Promise<NetworkAppSettings[]> {
    const rows = await this.apps.find();
    return NETWORKS.map((network) => {
      const row = rows.find((r) => r.network === network);
      return {
        network,
        configured: Boolean(row),
        clientId: row?.clientId ?? null,
        clientSecretSet: Boolean(row?.clientSecretEnc),
        apiVersion: network === 'linkedin' ? (row?.apiVersion ?? this.config.LINKEDIN_DEFAULT_VERSION) : null,
        metricsScopes: network === 'linkedin' ? (row?.metricsScopes ?? false) : true,
        redirectUri: this.redirectUri(network),
        updatedAt: row ? row.updatedAt.toISOString() : null,
      };
    });
  }

  /** A blank client secret keeps the stored one, so admins can change the version without re-entering it. */
  async update(actor: Actor | null, network: Network, request: UpdateNetworkAppRequest): Promise<NetworkAppSettings> {
    const existing = await this.apps.findOneBy({ network });
    const secret = request.clientSecret
      ? sealClientSecret(this.box, network, request.clientSecret)
      : existing?.clientSecretEnc;
    if (!secret) throw invalid('clientSecret', 'is required for a network app that has none yet');
    await this.apps.save({
      network,
      clientId: request.clientId,
      clientSecretEnc: secret,
      apiVersion:
        network === 'linkedin'
          ? (request.apiVersion ?? existing?.apiVersion ?? this.config.LINKEDIN_DEFAULT_VERSION)
          : null,
      metricsScopes: network === 'linkedin' ? (request.metricsScopes ?? existing?.metricsScopes ?? false) : false,
    });
    await this.audit.record(actor, {
      action: 'network_app.updated',
      targetType: 'network_app',
      targetId: network,
      details: {
        clientId: request.clientId,
        secretChanged: Boolean(request.clientSecret),
        apiVersion: request.apiVersion ?? null,
      },
    });
    return (await this.list()).find((a) => a.network === network) as NetworkAppSettings;
  }

  async linkedIn(): Promise<LinkedInAppConfig | null> {
    const row = await this.apps.findOneBy({ network: 'linkedin' });
    if (!row) return null;
    return {
      clientId: row.clientId,
      clientSecret: this.box.decrypt(row.clientSecretEnc, secretContext('linkedin')),
      version: row.apiVersion ?? this.config.LINKEDIN_DEFAULT_VERSION,
      metricsScopes: row.metricsScopes,
    };
  }

  async x(): Promise<XAppConfig | null> {
    const row = await this.apps.findOneBy({ network: 'x' });
    if (!row) return null;
    return { clientId: row.clientId, clientSecret: this.box.decrypt(row.clientSecretEnc, secretContext('x')) };
  }
}
