import type { OpmlImportJob } from '@chorus/shared/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export interface OpmlEntry {
  url: string;
  name: string | null;
}

/** One OPML upload; the worker processes its entries and writes progress here for the client to poll. */
@Entity({ name: 'opml_imports' })
export class OpmlImport {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_opml_imports' })
  id!: string;

  @Column({ type: 'varchar', length: 16, default: 'queued' })
  state!: OpmlImportJob['state'];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  entries!: OpmlEntry[];

  @Column({ type: 'integer', default: 0 })
  total!: number;

  @Column({ type: 'integer', default: 0 })
  processed!: number;

  @Column({ type: 'integer', default: 0 })
  created!: number;

  @Column({ type: 'integer', default: 0 })
  skipped!: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  errors!: OpmlImportJob['errors'];

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
