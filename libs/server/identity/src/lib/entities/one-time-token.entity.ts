import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from './user.entity';

export type OneTimeTokenPurpose = 'invite' | 'password_reset';

/** Invite and password-reset links: single use, expiring, stored only as a hash. */
@Entity({ name: 'one_time_tokens' })
@Check('ck_one_time_tokens_purpose', `"purpose" IN ('invite', 'password_reset')`)
@Index('ix_one_time_tokens_user', ['userId'])
export class OneTimeToken {
  @PrimaryGeneratedColumn('uuid', {
    primaryKeyConstraintName: 'pk_one_time_tokens',
  })
  id!: string;

  @Column({ type: 'varchar', length: 20 })
  purpose!: OneTimeTokenPurpose;

  @Index('uq_one_time_tokens_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'user_id',
    foreignKeyConstraintName: 'fk_one_time_tokens_user',
  })
  user?: User;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}
