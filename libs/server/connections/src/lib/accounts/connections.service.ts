import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { AccountHealthReport, ConnectionsOverview } from '@chorus/shared/contracts';
import {
  Clock,
  conflict,
  DomainError,
  forbidden,
  gone,
  invalid,
  notFound,
  SecretBox,
  sha256Hex,
} from '@chorus/server/core';
import { Actor, AuditService, User } from '@chorus/server/identity';
import { isNetworkError, Network, NETWORKS, NetworkError, NetworkProfile, TokenSet } from '@chorus/server/networks/port';
import { randomUUID } from 'node:crypto';
import { DataSource, Repository } from 'typeorm';
import { NetworkAdapters } from '../apps/network-adapters';
import { NetworkAppsService } from '../apps/network-apps.service';
import { ConnectedAccount, OAuthState } from '../entities';
import { connectionState, toAccountView } from './connection-views';

const STATE_TTL_MS = 10 * 60_000;

export const tokenContext = (accountId: string, kind: 'access' | 'refresh') =>
  `connected_accounts:${accountId}:${kind}`;
const verifierContext = (stateHash: string) => `oauth_states:${stateHash}:verifier`;

export interface AccountCredentials {
  account: ConnectedAccount;
  tokens: TokenSet;
  profile: NetworkProfile;
}

/** What the callback brings back from the network. */
export interface CallbackQuery {
  code?: string;
  state?: string;
  error?: string;
}

/** A network failure as the advocate may read it: the kind and the network's reason, never a token. */
export function describeNetworkError(error: NetworkError): string {
  switch (error.kind) {
    case 'auth_expired':
      return 'The network no longer accepts this connection. Reconnect the account.';
    case 'rate_limited':
      return 'The network asked us to slow down. Try again later.';
    case 'transient':
    case 'unknown_outcome':
      return 'The network did not answer properly. Try again in a moment.';
    default:
      return error.message.slice(0, 300);
  }
}

@Injectable()
export class ConnectionsService {
  private readonly logger = new Logger('Connections');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(ConnectedAccount) private readonly accounts: Repository<ConnectedAccount>,
    @InjectRepository(OAuthState) private readonly states: Repository<OAuthState>,
    private readonly adapters: NetworkAdapters,
    private readonly apps: NetworkAppsService,
    private readonly box: SecretBox,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async overview(userId: string): Promise<ConnectionsOverview> {
    const rows = await this.accounts.find({ where: { userId }, order: { network: 'ASC' } });
    const now = this.clock.now();
    const accounts = [];
    for (const row of rows) {
      const adapter = await this.adapters.for(row.network).catch(() => null);
      if (adapter) accounts.push(toAccountView(row, adapter.capabilities(), now));
    }
    return { accounts, availableNetworks: await this.adapters.configuredNetworks(), sandbox: this.adapters.sandbox };
  }

  /** Starts the OAuth round trip; the state is bound to this browser session and used once. */
  async start(user: Actor, sessionId: string, network: Network): Promise<string> {
    const adapter = await this.adapters.for(network);
    const redirectUri = this.apps.redirectUri(network);
    const request = adapter.authorizationUrl(redirectUri);
    const stateHash = sha256Hex(request.state);
    await this.states.delete({ userId: user.id, network });
    await this.states.insert({
      stateHash,
      userId: user.id,
      sessionId,
      network,
      codeVerifierEnc: request.codeVerifier ? this.box.encrypt(request.codeVerifier, verifierContext(stateHash)) : null,
      redirectUri,
      expiresAt: new Date(this.clock.now().getTime() + STATE_TTL_MS),
    });
    return this.adapters.browserUrl(request.url);
  }

  async complete(user: Actor, sessionId: string, network: Network, query: CallbackQuery): Promise<ConnectedAccount> {
    if (!query.state) throw invalid('state', 'is missing from the network’s answer');
    const stateHash = sha256Hex(query.state);
    const pending = await this.states.findOneBy({ stateHash, network });
    if (pending) await this.states.delete({ stateHash });
    if (!pending || pending.expiresAt <= this.clock.now()) {
      throw gone('connections.state_expired', 'This connection attempt has expired. Start again.');
    }
    if (pending.userId !== user.id || pending.sessionId !== sessionId) {
      throw forbidden('connections.state_mismatch', 'This connection was started in another session. Start again.');
    }
    if (query.error) {
      throw new DomainError(
        400,
        'connections.denied',
        `The connection was not allowed at ${network === 'x' ? 'X' : 'LinkedIn'}.`,
      );
    }
    if (!query.code) throw invalid('code', 'is missing from the network’s answer');

    const adapter = await this.adapters.for(network);
    const codeVerifier = pending.codeVerifierEnc
      ? this.box.decrypt(pending.codeVerifierEnc, verifierContext(stateHash))
      : null;
    const tokens = await adapter.exchangeCode({ code: query.code, codeVerifier, redirectUri: pending.redirectUri });
    const profile = await adapter.profile(tokens.accessToken);

    return this.dataSource.transaction(async (manager) => {
      const takenBy = await manager.findOneBy(ConnectedAccount, { network, remoteId: profile.remoteId });
      if (takenBy && takenBy.userId !== user.id) {
        throw conflict('connections.profile_taken', 'This profile is already connected by another Chorus user.');
      }
      // A new row gets its id here, because the sealed tokens are bound to it.
      const account =
        (await manager.findOneBy(ConnectedAccount, { userId: user.id, network })) ??
        manager.create(ConnectedAccount, { id: randomUUID(), userId: user.id, network });
      Object.assign(account, {
        remoteId: profile.remoteId,
        handle: profile.handle,
        displayName: profile.name,
        avatarUrl: profile.avatarUrl,
        status: 'connected',
        lastError: null,
        lastErrorAt: null,
        expiryWarningDays: null,
        ...this.sealed(account.id, tokens),
      });
      await manager.save(account);
      await this.audit.record(
        user,
        {
          action: 'connection.connected',
          targetType: 'connected_account',
          targetId: account.id,
          details: { network, handle: profile.handle },
        },
        manager,
      );
      return account;
    });
  }

