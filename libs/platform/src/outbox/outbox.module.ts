// Provides the outbox relay to the worker. The relay is the only user of SystemDatabase, which
// stays inside libs/platform: apps get the relay, never the system role.
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { SystemDatabase } from '../database/tenant-database.js';
import { QueueFactory } from '../queue/queue.factory.js';
import { OutboxRelay, type OutboxRelayOptions } from './outbox-relay.js';

@Module({})
export class OutboxModule {
  static forRoot(options: Omit<OutboxRelayOptions, 'pollIntervalMs'>): DynamicModule {
    return {
      module: OutboxModule,
      providers: [
        {
          provide: OutboxRelay,
          inject: [SystemDatabase, QueueFactory, APP_CONFIG],
          useFactory: (db: SystemDatabase, queues: QueueFactory, config: AppConfig) =>
            new OutboxRelay(db, queues, { ...options, pollIntervalMs: config.OUTBOX_POLL_INTERVAL_MS }),
        },
      ],
      exports: [OutboxRelay],
    };
  }
}
