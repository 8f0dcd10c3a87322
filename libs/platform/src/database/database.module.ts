import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { createAppDataSource, type EntityList } from './data-source.js';
import {
  APP_DATA_SOURCE,
  GlobalDatabase,
  PlatformDatabase,
  SystemDatabase,
  TenantDatabase,
} from './tenant-database.js';

@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource) {}

  static forRoot(options: { entities: EntityList }): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        {
          provide: APP_DATA_SOURCE,
          inject: [APP_CONFIG],
          useFactory: async (config: AppConfig) => createAppDataSource(config, options.entities).initialize(),
        },
        TenantDatabase,
        GlobalDatabase,
        PlatformDatabase,
        SystemDatabase,
      ],
      exports: [TenantDatabase, GlobalDatabase, PlatformDatabase, SystemDatabase, APP_DATA_SOURCE],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
