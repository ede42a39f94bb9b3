import { DynamicModule, Module } from '@nestjs/common';
import { AnalyticsWorkerModule } from '@chorus/server/analytics';
import { ConnectionsWorkerModule } from '@chorus/server/connections';
import { ContentWorkerModule } from '@chorus/server/content';
import { AppConfig, CoreModule } from '@chorus/server/core';
import { EnablementWorkerModule } from '@chorus/server/enablement';
import { OutreachWorkerModule } from '@chorus/server/outreach';
import { PublishingWorkerModule } from '@chorus/server/publishing';

/** Every Bull processor and repeatable job. A new domain library adds its worker module here. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        CoreModule.forWorker(config),
        ConnectionsWorkerModule,
        ContentWorkerModule,
        PublishingWorkerModule,
        AnalyticsWorkerModule,
        EnablementWorkerModule,
        OutreachWorkerModule,
      ],
    };
  }
}
