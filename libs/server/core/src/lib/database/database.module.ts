import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { dataSourceOptions } from './data-source-options';

@Module({})
export class DatabaseModule {
  static forRoot(): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          // Entities register themselves through TypeOrmModule.forFeature in their own domain library.
          useFactory: (config: AppConfig) => ({
            ...dataSourceOptions(config.DATABASE_URL),
            autoLoadEntities: true,
          }),
        }),
      ],
    };
  }
}
