import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'topics' })
export class Topic {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_topics' })
  id!: string;

  @Index('uq_topics_name', { unique: true })
  @Column({ type: 'varchar', length: 80 })
  name!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
