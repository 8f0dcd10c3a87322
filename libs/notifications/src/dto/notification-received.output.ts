import { Field, Int, ObjectType } from '@nestjs/graphql';
import { InAppNotificationOutput } from './in-app-notification.output.js';

@ObjectType('NotificationReceived', { description: 'A new in-app notification of yours, as it arrives.' })
export class NotificationReceivedOutput {
  @Field(() => InAppNotificationOutput) notification!: InAppNotificationOutput;
  @Field(() => Int, { description: 'Your unread count as this notification is delivered.' }) unreadCount!: number;
}
