import type { Provider, Type } from '@nestjs/common';

/** Controllers, services and worker-only providers of this area; the module lists them. */
export const WEBHOOKS_CONTROLLERS: Type[] = [];
export const WEBHOOKS_SERVICES: Provider[] = [];
export const WEBHOOKS_WORKER_PROVIDERS: Provider[] = [];
