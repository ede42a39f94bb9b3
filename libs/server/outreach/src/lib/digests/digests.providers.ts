import type { Provider, Type } from '@nestjs/common';
import { DigestPlanner } from './digest-planner.service';
import { DigestSender } from './digest-sender.service';
import { OutreachTickProcessor, OutreachTickScheduler, SendDigestProcessor } from './digest.processors';
import { OneClickUnsubscribeRoute } from './one-click-unsubscribe.route';
import { OutreachController } from './outreach.controller';
import { OutreachSettingsService } from './outreach-settings.service';
import { UnsubscribeService } from './unsubscribe.service';

/** Controllers, services and worker-only providers of this area; the module lists them. */
export const DIGESTS_CONTROLLERS: Type[] = [OutreachController];
export const DIGESTS_SERVICES: Provider[] = [OutreachSettingsService, UnsubscribeService, DigestSender, DigestPlanner];
/** The API's raw Fastify route for RFC 8058 one-click unsubscribe (outside Nest's guards). */
export const DIGESTS_API_PROVIDERS: Provider[] = [OneClickUnsubscribeRoute];
export const DIGESTS_WORKER_PROVIDERS: Provider[] = [OutreachTickProcessor, SendDigestProcessor, OutreachTickScheduler];