  async disconnect(user: Actor, id: string): Promise<void> {
    const account = await this.accounts.findOne({
      where: { id, userId: user.id },
      select: {
        id: true,
        network: true,
        handle: true,
        accessTokenEnc: true,
        refreshTokenEnc: true,
        accessTokenExpiresAt: true,
        scopes: true,
      },
    });
    if (!account) throw notFound('Connected account', 'connections.not_found');
    try {
      const adapter = await this.adapters.for(account.network);
      await adapter.revoke(this.tokensOf(account));
    } catch (error) {
      // Revocation is a courtesy; the tokens are deleted either way.
      this.logger.warn(
        `Revoking ${account.network} token of account ${account.id} failed: ${isNetworkError(error) ? error.kind : 'error'}`,
      );
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(ConnectedAccount, { id: account.id });
      await this.audit.record(
        user,
        {
          action: 'connection.disconnected',
          targetType: 'connected_account',
          targetId: account.id,
          details: { network: account.network },
        },
        manager,
      );
    });
  }

  /** How many advocates' accounts are healthy, expiring or broken, per network. */
  async health(): Promise<AccountHealthReport> {
    const advocates = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .where(`'advocate' = ANY(u.roles) AND u.status = 'active'`)
      .getCount();
    const rows = await this.accounts.find();
    const now = this.clock.now();
    const networks = [];
    for (const network of NETWORKS) {
      const adapter = await this.adapters.for(network).catch(() => null);
      const refreshable = adapter?.capabilities().refreshTokens ?? false;
      const states = rows.filter((r) => r.network === network).map((r) => connectionState(r, refreshable, now));
      networks.push({
        network,
        connected: states.filter((s) => s === 'connected').length,
        expiring: states.filter((s) => s === 'expiring').length,
        needsReconnect: states.filter((s) => s === 'needs_reconnect').length,
        notConnected: Math.max(0, advocates - states.length),
      });
    }
    return { advocates, networks };
  }

  /** The columns of a token pair, sealed and bound to the account row. Written together, never one alone. */
  sealed(accountId: string, tokens: TokenSet): Partial<ConnectedAccount> {
    return {
      accessTokenEnc: this.box.encrypt(tokens.accessToken, tokenContext(accountId, 'access')),
      refreshTokenEnc: tokens.refreshToken
        ? this.box.encrypt(tokens.refreshToken, tokenContext(accountId, 'refresh'))
        : null,
      accessTokenExpiresAt: tokens.accessTokenExpiresAt,
      refreshTokenExpiresAt: tokens.refreshTokenExpiresAt,
      scopes: tokens.scopes,
    };
  }

  /**
   * A connected account with its tokens opened and its network profile, for code that calls the network
   * on the advocate's behalf (publishing, resolving). Null when the account is gone.
   */
  async credentials(accountId: string): Promise<AccountCredentials | null> {
    const account = await this.accounts.findOne({
      where: { id: accountId },
      select: {
        id: true,
        userId: true,
        network: true,
        remoteId: true,
        handle: true,
        displayName: true,
        avatarUrl: true,
        accessTokenEnc: true,
        refreshTokenEnc: true,
        accessTokenExpiresAt: true,
        refreshTokenExpiresAt: true,
        scopes: true,
        status: true,
      },
    });
    if (!account) return null;
    return {
      account,
      tokens: this.tokensOf(account),
      profile: { remoteId: account.remoteId, handle: account.handle, name: account.displayName, avatarUrl: account.avatarUrl },
    };
  }

  /** The network refused the token for good: the advocate must reconnect (the banner and health say so). */
  async markNeedsReconnect(accountId: string, message: string): Promise<void> {
    await this.accounts.update(
      { id: accountId, status: 'connected' },
      { status: 'needs_reconnect', lastError: message.slice(0, 500), lastErrorAt: this.clock.now() },
    );
  }

  tokensOf(account: ConnectedAccount): TokenSet {
    return {
      accessToken: this.box.decrypt(account.accessTokenEnc, tokenContext(account.id, 'access')),
      accessTokenExpiresAt: account.accessTokenExpiresAt,
      refreshToken: account.refreshTokenEnc
        ? this.box.decrypt(account.refreshTokenEnc, tokenContext(account.id, 'refresh'))
        : null,
      refreshTokenExpiresAt: account.refreshTokenExpiresAt,
      scopes: account.scopes,
    };
  }
}
