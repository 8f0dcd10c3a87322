import { Module } from '@nestjs/common';
import { QueueModule } from '@quartier/platform';
import { QueueHealthResolver } from './queue-health.resolver.js';
import { QueueHealthService } from './queue-health.service.js';

/** Resolvers served on /platform/graphql. */
@Module({ imports: [QueueModule.forRoot()], providers: [QueueHealthService, QueueHealthResolver] })
export class QueueHealthPlatformApiModule {}
