import { DynamicModule, Global, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { loggerOptions } from './logging/logger-options';
import { QueueModule } from './queue/queue.module';
import { SystemModule, SystemWorkerModule } from './system/system.module';

/** Config, logging, Postgres, Redis queues and the system module — what every process needs. */
@Global()
@Module({})
export class CoreModule {
  static forApi(config: AppConfig): DynamicModule {
    return CoreModule.build(config, SystemModule);
  }

  static forWorker(config: AppConfig): DynamicModule {
    return CoreModule.build(config, SystemWorkerModule);
  }

  private static build(
    config: AppConfig,
    system: typeof SystemModule | typeof SystemWorkerModule,
  ): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions(config)),
        DatabaseModule.forRoot(),
        QueueModule.forRoot(),
        system,
      ],
      exports: [ConfigModule, QueueModule, system],
    };
  }
}
