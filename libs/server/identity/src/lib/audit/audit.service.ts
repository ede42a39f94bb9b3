import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AuditEvent, AuditQuery, Page } from '@chorus/shared/contracts';
import { EntityManager, Repository } from 'typeorm';
import { AuditEventRecord } from '../entities';

export interface Actor {
  id: string;
  email: string;
}

export interface AuditEntry {
  action: string;
  targetType?: string;
  targetId?: string;
  details?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditEventRecord)
    private readonly events: Repository<AuditEventRecord>,
  ) {}

  /** Pass the transaction's manager so the event commits or rolls back with the change it describes. */
  async record(actor: Actor | null, entry: AuditEntry, manager?: EntityManager): Promise<void> {
    const repository = manager ? manager.getRepository(AuditEventRecord) : this.events;
    // save, not insert: insert's typing rejects a free-form jsonb record.
    await repository.save(
      repository.create({
        actorId: actor?.id ?? null,
        actorEmail: actor?.email ?? null,
        action: entry.action,
        targetType: entry.targetType ?? null,
        targetId: entry.targetId ?? null,
        details: entry.details ?? {},
      }),
    );
  }

  /** Newest first; the cursor is the last id seen. */
  async list(query: AuditQuery): Promise<Page<AuditEvent>> {
    const limit = query.limit ?? 50;
    const qb = this.events
      .createQueryBuilder('e')
      .orderBy('e.id', 'DESC')
      .take(limit + 1);
    if (query.action) qb.andWhere('e.action = :action', { action: query.action });
    if (query.actorId) qb.andWhere('e.actor_id = :actorId', { actorId: query.actorId });
    if (query.cursor) qb.andWhere('e.id < :cursor', { cursor: query.cursor });
    const rows = await qb.getMany();
    const items = rows.slice(0, limit).map((row) => ({
      id: String(row.id),
      at: row.at.toISOString(),
      actorId: row.actorId,
      actorEmail: row.actorEmail,
      action: row.action,
      targetType: row.targetType,
      targetId: row.targetId,
      details: row.details,
    }));
    return {
      items,
      nextCursor: rows.length > limit ? items[items.length - 1].id : null,
    };
  }
}
