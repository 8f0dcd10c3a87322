// Provides the outbox relay to the worker. SystemDatabase (the system role, across tenants) serves
// the worker's feeders only: this relay and the notification feeder, never a service a request reaches.
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
