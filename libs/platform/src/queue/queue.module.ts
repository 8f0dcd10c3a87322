// Gives every process one QueueFactory built from its configuration, closed on shutdown.
import { type DynamicModule, Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { QueueFactory } from './queue.factory.js';

@Global()
@Module({})
export class QueueModule implements OnApplicationShutdown {
  constructor(@Inject(QueueFactory) private readonly queues: QueueFactory) {}

  static forRoot(): DynamicModule {
    return {
      module: QueueModule,
      providers: [{ provide: QueueFactory, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new QueueFactory(config) }],
      exports: [QueueFactory],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queues.close();
  }
}
