import { Module } from '@nestjs/common';
import { ConversationService } from './conversation.service.js';
import { MessageService } from './message.service.js';
import { MessagingResolver } from './messaging.resolver.js';

const services = [MessageService, ConversationService];

/** Services of the messaging domain, for apps and other domain modules. */
@Module({ providers: [...services], exports: services })
export class MessagingModule {}

/** Resolvers served on /graphql. */
@Module({ imports: [MessagingModule], providers: [MessagingResolver] })
export class MessagingTenantApiModule {}
