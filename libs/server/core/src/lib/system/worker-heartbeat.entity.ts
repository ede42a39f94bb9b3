import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last time each worker process ran the heartbeat job: readiness needs a recent one. */
@Entity({ name: 'worker_heartbeats' })
export class WorkerHeartbeat {
  @PrimaryColumn({
    name: 'worker_id',
    type: 'varchar',
    length: 120,
    primaryKeyConstraintName: 'pk_worker_heartbeats',
  })
  workerId!: string;

  @Column({ name: 'seen_at', type: 'timestamptz' })
  seenAt!: Date;
}
