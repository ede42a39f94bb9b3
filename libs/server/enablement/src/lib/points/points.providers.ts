import type { Provider, Type } from '@nestjs/common';

/** Controllers, services and worker-only providers of this area; the module lists them. */
export const POINTS_CONTROLLERS: Type[] = [];
export const POINTS_SERVICES: Provider[] = [];
export const POINTS_WORKER_PROVIDERS: Provider[] = [];
