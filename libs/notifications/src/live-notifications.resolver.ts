// Live in-app notifications on /graphql, served over graphql-ws: each new notification of the
// signed-in person, with their unread count at that moment. Nothing is replayed: a client reads
// myNotifications and unreadNotificationCount when it (re)connects, then follows this.
import { Int, Parent, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { Ctx, Roles } from '@quartier/identity';
import { type RequestContext, userIdOf } from '@quartier/platform';
import { InAppNotificationOutput } from './dto/in-app-notification.output.js';
import { NotificationReceivedOutput } from './dto/notification-received.output.js';
import { InAppNotificationsService } from './in-app/in-app-notifications.service.js';
import { LiveNotificationFeed } from './in-app/live-notification-feed.js';
import type { LiveNotification } from './in-app/notification-bus.js';

@Resolver(() => NotificationReceivedOutput)
export class LiveNotificationsResolver {
  constructor(
    private readonly feed: LiveNotificationFeed,
    private readonly notifications: InAppNotificationsService,
  ) {}

  @Roles('customer', 'helper', 'operator_admin', 'operator_agent')
  @Subscription(() => NotificationReceivedOutput, {
    description:
      'Your new in-app notifications as they are stored, over graphql-ws on /graphql (connectionParams.authorization: "Bearer <access token>"). Only what arrives while you are subscribed: read myNotifications and unreadNotificationCount when you (re)connect.',
    resolve: (notification: LiveNotification) => notification,
  })
  notificationReceived(@Ctx() ctx: RequestContext): AsyncIterableIterator<LiveNotification> {
    return this.feed.listen({ tenantId: ctx.requireTenantId(), userId: userIdOf(ctx) });
  }

  @ResolveField(() => InAppNotificationOutput)
  notification(@Parent() live: LiveNotification): InAppNotificationOutput {
    return { id: live.id, kind: live.kind, title: live.title, body: live.body, link: live.link, createdAt: new Date(live.createdAt), readAt: null };
  }

  @ResolveField(() => Int)
  unreadCount(@Ctx() ctx: RequestContext): Promise<number> {
    return this.notifications.unreadCount(ctx);
  }
}
