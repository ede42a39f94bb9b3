import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ChatWebhook, ChatWebhookRequest, ChatWebhookTestResult } from '@chorus/shared/contracts';
import { APP_CONFIG, AppConfig, notFound, SecretBox } from '@chorus/server/core';
import { Actor, AuditService } from '@chorus/server/identity';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ChatWebhookEntity } from '../entities';
import { testMessage } from './webhook-payloads';
import { postWebhook } from './webhook-post';
import { sealUrl, unsealUrl } from './webhook-secrets';
import { checkWebhookUrl } from './webhook-url';

export function toChatWebhook(row: ChatWebhookEntity): ChatWebhook {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    urlHost: row.urlHost,
    enabled: row.enabled,
    lastSentAt: row.lastSentAt ? row.lastSentAt.toISOString() : null,
    lastStatus: row.lastStatus,
    lastError: row.lastError,
  };
}

/** The admin's Slack / Teams incoming webhooks. The URL is write-only: sealed at rest, never returned or logged. */
@Injectable()
export class ChatWebhooksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly box: SecretBox,
    private readonly audit: AuditService,
  ) {}

  private get production(): boolean {
    return this.config.NODE_ENV === 'production';
  }

  async list(): Promise<ChatWebhook[]> {
    const rows = await this.dataSource
      .getRepository(ChatWebhookEntity)
      .find({ order: { createdAt: 'ASC', id: 'ASC' } });
    return rows.map(toChatWebhook);
  }

  async create(actor: Actor, body: ChatWebhookRequest & { url: string }): Promise<ChatWebhook> {
    const url = checkWebhookUrl(body.url, body.kind, this.production);
    const id = randomUUID();
    const saved = await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(ChatWebhookEntity);
      const row = await repository.save(
        repository.create({
          id,
          name: body.name,
          kind: body.kind,
          urlSealed: sealUrl(this.box, id, url.toString()),
          urlHost: url.host,
          enabled: body.enabled ?? true,
        }),
      );
      await this.audit.record(
        actor,
        {
          action: 'webhook.created',
          targetType: 'chat_webhook',
          targetId: id,
          details: { name: row.name, kind: row.kind, urlHost: row.urlHost, enabled: row.enabled },
        },
        manager,
      );
      return row;
    });
    return toChatWebhook(saved);
  }

  async update(actor: Actor, id: string, body: Partial<ChatWebhookRequest>): Promise<ChatWebhook> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(ChatWebhookEntity);
      const row = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw notFound('Webhook', 'webhook.not_found');
      const kind = body.kind ?? row.kind;
      if (body.url !== undefined) {
        const url = checkWebhookUrl(body.url, kind, this.production);
        row.urlSealed = sealUrl(this.box, id, url.toString());
        row.urlHost = url.host;
      } else if (kind !== row.kind) {
        // The stored URL must suit the new kind too.
        checkWebhookUrl(unsealUrl(this.box, id, row.urlSealed), kind, this.production);
      }
      row.kind = kind;
      if (body.name !== undefined) row.name = body.name;
      if (body.enabled !== undefined) row.enabled = body.enabled;
      const updated = await repository.save(row);
      await this.audit.record(
        actor,
        {
          action: 'webhook.updated',
          targetType: 'chat_webhook',
          targetId: id,
          details: {
            ...(body.name !== undefined ? { name: body.name } : {}),
            ...(body.kind !== undefined ? { kind: body.kind } : {}),
            ...(body.enabled !== undefined ? { enabled: body.enabled } : {}),
            ...(body.url !== undefined ? { urlChanged: true, urlHost: updated.urlHost } : {}),
          },
        },
        manager,
      );
      return updated;
    });
    return toChatWebhook(saved);
  }

  async remove(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(ChatWebhookEntity);
      const row = await repository.findOneBy({ id });
      if (!row) throw notFound('Webhook', 'webhook.not_found');
      await repository.delete({ id });
      await this.audit.record(
        actor,
        {
          action: 'webhook.deleted',
          targetType: 'chat_webhook',
          targetId: id,
          details: { name: row.name, kind: row.kind, urlHost: row.urlHost },
        },
        manager,
      );
    });
  }

  /** Posts a test message now and says what the chat service answered; the webhook's status stays as it was. */
  async test(id: string): Promise<ChatWebhookTestResult> {
    const row = await this.dataSource.getRepository(ChatWebhookEntity).findOneBy({ id });
    if (!row) throw notFound('Webhook', 'webhook.not_found');
    const appUrl = this.config.PUBLIC_URL.replace(/\/+$/, '');
    return postWebhook(
      unsealUrl(this.box, id, row.urlSealed),
      testMessage(row.kind, `${appUrl}/feed`),
      this.config.WEBHOOK_TIMEOUT_MS,
    );
  }
}
