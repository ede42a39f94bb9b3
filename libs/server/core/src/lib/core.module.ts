import { DynamicModule, Global, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { AppConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { loggerOptions } from './logging/logger-options';
import { QueueModule } from './queue/queue.module';
import { SystemModule, SystemWorkerModule } from './system/system.module';

export interface CoreOptions {
  /** Where log lines go instead of stdout (tests read them). */
  logDestination?: DestinationStream;
}

/** Config, logging, Postgres, Redis queues and the system module — what every process needs. */
@Global()
@Module({})
export class CoreModule {
  static forApi(config: AppConfig, options: CoreOptions = {}): DynamicModule {
    return CoreModule.build(config, SystemModule, options);
  }

  static forWorker(config: AppConfig, options: CoreOptions = {}): DynamicModule {
    return CoreModule.build(config, SystemWorkerModule, options);
  }

  private static build(
    config: AppConfig,
    system: typeof SystemModule | typeof SystemWorkerModule,
    options: CoreOptions,
  ): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions(config, options.logDestination)),
        DatabaseModule.forRoot(),
        QueueModule.forRoot(),
        system,
      ],
      exports: [ConfigModule, QueueModule, system],
    };
  }
}
