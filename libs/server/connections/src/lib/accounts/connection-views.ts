import type { ConnectedAccountView, ConnectionState } from '@chorus/shared/contracts';
import type { NetworkCapabilities } from '@chorus/server/networks/port';
import { ConnectedAccount } from '../entities';

const DAY_MS = 86_400_000;
/** From this many days before a token that cannot be refreshed expires, the advocate is nudged. */
export const EXPIRY_WARNING_DAYS = 7;

export function daysLeft(account: Pick<ConnectedAccount, 'accessTokenExpiresAt'>, now: Date): number {
  return Math.max(0, Math.ceil((account.accessTokenExpiresAt.getTime() - now.getTime()) / DAY_MS));
}

/** Accounts kept alive by refresh tokens never "expire" from the advocate's point of view. */
export function connectionState(
  account: Pick<ConnectedAccount, 'status' | 'accessTokenExpiresAt'>,
  refreshable: boolean,
  now: Date,
): ConnectionState {
  if (account.status === 'needs_reconnect') return 'needs_reconnect';
  if (!refreshable && account.accessTokenExpiresAt <= now) return 'needs_reconnect';
  if (!refreshable && daysLeft(account, now) <= EXPIRY_WARNING_DAYS) return 'expiring';
  return 'connected';
}

export function toAccountView(
  account: ConnectedAccount,
  capabilities: NetworkCapabilities,
  now: Date,
): ConnectedAccountView {
  const refreshable = capabilities.refreshTokens;
  return {
    id: account.id,
    network: account.network,
    handle: account.handle,
    displayName: account.displayName,
    avatarUrl: account.avatarUrl,
    state: connectionState(account, refreshable, now),
    reconnectBy: refreshable ? null : account.accessTokenExpiresAt.toISOString(),
    daysLeft: refreshable ? null : daysLeft(account, now),
    lastError: account.lastError,
    lastErrorAt: account.lastErrorAt ? account.lastErrorAt.toISOString() : null,
    connectedAt: account.connectedAt.toISOString(),
    capabilities: { maxLength: capabilities.maxLength, metrics: capabilities.metrics, refreshTokens: refreshable },
  };
}
