import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, Clock } from '@chorus/server/core';
import { isNetworkError } from '@chorus/server/networks/port';
import { DataSource } from 'typeorm';
import { describeNetworkError, ConnectionsService } from '../accounts/connections.service';
import { NetworkAdapters } from '../apps/network-adapters';
import { ConnectedAccount } from '../entities';

export type RefreshOutcome = 'fresh' | 'refreshed' | 'needs_reconnect' | 'failed';

const ALL_COLUMNS = {
  id: true,
  userId: true,
  network: true,
  accessTokenEnc: true,
  refreshTokenEnc: true,
  accessTokenExpiresAt: true,
  refreshTokenExpiresAt: true,
  scopes: true,
  status: true,
} as const;

/**
 * Refreshes an account's tokens. X refresh tokens are single-use and rotate, so two refreshes of one
 * token must never run at once: a transaction-scoped advisory lock per account serialises them across
 * every worker and API process, the token is re-read inside the lock (someone may just have refreshed),
 * and the new pair is written in the same transaction.
 */
@Injectable()
export class TokenRefresher {
  private readonly logger = new Logger('TokenRefresher');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly adapters: NetworkAdapters,
    private readonly connections: ConnectionsService,
    private readonly clock: Clock,
  ) {}

  /** Refreshes when the access token expires within the configured margin, or always with `force`. */
  async refresh(accountId: string, force = false): Promise<RefreshOutcome> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`token-refresh:${accountId}`]);
      const account = await manager.findOne(ConnectedAccount, { where: { id: accountId }, select: ALL_COLUMNS });
      if (!account || account.status !== 'connected') return 'needs_reconnect';
      const margin = this.config.X_REFRESH_AHEAD_MINUTES * 60_000;
      if (!force && account.accessTokenExpiresAt.getTime() - this.clock.now().getTime() > margin) return 'fresh';
      const tokens = this.connections.tokensOf(account);
      if (!tokens.refreshToken) return 'fresh';
      const repository = manager.getRepository(ConnectedAccount);
      try {
        const adapter = await this.adapters.for(account.network);
        const next = await adapter.refresh(tokens.refreshToken);
        await repository.update(account.id, {
          ...this.connections.sealed(account.id, next),
          lastRefreshedAt: this.clock.now(),
          lastError: null,
          lastErrorAt: null,
        });
        return 'refreshed';
      } catch (error) {
        if (!isNetworkError(error)) throw error;
        const message = describeNetworkError(error);
        const permanent = error.kind === 'auth_expired' || error.kind === 'rejected';
        await repository.update(account.id, {
          lastError: message,
          lastErrorAt: this.clock.now(),
          ...(permanent ? { status: 'needs_reconnect' as const } : {}),
        });
        this.logger.warn(`Refreshing ${account.network} account ${account.id} failed: ${error.kind}`);
        return permanent ? 'needs_reconnect' : 'failed';
      }
    });
  }
}
