import { ApiProperty } from '@nestjs/swagger';
import { NETWORK_NAMES } from '@chorus/shared/contracts';

/** Response shapes for the OpenAPI document; the contracts library holds the matching types. */
export class AccountCapabilitiesView {
  @ApiProperty() maxLength!: number;
  @ApiProperty() metrics!: boolean;
  @ApiProperty() refreshTokens!: boolean;
}

export class ConnectedAccountView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: NETWORK_NAMES }) network!: string;
  @ApiProperty() handle!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ nullable: true, type: String }) avatarUrl!: string | null;
  @ApiProperty({ enum: ['connected', 'expiring', 'needs_reconnect'] }) state!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) reconnectBy!: string | null;
  @ApiProperty({ nullable: true, type: Number }) daysLeft!: number | null;
  @ApiProperty({ nullable: true, type: String }) lastError!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) lastErrorAt!: string | null;
  @ApiProperty({ format: 'date-time' }) connectedAt!: string;
  @ApiProperty({ type: AccountCapabilitiesView }) capabilities!: AccountCapabilitiesView;
}

export class ConnectionsOverviewView {
  @ApiProperty({ type: [ConnectedAccountView] }) accounts!: ConnectedAccountView[];
  @ApiProperty({ enum: NETWORK_NAMES, isArray: true }) availableNetworks!: string[];
  @ApiProperty({ description: 'True when the sandbox stands in for LinkedIn and X' }) sandbox!: boolean;
}

export class StartConnectionView {
  @ApiProperty({ description: 'Send the browser here' }) authorizationUrl!: string;
}

export class AccountHealthRowView {
  @ApiProperty({ enum: NETWORK_NAMES }) network!: string;
  @ApiProperty() connected!: number;
  @ApiProperty() expiring!: number;
  @ApiProperty() needsReconnect!: number;
  @ApiProperty() notConnected!: number;
}

export class AccountHealthView {
  @ApiProperty() advocates!: number;
  @ApiProperty({ type: [AccountHealthRowView] }) networks!: AccountHealthRowView[];
}

export class NetworkAppSettingsView {
  @ApiProperty({ enum: NETWORK_NAMES }) network!: string;
  @ApiProperty() configured!: boolean;
  @ApiProperty({ nullable: true, type: String }) clientId!: string | null;
  @ApiProperty({ description: 'The secret itself is never returned' }) clientSecretSet!: boolean;
  @ApiProperty({ nullable: true, type: String }) apiVersion!: string | null;
  @ApiProperty() metricsScopes!: boolean;
  @ApiProperty({ description: 'Register this at the network' }) redirectUri!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) updatedAt!: string | null;
}

export class SystemInfoView {
  @ApiProperty() sandbox!: boolean;
  @ApiProperty() version!: string;
}
