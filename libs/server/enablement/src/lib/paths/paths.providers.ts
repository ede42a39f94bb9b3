import type { Provider, Type } from '@nestjs/common';

/** Controllers, services and worker-only providers of this area; the module lists them. */
export const PATHS_CONTROLLERS: Type[] = [];
export const PATHS_SERVICES: Provider[] = [];
export const PATHS_WORKER_PROVIDERS: Provider[] = [];
