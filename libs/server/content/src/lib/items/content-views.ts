import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ContentItem as ContentItemView, ContentItemSummary } from '@chorus/shared/contracts';
import { DataSource } from 'typeorm';
import { ContentItem } from '../entities';
import { iso } from '../util';

interface Names {
  topics: Map<string, string>;
  groups: Map<string, string>;
  users: Map<string, string>;
  sources: Map<string, string>;
}

/** Turns rows into API shapes, resolving topic, group, user and source names in one query each. */
@Injectable()
export class ContentViews {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async names(items: ContentItem[]): Promise<Names> {
    const topicIds = [...new Set(items.flatMap((i) => i.topicIds))];
    const groupIds = [...new Set(items.flatMap((i) => i.audienceIds))];
    const userIds = [
      ...new Set(
        items.flatMap((i) => [i.createdById, i.submittedById, i.approvedById]).filter((v): v is string => !!v),
      ),
    ];
    const sourceIds = [...new Set(items.map((i) => i.sourceId).filter((v): v is string => !!v))];
    const lookup = async (table: string, ids: string[]) =>
      new Map<string, string>(
        ids.length
          ? (await this.dataSource.query(`SELECT id, name FROM ${table} WHERE id = ANY($1::uuid[])`, [ids])).map(
              (r: { id: string; name: string }) => [r.id, r.name],
            )
          : [],
      );
    const [topics, groups, users, sources] = await Promise.all([
      lookup('topics', topicIds),
      lookup('groups', groupIds),
      lookup('users', userIds),
      lookup('sources', sourceIds),
    ]);
    return { topics, groups, users, sources };
  }

  summary(item: ContentItem, names: Names): ContentItemSummary {
    return {
      id: item.id,
      title: item.title,
      summary: item.summary,
      url: item.url,
      imageUrl: imageUrlOf(item),
      sourceName: item.sourceId ? (names.sources.get(item.sourceId) ?? null) : null,
      origin: item.origin,
      language: item.language,
      state: item.state,
      featured: item.featured,
      topics: item.topicIds
        .filter((id) => names.topics.has(id))
        .map((id) => ({ id, name: names.topics.get(id) as string })),
      audiences: item.audienceIds
        .filter((id) => names.groups.has(id))
        .map((id) => ({ id, name: names.groups.get(id) as string })),
      publishAt: iso(item.publishAt),
      expiresAt: iso(item.expiresAt),
      createdAt: item.createdAt.toISOString(),
      updatedAt: item.updatedAt.toISOString(),
    };
  }

  async summaries(items: ContentItem[]): Promise<ContentItemSummary[]> {
    const names = await this.names(items);
    return items.map((item) => this.summary(item, names));
  }

  async full(item: ContentItem): Promise<ContentItemView> {
    const names = await this.names([item]);
    const user = (id: string | null) =>
      id && names.users.has(id) ? { id, name: names.users.get(id) as string } : null;
    return {
      ...this.summary(item, names),
      bodyHtml: item.bodyHtml,
      suggestedTexts: item.suggestedTexts,
      createdBy: user(item.createdById),
      submittedBy: user(item.submittedById),
      approvedBy: user(item.approvedById),
      approvedAt: iso(item.approvedAt),
    };
  }
}

export function imageUrlOf(item: { imageId: string | null; imageUrl: string | null }): string | null {
  return item.imageId ? `/api/content/images/${item.imageId}` : item.imageUrl;
}
