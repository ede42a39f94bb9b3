import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An uploaded image for curator-written items; kept in Postgres, the source of truth. */
@Entity({ name: 'content_images' })
export class ContentImage {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_content_images' })
  id!: string;

  @Column({ name: 'content_type', type: 'varchar', length: 32 })
  contentType!: string;

  @Column({ type: 'bytea', select: false })
  data!: Buffer;

  @Column({ type: 'integer' })
  size!: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
