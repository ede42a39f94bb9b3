import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * The random salt of one UTC day for click visitor keys. Random (not derived from a secret) and deleted
 * after two days, so a visitor key can no longer be recomputed from an IP address once its day has gone.
 */
@Entity({ name: 'link_visitor_salts' })
export class VisitorSalt {
  /** `YYYY-MM-DD`, UTC. */
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'pk_link_visitor_salts' })
  day!: string;

  @Column({ type: 'bytea' })
  salt!: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
