import { BullModule } from '@nestjs/bull';
import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { QUEUES } from './queues';

/** Bull's Redis connection and every queue; processors live in the worker, producers anywhere. */
@Module({})
export class QueueModule {
  static forRoot(): DynamicModule {
    const queues = BullModule.registerQueue(...Object.values(QUEUES).map((name) => ({ name })));
    return {
      module: QueueModule,
      global: true,
      imports: [
        BullModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            url: config.REDIS_URL,
            prefix: config.QUEUE_PREFIX,
            defaultJobOptions: { removeOnComplete: 1000, removeOnFail: 5000 },
          }),
        }),
        queues,
      ],
      exports: [queues],
    };
  }
}
