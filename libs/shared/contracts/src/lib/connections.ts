export const NETWORK_NAMES = ['linkedin', 'x'] as const;
export type NetworkName = (typeof NETWORK_NAMES)[number];

export type ConnectionState = 'connected' | 'expiring' | 'needs_reconnect';

/** One of the advocate's connected accounts, as the client sees it (never any token). */
export interface ConnectedAccountView {
  id: string;
  network: NetworkName;
  handle: string;
  displayName: string;
  avatarUrl: string | null;
  state: ConnectionState;
  /** When the advocate must reconnect at the latest (null where a refresh token keeps it alive). */
  reconnectBy: string | null;
  daysLeft: number | null;
  lastError: string | null;
  lastErrorAt: string | null;
  connectedAt: string;
  capabilities: { maxLength: number; metrics: boolean; refreshTokens: boolean };
}

export interface ConnectionsOverview {
  accounts: ConnectedAccountView[];
  /** Networks whose app an admin has set up (others cannot be connected yet). */
  availableNetworks: NetworkName[];
  /** True when the network clients talk to the loopback sandbox instead of LinkedIn and X. */
  sandbox: boolean;
}

export interface StartConnectionResponse {
  /** Send the browser here; the network sends it back to the callback. */
  authorizationUrl: string;
}

export interface AccountHealthRow {
  network: NetworkName;
  connected: number;
  expiring: number;
  needsReconnect: number;
  /** Advocates (users with the advocate role) without an account on this network. */
  notConnected: number;
}

export interface AccountHealthReport {
  advocates: number;
  networks: AccountHealthRow[];
}

export interface NetworkAppSettings {
  network: NetworkName;
  configured: boolean;
  clientId: string | null;
  clientSecretSet: boolean;
  apiVersion: string | null;
  metricsScopes: boolean;
  /** Register this exact URL as the redirect URL at the network's developer portal. */
  redirectUri: string;
  updatedAt: string | null;
}

export interface UpdateNetworkAppRequest {
  clientId: string;
  /** Leave out to keep the stored secret. */
  clientSecret?: string;
  apiVersion?: string;
  metricsScopes?: boolean;
}

export interface SystemInfo {
  sandbox: boolean;
  version: string;
}
