import { Entity, PrimaryColumn } from 'typeorm';

/**
 * One billable read of an X post: X charges each post read once per UTC day, so this is the spend ledger
 * and the budget counter. No foreign key: the bill outlives a deleted share.
 */
@Entity({ name: 'x_post_reads' })
export class XPostRead {
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'pk_x_post_reads' })
  day!: string;

  @PrimaryColumn({ name: 'share_id', type: 'uuid', primaryKeyConstraintName: 'pk_x_post_reads' })
  shareId!: string;
}
