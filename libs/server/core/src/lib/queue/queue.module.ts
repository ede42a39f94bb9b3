import { BullModule } from '@nestjs/bull';
import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { QUEUES, QueueName } from './queues';

/** Bull's Redis connection and every queue; processors live in the worker, producers anywhere. */
@Module({})
export class QueueModule {
  static forRoot(): DynamicModule {
    const limited: QueueName[] = [QUEUES.publishLinkedin, QUEUES.publishX];
    const queues = BullModule.registerQueueAsync(
      ...Object.values(QUEUES).map((name) => ({
        name,
        inject: [APP_CONFIG],
        useFactory: (config: AppConfig) => {
          // An app-wide cap per network: Bull's limiter counts across every worker through Redis.
          const perMinute =
            name === QUEUES.publishX
              ? config.PUBLISH_RATE_X_PER_MINUTE
              : name === QUEUES.publishLinkedin
                ? config.PUBLISH_RATE_LINKEDIN_PER_MINUTE
                : 0;
          return limited.includes(name) && perMinute > 0 ? { limiter: { max: perMinute, duration: 60_000 } } : {};
        },
      })),
    );
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
