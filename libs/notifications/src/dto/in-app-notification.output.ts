import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@quartier/platform';

@ObjectType('InAppNotification', { description: 'A message in the signed-in person’s notification list.' })
export class InAppNotificationOutput {
  @Field(() => ID) id!: string;
  @Field({ description: 'The notification kind, e.g. booking.confirmed.' }) kind!: string;
  @Field() title!: string;
  @Field() body!: string;
  @Field(() => String, { nullable: true, description: 'A path on the site, e.g. /requests/…' }) link!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'Null while unread.' }) readAt!: Date | null;
}

@ObjectType('InAppNotificationEdge')
export class InAppNotificationEdge {
  @Field() cursor!: string;
  @Field(() => InAppNotificationOutput) node!: InAppNotificationOutput;
}

@ObjectType('InAppNotificationConnection')
export class InAppNotificationConnection {
  @Field(() => [InAppNotificationEdge]) edges!: InAppNotificationEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
