import { ConnectedAccount } from './connected-account.entity';
import { NetworkApp } from './network-app.entity';
import { OAuthState } from './oauth-state.entity';

export { ConnectedAccount, NetworkApp, OAuthState };
export type { ConnectionStatus } from './connected-account.entity';

export const CONNECTIONS_ENTITIES = [NetworkApp, ConnectedAccount, OAuthState];
