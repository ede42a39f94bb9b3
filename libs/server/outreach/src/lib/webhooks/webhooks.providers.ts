import type { Provider, Type } from '@nestjs/common';
import { WebhookAnnouncer } from './webhook-announcer.service';
import { AnnounceFeaturedProcessor, AnnounceFeaturedScheduler, PostWebhookProcessor } from './webhooks.processors';
import { ChatWebhooksController } from './webhooks.controller';
import { ChatWebhooksService } from './webhooks.service';

/** Controllers, services and worker-only providers of this area; the module lists them. */
export const WEBHOOKS_CONTROLLERS: Type[] = [ChatWebhooksController];
export const WEBHOOKS_SERVICES: Provider[] = [ChatWebhooksService, WebhookAnnouncer];
export const WEBHOOKS_WORKER_PROVIDERS: Provider[] = [
  AnnounceFeaturedProcessor,
  PostWebhookProcessor,
  AnnounceFeaturedScheduler,
];
