import type { Network } from '@chorus/server/networks/port';
import { Session, User } from '@chorus/server/identity';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * A pending OAuth round trip. Bound to the browser session that started it, so a callback carrying a
 * state from someone else's session is refused (login CSRF / account mix-up).
 */
@Entity({ name: 'oauth_states' })
export class OAuthState {
  @PrimaryColumn({ name: 'state_hash', type: 'char', length: 64, primaryKeyConstraintName: 'pk_oauth_states' })
  stateHash!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_oauth_states_user' })
  user?: User;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => Session, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_oauth_states_session' })
  session?: Session;

  @Column({ type: 'varchar', length: 16 })
  network!: Network;

  @Column({ name: 'code_verifier_enc', type: 'text', nullable: true })
  codeVerifierEnc!: string | null;

  @Column({ name: 'redirect_uri', type: 'varchar', length: 500 })
  redirectUri!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
