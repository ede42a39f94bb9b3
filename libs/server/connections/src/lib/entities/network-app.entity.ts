import type { Network } from '@chorus/server/networks/port';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The organisation's developer app at each network; the client secret is sealed with the SecretBox. */
@Entity({ name: 'network_apps' })
export class NetworkApp {
  @PrimaryColumn({ type: 'varchar', length: 16, primaryKeyConstraintName: 'pk_network_apps' })
  network!: Network;

  @Column({ name: 'client_id', type: 'varchar', length: 200 })
  clientId!: string;

  @Column({ name: 'client_secret_enc', type: 'text' })
  clientSecretEnc!: string;

  /** LinkedIn-Version (YYYYMM); null for X. */
  @Column({ name: 'api_version', type: 'varchar', length: 6, nullable: true })
  apiVersion!: string | null;

  /** Whether the app has the scopes that allow reading post metrics (LinkedIn Community Management). */
  @Column({ name: 'metrics_scopes', type: 'boolean', default: false })
  metricsScopes!: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
