import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A team or region; content targets groups and reports split by them. */
@Entity({ name: 'groups' })
export class Group {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_groups' })
  id!: string;

  @Index('uq_groups_name', { unique: true })
  @Column({ type: 'varchar', length: 80 })
  name!: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  description!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
