import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The organisation's curation settings: one row (id 1), created by the migration. */
@Entity({ name: 'content_settings' })
export class ContentSettingsRecord {
  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'pk_content_settings' })
  id!: number;

  @Column({ name: 'require_second_approver', type: 'boolean', default: false })
  requireSecondApprover!: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
