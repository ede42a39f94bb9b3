import type { Provider, Type } from '@nestjs/common';

/** Controllers, services and worker-only providers of this area; the module lists them. */
export const PULSE_CONTROLLERS: Type[] = [];
export const PULSE_SERVICES: Provider[] = [];
export const PULSE_WORKER_PROVIDERS: Provider[] = [];
