import type { Network } from '@chorus/server/networks/port';
import { User } from '@chorus/server/identity';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export type ConnectionStatus = 'connected' | 'needs_reconnect';

/** An advocate's LinkedIn or X profile, linked by OAuth. Tokens are sealed; they never leave this row in clear. */
@Entity({ name: 'connected_accounts' })
@Index('uq_connected_accounts_user_network', ['userId', 'network'], { unique: true })
@Index('uq_connected_accounts_remote', ['network', 'remoteId'], { unique: true })
@Check('ck_connected_accounts_status', `"status" IN ('connected', 'needs_reconnect')`)
export class ConnectedAccount {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_connected_accounts' })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_connected_accounts_user' })
  user?: User;

  @Column({ type: 'varchar', length: 16 })
  network!: Network;

  @Column({ name: 'remote_id', type: 'varchar', length: 100 })
  remoteId!: string;

  @Column({ type: 'varchar', length: 200 })
  handle!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 200 })
  displayName!: string;

  @Column({ name: 'avatar_url', type: 'varchar', length: 500, nullable: true })
  avatarUrl!: string | null;

  @Column({ name: 'access_token_enc', type: 'text', select: false })
  accessTokenEnc!: string;

  @Column({ name: 'refresh_token_enc', type: 'text', nullable: true, select: false })
  refreshTokenEnc!: string | null;

  @Column({ name: 'access_token_expires_at', type: 'timestamptz' })
  accessTokenExpiresAt!: Date;

  @Column({ name: 'refresh_token_expires_at', type: 'timestamptz', nullable: true })
  refreshTokenExpiresAt!: Date | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  scopes!: string[];

  @Column({ type: 'varchar', length: 20, default: 'connected' })
  status!: ConnectionStatus;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError!: string | null;

  @Column({ name: 'last_error_at', type: 'timestamptz', nullable: true })
  lastErrorAt!: Date | null;

  @Column({ name: 'last_refreshed_at', type: 'timestamptz', nullable: true })
  lastRefreshedAt!: Date | null;

  /** The smallest "days left" warning already sent for the current token (7, then 1), so each goes once. */
  @Column({ name: 'expiry_warning_days', type: 'integer', nullable: true })
  expiryWarningDays!: number | null;

  @CreateDateColumn({ name: 'connected_at', type: 'timestamptz' })
  connectedAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
