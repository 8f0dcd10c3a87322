// The signed-in person's in-app notifications on /graphql: the list, the unread count, marking read.
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '@quartier/identity';
import type { RequestContext } from '@quartier/platform';
import { InAppNotificationConnection } from './dto/in-app-notification.output.js';
import { InAppNotificationsService } from './in-app/in-app-notifications.service.js';

@Resolver()
export class MyNotificationsResolver {
  constructor(private readonly notifications: InAppNotificationsService) {}

  @Roles('customer', 'helper', 'operator_admin', 'operator_agent')
  @Query(() => InAppNotificationConnection, { description: 'Your notifications, newest first; unreadOnly leaves out those you read.' })
  async myNotifications(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('unreadOnly', { type: () => Boolean, nullable: true }) unreadOnly?: boolean,
  ): Promise<InAppNotificationConnection> {
    return this.notifications.myNotifications(ctx, { first, after, unreadOnly });
  }

  @Roles('customer', 'helper', 'operator_admin', 'operator_agent')
  @Query(() => Int, { description: 'How many of your notifications you have not read.' })
  async unreadNotificationCount(@Ctx() ctx: RequestContext): Promise<number> {
    return this.notifications.unreadCount(ctx);
  }

  @Roles('customer', 'helper', 'operator_admin', 'operator_agent')
  @Mutation(() => Int, {
    description:
      'Marks your notifications read: those named (at most 100), or all of them with ids left out. NOT_FOUND, with nothing marked, when an id is not one of your notifications. Returns your unread count after.',
  })
  async markNotificationsRead(@Ctx() ctx: RequestContext, @Args('ids', { type: () => [ID], nullable: true }) ids?: string[] | null): Promise<number> {
    return this.notifications.markRead(ctx, { ids: ids ?? null });
  }
}
