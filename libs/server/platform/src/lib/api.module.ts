import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, CoreModule } from '@chorus/server/core';
import { IdentityModule } from '@chorus/server/identity';

/** Everything the HTTP API serves. A new domain library adds its module here. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [CoreModule.forApi(config), IdentityModule],
    };
  }
}
