import { DynamicModule, Module } from '@nestjs/common';
import { AnalyticsModule } from '@chorus/server/analytics';
import { ConnectionsModule } from '@chorus/server/connections';
import { ContentModule } from '@chorus/server/content';
import { AppConfig, CoreModule, CoreOptions } from '@chorus/server/core';
import { EnablementModule } from '@chorus/server/enablement';
import { GuidelinesModule } from '@chorus/server/guidelines';
import { IdentityModule } from '@chorus/server/identity';
import { LinksModule } from '@chorus/server/links';
import { OutreachModule } from '@chorus/server/outreach';
import { PublishingModule } from '@chorus/server/publishing';

/** Everything the HTTP API serves. A new domain library adds its module here. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig, options: CoreOptions = {}): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        CoreModule.forApi(config, options),
        IdentityModule,
        ConnectionsModule,
        ContentModule,
        GuidelinesModule,
        LinksModule,
        PublishingModule,
        AnalyticsModule,
        EnablementModule,
        OutreachModule,
      ],
    };
  }
}
