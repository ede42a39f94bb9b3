import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { Topic as TopicView } from '@chorus/shared/contracts';
import { notFound } from '@chorus/server/core';
import { Actor, AuditService } from '@chorus/server/identity';
import { DataSource, Repository } from 'typeorm';
import { Topic } from '../entities';
import { conflictOn, isUniqueViolation, isUuid } from '../util';

@Injectable()
export class TopicsService {
  constructor(
    @InjectRepository(Topic) private readonly topics: Repository<Topic>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<TopicView[]> {
    return (
      await this.dataSource.query(
        `SELECT t.id, t.name, (SELECT count(*)::int FROM content_items ci WHERE ci.topic_ids @> ARRAY[t.id]) AS "itemCount"
           FROM topics t ORDER BY lower(t.name)`,
      )
    ).map((r: TopicView) => ({ id: r.id, name: r.name, itemCount: r.itemCount }));
  }

  async create(actor: Actor, name: string): Promise<TopicView> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const topic = await manager.save(manager.create(Topic, { name: name.trim() }));
        await this.audit.record(
          actor,
          { action: 'topic.create', targetType: 'topic', targetId: topic.id, details: { name: topic.name } },
          manager,
        );
        return { id: topic.id, name: topic.name, itemCount: 0 };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_topics_name')) throw conflictOn('name', 'is already used by another topic');
      throw error;
    }
  }

  /** Items and sources keep existing; the topic disappears from their arrays. */
  async remove(actor: Actor, id: string): Promise<void> {
    const topic = isUuid(id) ? await this.topics.findOneBy({ id }) : null;
    if (!topic) throw notFound('The topic');
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE content_items SET topic_ids = array_remove(topic_ids, $1::uuid) WHERE topic_ids @> ARRAY[$1::uuid]`,
        [id],
      );
      await manager.query(
        `UPDATE sources SET topic_ids = array_remove(topic_ids, $1::uuid) WHERE topic_ids @> ARRAY[$1::uuid]`,
        [id],
      );
      await manager.delete(Topic, { id });
      await this.audit.record(
        actor,
        { action: 'topic.delete', targetType: 'topic', targetId: id, details: { name: topic.name } },
        manager,
      );
    });
  }
}
