import type { Provider, Type } from '@nestjs/common';

/** Controllers, services and worker-only providers of this area; the module lists them. */
export const DIGESTS_CONTROLLERS: Type[] = [];
export const DIGESTS_SERVICES: Provider[] = [];
export const DIGESTS_WORKER_PROVIDERS: Provider[] = [];
