// The notification log on /graphql: operators read every delivery, operator admins replay one.
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '@quartier/identity';
import type { RequestContext } from '@quartier/platform';
import {
  NotificationDeliveryConnection,
  NotificationDeliveryDetailOutput,
  NotificationDeliveryOutput,
  NotificationLogFilterInput,
} from '../dto/notification-delivery.output.js';
import { NotificationLogService } from './notification-log.service.js';

const toOutput = <T>(view: unknown): T => view as T;

@Resolver()
export class NotificationLogResolver {
  constructor(private readonly log: NotificationLogService) {}

  @Roles('operator_admin', 'operator_agent')
  @Query(() => NotificationDeliveryConnection, { description: "The site's email, SMS and webhook deliveries, newest first." })
  async notificationLog(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('filter', { type: () => NotificationLogFilterInput, nullable: true }) filter?: NotificationLogFilterInput,
  ): Promise<NotificationDeliveryConnection> {
    return toOutput(await this.log.log(ctx, { first, after, filter }));
  }

  @Roles('operator_admin', 'operator_agent')
  @Query(() => NotificationDeliveryDetailOutput, { description: 'One delivery with every attempt to send it.' })
  async notificationDelivery(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<NotificationDeliveryDetailOutput> {
    return toOutput(await this.log.delivery(ctx, { id }));
  }

  @Roles('operator_admin')
  @Mutation(() => NotificationDeliveryOutput, {
    description:
      'Sends a sent, kept or failed delivery again, due now, with a fresh allowance of attempts. CONFLICT DELIVERY_IN_FLIGHT while it is pending, queued or sending.',
  })
  async replayNotificationDelivery(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<NotificationDeliveryOutput> {
    return toOutput(await this.log.replay(ctx, { id }));
  }
}
